import type { Catalogue, Choice, Consent, UiActions, UiHost } from '../types'
import { encodeConsent } from './cookie-format'
import { eraseCookies, writeCookie } from './cookie-jar'

/**
 * Every decision the visitor (or the site, through `window.koekje`) makes.
 * This ships in the UI bundle: a repeat page view with a stored decision
 * never needs it. The core reacts to the stores these actions write: it
 * tells Consent Mode and GTM, and unblocks what is now allowed.
 */

/** Every category and service. */
export const choiceOfAll = (catalogue: Catalogue): Choice => ({
  categories: catalogue.categories.map((c) => c.id),
  services: catalogue.services.map((s) => s.id),
})

/**
 * What `koekje.accept(ids)` means: a category id grants the category and all
 * its services; a service id grants the service and its category.
 */
export const choiceOfIds = (catalogue: Catalogue, ids: string[]): Choice => {
  const categories = new Set(ids.filter((id) => catalogue.categories.some((c) => c.id === id)))
  const services: string[] = []
  for (const service of catalogue.services)
    if (ids.includes(service.category) || ids.includes(service.id)) {
      categories.add(service.category)
      services.push(service.id)
    }
  return { categories: [...categories], services }
}

export const createActions = (host: UiHost): UiActions => {
  const { catalogue, $consent, $doNotTrack, $view, isAllowed } = host
  const { consentCookie, doNotTrack, consentMode } = catalogue
  const consentCookieName = consentCookie.name || 'koekje_consent'

  /**
   * Cookies of services that may not run now. A name an allowed service
   * shares is kept; a cookie of another domain (`.facebook.com`) is out of
   * reach, and erasing a first-party namesake would be wrong.
   */
  const eraseHeldBack = () => {
    const keep = new Set<string>()
    const erase: string[] = []
    for (const service of catalogue.services)
      for (const { name, domain } of service.cookies)
        if (isAllowed(undefined, service.id)) keep.add(name)
        else if (!domain || `.${location.hostname}`.endsWith(`.${domain.replace(/^\./, '')}`)) erase.push(name)
    eraseCookies(erase.filter((name) => !keep.has(name)))
  }

  const apply = (next: Consent | null) => {
    const before = $consent.get()
    $consent.set(next)
    eraseHeldBack()
    // A script that ran cannot be stopped, and tags GTM fired under a revoked
    // Consent Mode type keep running: only a reload really withdraws.
    const revokedType = catalogue.categories.some(
      (c) => before?.categories[c.id] && !next?.categories[c.id] && consentMode.mapping[c.id]?.length,
    )
    const ranAndHeldBack = [...document.querySelectorAll<HTMLElement>('[data-koekje-activated]')].some(
      (element) => !isAllowed(element.dataset.category, element.dataset.service),
    )
    if (catalogue.reloadOnWithdraw !== false && (revokedType || ranAndHeldBack)) location.reload()
  }

  const decide = (choice: Choice) => {
    const consent = host.makeConsent(choice)
    writeCookie(consentCookieName, encodeConsent(consent), consentCookie.days, consentCookie.domain)
    // The decision first, then close: the UI can then hand focus to what the decision brought (the reopen button).
    apply(consent)
    $view.set('none')
  }

  return {
    decide,
    acceptAll: () => decide(choiceOfAll(catalogue)),
    rejectAll: () => decide({ categories: [], services: [] }),
    accept: (ids) => decide(choiceOfIds(catalogue, ids)),
    withdraw() {
      eraseCookies([consentCookieName])
      $view.set('banner')
      apply(null)
    },
    setDoNotTrack(value) {
      const on = !!value
      writeCookie(
        doNotTrack.cookie || 'koekje_dnt',
        on ? '1' : '0',
        doNotTrack.days ?? consentCookie.days,
        consentCookie.domain,
      )
      $doNotTrack.set(on)
      const consent = $consent.get()
      apply(consent && { ...consent, doNotTrack: on })
    },
  }
}
