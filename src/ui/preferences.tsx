/** @jsxRuntime classic */
/** @jsx h */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import type { Choice } from '../types'
import { buttons } from './buttons'
import { category } from './category'
import { doNotTrack } from './do-not-track'
import { link } from './safe-link'
import type { Ui } from './ui'

/**
 * The second layer, a modal dialog the visitor opened: a switch per purpose
 * and per service, do-not-track, and the same equal choices plus "save".
 */
export const preferences = (ui: Ui, draft: Choice) => {
  const { t, l, host, close } = ui
  const { catalogue } = host
  return (
    <div class="bd">
      {/* Focusable, so a click on its text keeps focus in it rather than on <body>. */}
      <div role="dialog" aria-modal="true" aria-labelledby="k-t" class="d" tabIndex={-1}>
        <div class="sw">
          <h2 id="k-t" tabIndex={-1}>
            {t('preferencesTitle')}
          </h2>
          <button type="button" class="x" aria-label={t('close')} onClick={close}>
            ×
          </button>
        </div>
        <p>
          {t('preferencesText')} {link(l(catalogue.privacyPolicyUrl), t('privacyPolicy'))}
        </p>
        {catalogue.categories.map((c) => category(ui, c, draft))}
        {doNotTrack(ui, 'k-dnt')}
        {buttons(ui, () => host.save(draft))}
      </div>
    </div>
  )
}
