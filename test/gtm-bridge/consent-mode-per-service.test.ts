import { afterEach, describe, expect, it } from 'vitest'
import catalogueJson from '../../config/catalogue.json'
import { isAllowed } from '../../src/consent/decide'
import { sendConsentUpdate } from '../../src/gtm/consent-mode'
import type { Catalogue } from '../../src/types'
import { makeConsent } from '../fixtures/consent'

/**
 * The preferences let a visitor switch marketing on and Google Ads off (one
 * switch per service, issue 3). Koekje then keeps a tagged Google Ads script
 * blocked, yet tells Consent Mode ad_storage/ad_user_data/ad_personalization
 * 'granted', so the Google Ads tags GTM fires on All Pages (README: "Google
 * tags … follow Consent Mode") store _gcl_au and send user data anyway.
 */
const catalogue = structuredClone(catalogueJson) as Catalogue
const lastUpdate = () =>
  (window.dataLayer ?? [])
    .filter((e) => Object.prototype.toString.call(e) === '[object Arguments]')
    .map((e) => [...(e as unknown[])])
    .reverse()
    .find((c) => c[0] === 'consent' && c[1] === 'update')?.[2] as Record<string, string>

afterEach(() => {
  window.dataLayer = undefined
})

describe('a refused Google service inside a consented category', () => {
  it('leaves its Consent Mode types denied, as the blocker does', () => {
    const consent = makeConsent(catalogue, { categories: ['marketing'], services: ['facebook'] }, false)
    expect(isAllowed(catalogue, consent, false, 'marketing', 'google-ads')).toBe(false)
    sendConsentUpdate(catalogue, consent)
    expect(lastUpdate()).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' })
  })

  it('analytics on with Google Analytics off keeps analytics_storage denied', () => {
    const consent = makeConsent(catalogue, { categories: ['analytics'], services: ['hotjar'] }, false)
    sendConsentUpdate(catalogue, consent)
    expect(lastUpdate()).toMatchObject({ analytics_storage: 'denied' })
  })
})
