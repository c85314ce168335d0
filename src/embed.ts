/**
 * Koekje's entry: the one script a site pastes in. Everything here runs on
 * every page view, so it stays small: it reads the stored decision, tells
 * Consent Mode, and unblocks. Preact, the interface and the code that writes
 * decisions live in the UI bundle, loaded only when something must show or a
 * decision is made.
 */

import { startBlocker } from './blocker/index'
import { pickLanguage } from './catalogue/language'
import { assertUsableCatalogue, loadCatalogue } from './catalogue/load-catalogue'
import { readCookie } from './consent/cookie-jar'
import { isAllowed } from './consent/decide'
import { makeConsent } from './consent/make-consent'
import { $consent, $doNotTrack, $view } from './consent/store'
import { createApi, type RunAction } from './core/api'
import { loadUiBundle } from './core/load-ui'
import { restoreDecision } from './core/restore'
import { readScriptTag } from './core/script-tag'
import { sendConsentDefault, sendConsentUpdate } from './gtm/consent-mode'
import { showReopenButton } from './reopen-button'
import type { Catalogue, KoekjeApi, UiActions, UiHost, UiModule } from './types'

/** Replaced by the catalogue's JSON in the `koekje.inline.js` build; absent otherwise. */
declare const __KOEKJE_INLINE_CATALOGUE__: unknown

const PREFERENCES_TRIGGER = '[data-koekje="preferences"]'
const PAGE_WIDGETS = '[data-koekje="declaration"],[data-koekje="do-not-track"]'

const logError = (error: Error) => console.error(`[koekje] ${error.message}`)

const onDomReady = (run: () => void) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', run) : run()

/** Any element can open the preferences; native buttons and links already turn Enter/Space into a click. */
const listenForPreferencesTriggers = (api: KoekjeApi) => {
  const open = (event: Event) => {
    const trigger = (event.target as Element).closest?.(PREFERENCES_TRIGGER)
    if (
      !trigger ||
      (event instanceof KeyboardEvent &&
        ((event.key !== 'Enter' && event.key !== ' ') || trigger.matches('a,button,input')))
    )
      return
    event.preventDefault()
    api.showPreferences()
  }
  document.addEventListener('click', open)
  document.addEventListener('keydown', open)
}

const start = () => {
  const settings = readScriptTag(document)
  // Before anything else on the page can load a tag. The catalogue's types
  // follow in an update as soon as it is known.
  sendConsentDefault()

  let ui: Promise<UiModule> | undefined
  const loadUi = () => {
    ui ||= loadUiBundle(settings.uiUrl, settings.nonce)
    return ui
  }
  // No decision stored: most likely a first visit, so fetch the UI alongside
  // the catalogue instead of one round trip after it.
  if (!readCookie('koekje_consent')) loadUi().catch(() => {})

  let actions: UiActions | undefined
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
    const blocker = startBlocker(document, { isAllowed: allowedNow, nonce: settings.nonce })
    $consent.listen((consent) => {
      sendConsentUpdate(catalogue, consent)
      blocker.refresh()
    })
    const host: UiHost = {
      catalogue,
      requestedLang: settings.lang,
      nonce: settings.nonce,
      $consent,
      $doNotTrack,
      $view,
      api,
      save: (choice) => run('decide', choice),
      isAllowed: allowedNow,
      makeConsent: (choice) => makeConsent(catalogue, choice, $doNotTrack.get()),
    }
    // A Global Privacy Control signal that now holds back a service the
    // stored decision granted: record it, which erases that service's cookies.
    if (gpcOnly && catalogue.doNotTrack.services.some((id) => $consent.get()?.services[id])) run('setDoNotTrack', true)

    let mounted = false
    const mountUi = () => {
      if (!mounted) loadUi().then((module) => module.mount(host), logError)
      mounted = true
    }
    $view.subscribe((view) => view !== 'none' && mountUi())
    if (!$consent.get()) $view.set('banner')
    onDomReady(() => {
      if (document.querySelector(PAGE_WIDGETS)) mountUi()
      if (catalogue.ui?.floatingButton === false) return
      const label = catalogue.texts[pickLanguage(catalogue, settings.lang, document)]?.reopen ?? 'Cookies'
      $consent.subscribe(
        (consent) =>
          consent &&
          showReopenButton(document, label, catalogue.ui?.floatingButtonPosition ?? 'left', api.showPreferences),
      )
    })
    return host
  }

  const inline = typeof __KOEKJE_INLINE_CATALOGUE__ === 'undefined' ? undefined : __KOEKJE_INLINE_CATALOGUE__
  const ready: Promise<UiHost | undefined> = (
    inline ? Promise.resolve(inline).then(assertUsableCatalogue) : loadCatalogue(settings.catalogueUrl)
  )
    .then(startCore)
    .catch((error: Error) => {
      logError(new Error(`${error.message}. Nothing that needs consent will run.`))
      return undefined
    })
  const api = createApi(ready, run)
  window.koekje = api
  listenForPreferencesTriggers(api)
}

// Loaded twice (a GTM tag and a plain tag): the first one wins.
if (!window.koekje) start()
