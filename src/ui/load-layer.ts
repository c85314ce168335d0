import type { PreferencesLayer } from './ui'

/**
 * Fetches the second layer (Preact, the preferences dialog and the cookie
 * page's widgets) from `url`, beside koekje-ui.js, with the nonce a strict CSP
 * asks for. Resolves with `window.koekjePreferences`; a load that does not set
 * it (an error page answered) is a failure too.
 */
export const loadPreferencesLayer = (url: string, nonce: string): Promise<PreferencesLayer> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = url
    if (nonce) script.nonce = nonce
    script.onload = script.onerror = () =>
      window.koekjePreferences ? resolve(window.koekjePreferences) : reject(new Error(`could not load ${url}`))
    document.head.append(script)
  })
