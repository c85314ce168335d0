/** @jsxRuntime classic */
/** @jsx h */
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import type { Choice } from '../types'
import { Buttons } from './buttons'
import { Category } from './category'
import { DoNotTrack } from './do-not-track'
import { trapFocus } from './focus-trap'
import { Link } from './safe-link'
import type { Ui } from './ui'

/**
 * The second layer, a modal dialog the visitor opened: a switch per purpose
 * and per service, do-not-track, and the same equal choices plus "save".
 */
export function Preferences({ ui, draft }: { ui: Ui; draft: Choice }) {
  const { t, l, host } = ui
  return (
    <div class="bd">
      <div role="dialog" aria-modal="true" aria-labelledby="k-t" class="d" onKeyDown={(e) => trapFocus(e, ui.close)}>
        <div class="sw">
          <h2 id="k-t" tabIndex={-1}>
            {t('preferencesTitle')}
          </h2>
          <button type="button" class="x" aria-label={t('close')} onClick={ui.close}>
            ×
          </button>
        </div>
        <p>
          {t('preferencesText')} <Link href={l(host.catalogue.privacyPolicyUrl)}>{t('privacyPolicy')}</Link>
        </p>
        {host.catalogue.categories.map((c) => (
          <Category key={c.id} ui={ui} category={c} draft={draft} />
        ))}
        <DoNotTrack ui={ui} id="k-dnt" />
        <Buttons ui={ui} save={() => host.save(draft)} />
      </div>
    </div>
  )
}
