/** @jsxRuntime classic */
/** @jsx h */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import { toggle } from './toggle'
import type { Ui } from './ui'

/**
 * The do-not-track switch, in the preferences and on the site's cookie page.
 * It has its own cookie, so it changes at once instead of waiting for "save".
 * `prefix` keeps class names apart: short inside the shadow root, `koekje-`
 * on the site's page.
 */
export const doNotTrack = ({ t, host, lang }: Ui, id: string, prefix = '') => {
  const on = host.$doNotTrack.get()
  return (
    <div class={`${prefix}c`} lang={lang}>
      {toggle(
        `${prefix}sw`,
        <label for={id}>{t('doNotTrackTitle')}</label>,
        { id, 'data-koekje-dnt': '', 'aria-describedby': `${id}-d`, checked: on },
        host.api.setDoNotTrack,
      )}
      <p id={`${id}-d`}>{t('doNotTrackText')}</p>
      {on && navigator.globalPrivacyControl === true && <p>{t('doNotTrackGpc')}</p>}
    </div>
  )
}
