import type { Choice, Consent, UiActions, UiHost } from '../types'
import { encodeConsent } from './cookie-format'
import { eraseCookies, writeCookie } from './cookie-jar'
import { isAllowed as decisionTable } from './decide'
import { completeConsent, randomId } from './make-consent'

/**
 * Every decision the visitor (or the site, through `window.koekje`) makes.
 * This ships in the UI bundle: a repeat page view with a stored decision
 * never needs it. The core reacts to the stores these actions write: it
 * tells Consent Mode and GTM, and unblocks what is now allowed.
 */
export const createActions = (host: UiHost): UiActions => {
  const { catalogue, $consent, $doNotTrack, $view } = host
  // The same table the core's blocker uses, bundled here a second time rather
  // than handed over: the hand-over would cost bytes in koekje.js, which every
  // page view downloads, and this bundle comes only with a banner or a decision.
  const isAllowed = (category: string | undefined, service: string | undefined) =>
    decisionTable(catalogue, $consent.get(), $doNotTrack.get(), category, service)
  const { consentCookie, doNotTrack, consentMode } = catalogue
  const consentCookieName = consentCookie.name || 'koekje_consent'
  // Erased on every Domain variant first: a copy left under another Domain (from
  // before the site set `consentCookie.domain`, or changed it) would come first
  // in document.cookie and bring an older decision back on the next page view.
  const write = (name: string, value: string, days = consentCookie.days) => {
    eraseCookies([name])
    writeCookie(name, value, days, consentCookie.domain)
  }

  /**
   * `store` writes the decision's cookie. It runs right after the stores
   * changed, so the core has already released what is now allowed (a cookie
   * write is a round trip to the browser's cookie store, and the click's
   * frame should go to starting the consented scripts), and before a reload
   * could lose the decision. `doNotTrackBefore`: setDoNotTrack changes the
   * switch before it applies, so it hands over the state the page ran under.
   */
  const apply = (next: Consent | null, store?: () => void, doNotTrackBefore = $doNotTrack.get()) => {
    const before = $consent.get()
    // What the page could run under the previous decision (required categories always).
    const wasAllowed = (category?: string, service?: string) =>
      decisionTable(catalogue, before, doNotTrackBefore, category, service)
    $consent.set(next)
    store?.()
    // Cookies of services that may not run now. A name an allowed service
    // shares is kept; a cookie of another domain (`.facebook.com`) is out of
    // reach, and erasing a first-party namesake would be wrong.
    const keep: string[] = []
    const erase: string[] = []
    for (const service of catalogue.services)
      for (const { name, domain } of service.cookies)
        if (isAllowed(undefined, service.id)) keep.push(name)
        else if (!domain || `.${location.hostname}`.endsWith(domain.replace(/^\.?/, '.'))) erase.push(name)
    eraseCookies(erase.filter((name) => !keep.includes(name)))
    // A script that ran cannot be stopped, and tags GTM fired under a revoked
    // Consent Mode type, or on a service listed in koekje_consent_update, keep
    // running: only a reload really withdraws.
    if (
      catalogue.reloadOnWithdraw !== false &&
      (catalogue.categories.some(
        ({ id }) => wasAllowed(id) && !isAllowed(id, undefined) && consentMode.mapping[id]?.length,
      ) ||
        catalogue.services.some(({ id }) => wasAllowed(undefined, id) && !isAllowed(undefined, id)) ||
        [...document.querySelectorAll<HTMLElement>('[data-koekje-activated]')].some(
          (element) => !isAllowed(element.dataset.category, element.dataset.service),
        ))
    )
      location.reload()
  }

  const decide = (choice: Choice) => {
    // The id and the time are made here: only a decision needs them, and this code ships in the UI bundle.
    const consent = completeConsent(catalogue, choice, $doNotTrack.get(), randomId(), new Date().toISOString())
    // The decision first, then close: the UI can then hand focus to what the decision brought (the reopen button).
    apply(consent, () => write(consentCookieName, encodeConsent(consent)))
    $view.set('none')
  }

  /**
   * A category id grants the category and all its services; a service id
   * grants the service and its category. So every category id is "all", none is "nothing".
   */
  const accept = (ids: string[]) => {
    const categories = ids.filter((id) => catalogue.categories.some((c) => c.id === id))
    const services: string[] = []
    for (const { id, category } of catalogue.services)
      if (ids.includes(category) || ids.includes(id)) {
        categories.push(category)
        services.push(id)
      }
    decide({ categories, services })
  }

  return {
    decide,
    accept,
    acceptAll: () => accept(catalogue.categories.map((c) => c.id)),
    rejectAll: () => accept([]),
    withdraw() {
      eraseCookies([consentCookieName])
      $view.set('banner')
      apply(null)
    },
    setDoNotTrack(value) {
      const on = !!value
      const wasOn = $doNotTrack.get()
      write(doNotTrack.cookie || 'koekje_dnt', on ? '1' : '0', doNotTrack.days)
      $doNotTrack.set(on)
      const consent = $consent.get()
      apply(consent && { ...consent, doNotTrack: on }, undefined, wasOn)
    },
  }
}
