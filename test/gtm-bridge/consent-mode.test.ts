import { beforeEach, describe, expect, it } from 'vitest'
import { sendConsentDefault, sendConsentUpdate } from '../../src/gtm/consent-mode'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'

const catalogue = makeCatalogue()
const commands = () =>
  (window.dataLayer ?? [])
    .filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]')
    .map((entry) => [...(entry as IArguments)])

beforeEach(() => {
  window.dataLayer = undefined
  window.gtag = undefined
})

describe('Google Consent Mode v2', () => {
  it('sends the default as an arguments object, everything denied but security_storage', () => {
    sendConsentDefault(500)
    expect(commands()[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ])
    expect(commands()[1]).toEqual(['set', 'ads_data_redaction', true])
  })

  it('defines gtag like Google snippet, without replacing a site’s own', () => {
    sendConsentDefault(500)
    window.gtag!('event', 'x')
    expect(commands().at(-1)).toEqual(['event', 'x'])
    const own = () => {}
    window.gtag = own
    sendConsentDefault(500)
    expect(window.gtag).toBe(own)
  })

  it('grants only the required categories’ types while there is no decision, and pushes no event', () => {
    sendConsentUpdate(catalogue, null)
    const [, , state] = commands()[0] as [string, string, Record<string, string>]
    expect(state).toMatchObject({
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      analytics_storage: 'denied',
      ad_storage: 'denied',
    })
    expect(window.dataLayer!.some((e) => (e as { event?: string }).event)).toBe(false)
  })

  it('maps the granted categories to their types and tells GTM which categories and services are on', () => {
    const consent = makeConsent(
      catalogue,
      { categories: ['marketing'], services: ['facebook', 'online-succes'] },
      true,
      'abcdef0123456789',
    )
    sendConsentUpdate(catalogue, consent)
    const [, kind, state] = commands()[0] as [string, string, Record<string, string>]
    expect(kind).toBe('update')
    expect(state).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    })
    expect(window.dataLayer!.at(-1)).toEqual({
      event: 'koekje_consent_update',
      koekje: {
        categories: ['functional', 'marketing'],
        // online-succes is held back by do-not-track, so GTM must not see it as granted.
        services: ['google-tag-manager', 'facebook'],
        doNotTrack: true,
        revision: 3,
        id: 'abcdef0123456789',
      },
    })
  })

  it('passes the catalogue’s url_passthrough and ads_data_redaction choices on', () => {
    sendConsentUpdate(
      makeCatalogue({ consentMode: { ...catalogue.consentMode, urlPassthrough: true, adsDataRedaction: false } }),
      null,
    )
    expect(commands().slice(0, 2)).toEqual([
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', false],
    ])
  })

  it('lets a built-in catalogue choose how long tags wait for the update', () => {
    sendConsentDefault(1200)
    expect(commands()[0]?.[2]).toMatchObject({ wait_for_update: 1200 })
  })
})
