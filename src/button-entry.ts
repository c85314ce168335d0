/**
 * The floating "cookie settings" button's own bundle. The core loads it only
 * after a decision, and only when the site has no link of its own, so a
 * repeat view on most sites never pays for it. Assigned to `window` rather
 * than through rollup's IIFE `name`, which terser's toplevel mode would drop.
 */
import { pickLanguage } from './catalogue/language'
import { showReopenButton } from './reopen-button'

window.koekjeButton = {
  show: ({ catalogue, requestedLang, api }, focus) => {
    const lang = pickLanguage(catalogue, requestedLang, document)
    showReopenButton(
      document,
      catalogue.texts[lang]?.reopen ?? 'Cookies',
      lang,
      catalogue.ui?.floatingButtonPosition ?? 'left',
      api.showPreferences,
      focus,
    )
  },
}
