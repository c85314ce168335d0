import type { KoekjeBundles } from '../types'

/**
 * Loads one of Koekje's other bundles (the UI, the floating button, and, from
 * the UI, its Preact layer) from beside the bundle that asks, and resolves
 * with the global it sets. A repeat view never loads the UI, which is what
 * keeps it small. The script gets our nonce so a strict CSP lets it run.
 */
export const loadBundle = <K extends keyof KoekjeBundles>(
  url: string,
  nonce: string,
  name: K,
): Promise<KoekjeBundles[K]> =>
  new Promise((resolve, reject) => {
    // A load without the global means something else answered that URL (an error page): a failure too.
    const done = () =>
      window[name] ? resolve(window[name] as KoekjeBundles[K]) : reject(new Error(`could not load ${url}`))
    if (window[name]) return done()
    const script = document.createElement('script')
    script.src = url
    if (nonce) script.nonce = nonce
    script.onload = script.onerror = done
    document.head.append(script)
  })
