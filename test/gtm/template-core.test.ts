// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checksum, encodeConsent } from '../../src/consent/cookie-format'
import type { Consent } from '../../src/types'
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
