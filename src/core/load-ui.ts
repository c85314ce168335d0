import type { UiModule } from '../types'

/**
 * Loads the UI bundle (Preact and the components) from beside koekje.js.
 * A repeat view with a stored decision never calls this, which is what keeps
 * it small. The script gets our nonce so a strict CSP lets it run.
 */
export const loadUiBundle = (url: string, nonce: string): Promise<UiModule> =>
  new Promise((resolve, reject) => {
    if (window.koekjeUi) return resolve(window.koekjeUi)
    const script = document.createElement('script')
    script.src = url
    if (nonce) script.nonce = nonce
    // A load without koekjeUi means something else answered that URL (an error page): a failure too.
    script.onload = script.onerror = () =>
      window.koekjeUi ? resolve(window.koekjeUi) : reject(new Error(`could not load the interface ${url}`))
    document.head.append(script)
  })
