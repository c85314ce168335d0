import { $consent, $view } from '../consent/store'
import type { Consent, KoekjeApi, UiActions } from '../types'

const ACTIONS = ['acceptAll', 'rejectAll', 'accept', 'setDoNotTrack', 'withdraw'] as const

/** Runs one of the UI bundle's actions, loading the bundle first if need be. */
export type RunAction = <K extends keyof UiActions>(name: K, ...args: Parameters<UiActions[K]>) => void

/**
 * `window.koekje`. Reading the decision is immediate; deciding runs in the UI
 * bundle (a page view that only reads never pays for it). Calls made before
 * the catalogue has loaded run as soon as it has; when it cannot load, they
 * do nothing (fail closed) and the reason is already in the console.
 */
export const createApi = (ready: Promise<unknown>, run: RunAction): KoekjeApi => {
  const show = (view: 'banner' | 'preferences') => () => {
    ready.then((engine) => engine && $view.set(view))
  }
  const api = {
    version: '__KOEKJE_VERSION__',
    getConsent: () => $consent.get(),
    showBanner: show('banner'),
    showPreferences: show('preferences'),
    // A site's listener that throws must not break what called it: nanostores
    // rethrows from `set`, which would leave a decision unstored or a
    // withdrawal half done. Its error still reaches the page's error handlers.
    on: (event: string, listener: (consent: Consent | null) => void) =>
      event === 'change'
        ? $consent.listen((consent) => {
            try {
              listener(consent)
            } catch (error) {
              setTimeout(() => {
                throw error
              })
            }
          })
        : () => {},
  } as KoekjeApi
  for (const name of ACTIONS) api[name] = (...args: unknown[]) => (run as (...all: unknown[]) => void)(name, ...args)
  return api
}
