// @vitest-environment node
import { describe, expect, it } from 'vitest'
import catalogueJson from '../../config/catalogue.json'
import { checksum, encodeConsent } from '../../src/consent/cookie-format'
import { completeConsent } from '../../src/consent/make-consent'
import { consentState } from '../../src/gtm/consent-mode'
import type { Catalogue, Consent } from '../../src/types'
import { consentCookie, DECIDED_AT, fnv1a } from './consent-cookie'
import { fireTag, stateGranting } from './fire-tag'

/** The template re-implements the core's cookie reading; this keeps the two in step. */
describe('a decision written by koekje.js', () => {
  const consent: Consent = {
    id: '0f1e2d3c4b5a6978',
    revision: 1,
    decidedAt: new Date(DECIDED_AT).toISOString(),
    categories: { functional: true, analytics: false, marketing: true },
    services: { 'google-ads': true, hotjar: false, youtube: true },
    doNotTrack: false,
  }

  it('is what the test encoder writes too', () => {
    expect(fnv1a('1.1.t6a140')).toBe(checksum('1.1.t6a140'))
    expect(
      consentCookie({
        id: consent.id,
        categories: ['functional', 'marketing'],
        services: ['google-ads', 'youtube'],
      }),
    ).toBe(encodeConsent(consent))
  })

  it("is accepted by the template, granting the types of the visitor's categories", () => {
    const tag = fireTag({}, { cookie: encodeConsent(consent) })
    expect(tag.callsTo('updateConsentState')).toEqual([
      [
        stateGranting(
          'security_storage',
          'functionality_storage',
          'personalization_storage',
          'ad_storage',
          'ad_user_data',
          'ad_personalization',
        ),
      ],
    ])
  })
})

describe("the template's Consent Mode state for a returning visitor", () => {
  const catalogue = structuredClone(catalogueJson) as Catalogue
  const optional = catalogue.services.filter((s) => !catalogue.categories.find((c) => c.id === s.category)?.required)
  const subsets = <T>(items: T[]): T[][] =>
    items.reduce<T[][]>((all, item) => all.concat(all.map((subset) => [...subset, item])), [[]])

  it("is koekje.js's for every decision the default catalogue allows", () => {
    let compared = 0
    for (const categories of subsets(['analytics', 'marketing']))
      for (const services of subsets(optional.map((s) => s.id)))
        for (const doNotTrack of [false, true]) {
          const choice = { categories, services }
          const consent = completeConsent(
            catalogue,
            choice,
            doNotTrack,
            'a1b2c3d4e5f60718',
            new Date(DECIDED_AT).toISOString(),
          )
          const [[state]] = fireTag({}, { cookie: encodeConsent(consent) }).callsTo('updateConsentState') as [[object]]
          expect(state, JSON.stringify({ ...choice, doNotTrack })).toEqual(consentState(catalogue, consent))
          compared++
        }
    expect(compared).toBe(4 * 2 ** optional.length * 2)
  })
})
