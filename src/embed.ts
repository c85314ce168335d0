/**
 * Koekje's entry: the one script a site pastes in. Everything here runs on
 * every page view, so it stays small: it reads the stored decision, tells
 * Consent Mode, and unblocks. Preact, the interface and the code that writes
 * decisions live in the UI bundle, loaded only when something must show or a
 * decision is made.
 */

import { startBlocker } from './blocker/index'
import { assertUsableCatalogue, loadCatalogue } from './catalogue/load-catalogue'
import { mayHoldConsent } from './consent/cookie-format'
import { isAllowed } from './consent/decide'
import { $consent, $doNotTrack, $view } from './consent/store'
import { createApi, type RunAction } from './core/api'
import { loadBundle } from './core/load-bundle'
import { restoreDecision } from './core/restore'
import { readScriptTag } from './core/script-tag'
import { sendConsentDefault, sendConsentUpdate } from './gtm/consent-mode'
import type { Catalogue, UiActions, UiHost, UiModule } from './types'

/** Replaced by the catalogue's JSON in the `koekje.inline.js` build; absent otherwise. */
declare const __KOEKJE_INLINE_CATALOGUE__: unknown

/** `error` is an Error (its text starts with its kind) or a plain message. */
const logError = (error: unknown) => console.error(`[koekje] ${error}`)

const start = () => {
  const [catalogueUrl, uiUrl, lang, nonce] = readScriptTag()
  const inline = (typeof __KOEKJE_INLINE_CATALOGUE__ === 'undefined' ? undefined : __KOEKJE_INLINE_CATALOGUE__) as
    | Catalogue
    | undefined
  // Before anything else on the page can load a tag. The catalogue's types
  // follow in an update as soon as it is known; only a built-in catalogue
  // is known early enough to choose how long tags wait for that update.
  sendConsentDefault(inline?.consentMode?.waitForUpdate ?? 500)

  let ui: Promise<UiModule> | undefined
  let actions: UiActions | undefined
  let mounting: unknown
  let button: unknown
  const loadUi = () => (ui ||= loadBundle(uiUrl, nonce, 'koekjeUi'))
  // No decision stored (under any name: the catalogue that names its cookie is
  // not read yet): most likely a first visit, so fetch the UI alongside the
  // catalogue instead of one round trip after it. A failure is reported
  // when the UI is needed, not here (`Object` is the shortest no-op). In a
  // task of its own: the first cookie read and a script request each cost
  // milliseconds of IPC, which would lengthen the parser's task (a long task
  // on a slow phone); the catalogue's request, which everything waits on, has
  // already gone out by then.
  setTimeout(() => mayHoldConsent(document.cookie) || loadUi().catch(Object))

  const run: RunAction = (name, ...args) => {
    ready.then(
      (host) =>
        host &&
        loadUi().then((module) => {
          actions ||= module.actions(host)
          ;(actions[name] as (...values: unknown[]) => void)(...args)
        }, logError),
    )
  }

  const startCore = (catalogue: Catalogue): UiHost => {
    const gpcOnly = restoreDecision(catalogue)
    const allowedNow = (category: string | undefined, service: string | undefined) =>
      isAllowed(catalogue, $consent.get(), $doNotTrack.get(), category, service)
    sendConsentUpdate(catalogue, $consent.get())
    const refresh = startBlocker(allowedNow, nonce)
    $consent.listen((consent) => {
      sendConsentUpdate(catalogue, consent)
      refresh()
    })
    const host: UiHost = {
      catalogue,
      requestedLang: lang,
      nonce,
      $consent,
      $doNotTrack,
      $view,
      api,
      save: (choice) => run('decide', choice),
    }
    // A Global Privacy Control signal that now holds back a service the
    // stored decision granted: record it, which erases that service's cookies.
    if (gpcOnly && catalogue.doNotTrack.services.some((id) => $consent.get()?.services[id])) run('setDoNotTrack', true)

    const mountUi = () => (mounting ||= loadUi().then((module) => module.mount(host), logError))
    const showButton = (focus: boolean) =>
      (button ||= loadBundle(new URL('koekje-button.js', uiUrl).href, nonce, 'koekjeButton').then(
        (module) => module.show(host, focus),
        logError,
      ))
    $view.subscribe((view) => view !== 'none' && mountUi())
    if (!$consent.get()) $view.set('banner')
    const onDomReady = () => {
      // A cookie page's placeholders, or an embed still held back (it shows why, see ui/embed-placeholder.ts).
      if (
        document.querySelector(
          '[data-koekje=declaration],[data-koekje=do-not-track],iframe:is([data-category],[data-service]):not([data-koekje-activated])',
        )
      )
        mountUi()
      // The floating button only once there is a decision to revisit; by default
      // only when the page has no link of its own (issue 3).
      const floating = catalogue.ui?.floatingButton ?? 'auto'
      if (floating === 'auto' ? !document.querySelector('[data-koekje=preferences]') : floating)
        // A decision made in the preferences dialog (it closes right after): the
        // button it brings takes the focus the closed dialog could not give back.
        $consent.subscribe((consent) => consent && showButton($view.get() === 'preferences'))
    }
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', onDomReady) : onDomReady()
    return host
  }

  const ready: Promise<UiHost | undefined> = (
    inline ? Promise.resolve(inline).then(assertUsableCatalogue) : loadCatalogue(catalogueUrl)
  )
    .then(startCore)
    .catch((error) => {
      logError(`${error}. Nothing that needs consent will run.`)
      return undefined
    })
  const api = createApi(ready, run)
  window.koekje = api

  // Any element can open the preferences. Buttons already turn Enter and Space
  // into a click; a link turns only Enter into one, and Space would scroll the
  // page, so on a link both keys are handled here (and its click is prevented).
  const openPreferences = (event: Event) => {
    const trigger = (event.target as Element).closest?.('[data-koekje=preferences]')
    const key = (event as KeyboardEvent).key
    if (trigger && (!key || (/^(Enter| )$/.test(key) && !trigger.matches('button,input')))) {
      event.preventDefault()
      api.showPreferences()
    }
  }
  document.addEventListener('click', openPreferences)
  document.addEventListener('keydown', openPreferences)
}

// Loaded twice (a GTM tag and a plain tag): the first one wins. Its API has a
// version; a site's own element with id="koekje", which a browser also puts
// on `window`, does not, and must not keep Koekje from starting.
if (!window.koekje?.version) start()
