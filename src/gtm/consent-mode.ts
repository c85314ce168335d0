import { isAllowed } from '../consent/decide'
import type { Catalogue, Consent, ConsentType } from '../types'

/**
 * Google Consent Mode v2 and the GTM dataLayer.
 * https://developers.google.com/tag-platform/security/guides/consent
 */

/** Every Consent Mode type but security_storage, which is always granted. */
const CONSENT_TYPES: ConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
]

/**
 * Google's own snippet: `function gtag(){dataLayer.push(arguments)}`. It must
 * push the `arguments` object itself, not an array: gtag.js and GTM
 * recognise commands (`consent`, `set`, `config`) by that type, and do not
 * read a copied array as a gtag command.
 */
const gtag = function (this: unknown) {
  window.dataLayer ||= []
  // biome-ignore lint/complexity/noArguments: the arguments object is the point, see above.
  window.dataLayer.push(arguments)
} as unknown as (...args: unknown[]) => void

/**
 * Every Consent Mode type: security_storage always granted. A type that
 * services map (`"google-ads": ["ad_storage", …]`) is granted while one of
 * those services is allowed; any other type when a required or consented
 * category maps it. Without a catalogue (the default, before it is read)
 * only security_storage.
 */
export const consentState = (catalogue?: Catalogue, consent?: Consent | null) => {
  const state: Record<string, string> = {}
  // Whether a key that maps a type is allowed, kept apart for services and
  // categories. One pass over the mapping, one decision per key: this runs on
  // every page view, and loops per type made V8 compile it and the decision
  // table to machine code, which stays in the heap for the page's life.
  const byService: Record<string, boolean> = {}
  const byCategory: Record<string, boolean> = {}
  const mapping = catalogue?.consentMode.mapping ?? {}
  for (const id in mapping) {
    const isService = catalogue!.services.some((service) => service.id === id)
    // The blocker's decision table, with do-not-track as the decision records it
    // (with no decision, only required categories run). `undefined` reads as null there.
    const allowed = isAllowed(
      catalogue!,
      consent as Consent | null,
      consent?.doNotTrack as boolean,
      isService ? undefined : id,
      isService ? id : undefined,
    )
    for (const type of mapping[id]!) (isService ? byService : byCategory)[type] ||= allowed
  }
  // A category's services share its types: were the category to grant them,
  // Google Ads would get ad_storage because the visitor allowed Facebook.
  for (const type of CONSENT_TYPES)
    state[type] = (type in byService ? byService[type] : byCategory[type]) ? 'granted' : 'denied'
  state.security_storage = 'granted'
  return state
}

/**
 * Runs as soon as koekje.js executes, before any tag can load: defines
 * dataLayer and gtag the way Google's snippet does and sends the default.
 * Without the catalogue yet, only security_storage is granted; tags wait
 * up to `waitForUpdate` ms (500 unless koekje.inline.js knows the
 * catalogue's) for the update that follows as soon as it is read.
 */
export const sendConsentDefault = (waitForUpdate: number): void => {
  window.gtag ||= gtag
  gtag('consent', 'default', { ...consentState(), wait_for_update: waitForUpdate })
  // Redact ad click ids while ad_storage is denied; the catalogue may turn it off in the update.
  gtag('set', 'ads_data_redaction', true)
}

/**
 * After each decision and on every page view with a stored one (and, with no
 * decision, to grant the required categories' types once they are known).
 * The event lets GTM triggers fire per category.
 */
export const sendConsentUpdate = (catalogue: Catalogue, consent: Consent | null): void => {
  if (catalogue.consentMode.urlPassthrough) gtag('set', 'url_passthrough', true)
  if (catalogue.consentMode.adsDataRedaction === false) gtag('set', 'ads_data_redaction', false)
  gtag('consent', 'update', consentState(catalogue, consent))
  if (consent) {
    const heldBack = consent.doNotTrack ? catalogue.doNotTrack.services : []
    const granted = (record: Record<string, boolean>) =>
      Object.keys(record).filter((id) => record[id] && !heldBack.includes(id))
    window.dataLayer!.push({
      event: 'koekje_consent_update',
      koekje: {
        categories: granted(consent.categories),
        // Services that do-not-track holds back are not listed: GTM triggers must not fire them.
        services: granted(consent.services),
        doNotTrack: consent.doNotTrack,
        revision: consent.revision,
        id: consent.id,
      },
    })
  }
}
