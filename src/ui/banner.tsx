/** @jsxRuntime classic */
/** @jsx h */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import { buttons } from './buttons'
import { link } from './safe-link'
import type { Ui } from './ui'

/**
 * The first layer: who processes the data, for which purposes, the privacy
 * statement, and the three equal choices. Not a cookie wall: no backdrop, the
 * page stays usable, and it never takes focus on its own.
 */
export const banner = (ui: Ui) => {
  const { t, l, host } = ui
  const { catalogue } = host
  return (
    <section aria-label={t('bannerTitle')} class="b" ref={ui.bannerRef}>
      <div class="w">
        <h2>{t('bannerTitle')}</h2>
        <p>
          {t('bannerText')} {link(l(catalogue.privacyPolicyUrl), t('privacyPolicy'))}
        </p>
        <ul class="p">{catalogue.categories.map((c) => !c.required && <li>{l(c.title)}</li>)}</ul>
        {buttons(ui)}
      </div>
    </section>
  )
}
