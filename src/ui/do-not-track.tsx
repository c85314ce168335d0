/** @jsxRuntime classic */
/** @jsx h */
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import type { Ui } from './ui'

/**
 * The do-not-track switch, in the preferences and on the site's cookie page.
 * It has its own cookie, so it changes at once instead of waiting for "save".
 * `prefix` keeps class names apart: short inside the shadow root, `koekje-`
 * on the site's page.
 */
export function DoNotTrack({ ui, id, prefix = '' }: { ui: Ui; id: string; prefix?: string }) {
  const { t, host } = ui
  const on = host.$doNotTrack.get()
  return (
    <div class={`${prefix}c`} lang={ui.lang}>
      <div class={`${prefix}sw`}>
        <label for={id}>{t('doNotTrackTitle')}</label>
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox already exposes its checked state
          role="switch"
          id={id}
          data-koekje-dnt=""
          aria-describedby={`${id}-d`}
          checked={on}
          onChange={(e) => host.api.setDoNotTrack(e.currentTarget.checked)}
        />
      </div>
      <p id={`${id}-d`}>{t('doNotTrackText')}</p>
      {on && navigator.globalPrivacyControl === true && <p>{t('doNotTrackGpc')}</p>}
    </div>
  )
}
