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

describe('Consent Mode types that services map', () => {
  /** The fixture's category mapping, plus Google Analytics for analytics_storage and two marketing services for ad_user_data. */
  const perService = makeCatalogue({
    consentMode: {
      mapping: {
        ...catalogue.consentMode.mapping,
        'google-analytics': ['analytics_storage'],
        facebook: ['ad_user_data'],
        'online-succes': ['ad_user_data', 'ad_personalization'],
      },
    },
  })
  const stateAfter = (categories: string[], services: string[], doNotTrack = false) => {
    sendConsentUpdate(perService, makeConsent(perService, { categories, services }, doNotTrack))
    return commands()[0]?.[2] as Record<string, string>
  }

  it('denies the types of a refused service although its category is on', () => {
    expect(stateAfter(['analytics'], ['hotjar'])).toMatchObject({ analytics_storage: 'denied' })
  })

  it('grants the types of an allowed service, also when no category maps them', () => {
    expect(stateAfter(['analytics'], ['google-analytics'])).toMatchObject({ analytics_storage: 'granted' })
    const serviceOnly = makeCatalogue({
      consentMode: { mapping: { functional: [], 'google-analytics': ['analytics_storage'] } },
    })
    sendConsentUpdate(
      serviceOnly,
      makeConsent(serviceOnly, { categories: ['analytics'], services: ['google-analytics'] }, false),
    )
    expect(commands().at(-1)?.[2]).toMatchObject({ analytics_storage: 'granted' })
  })

  it('denies the types of a service that do-not-track holds back', () => {
    expect(stateAfter(['marketing'], ['online-succes'], true)).toMatchObject({
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    })
    window.dataLayer = undefined
    expect(stateAfter(['marketing'], ['online-succes'], false)).toMatchObject({
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    })
  })

  it('grants a type two services map while either of them is allowed', () => {
    expect(stateAfter(['marketing'], ['facebook'], true)).toMatchObject({ ad_user_data: 'granted' })
    window.dataLayer = undefined
    expect(stateAfter(['marketing'], ['online-succes'])).toMatchObject({ ad_user_data: 'granted' })
    window.dataLayer = undefined
    expect(stateAfter(['marketing'], [])).toMatchObject({ ad_user_data: 'denied' })
  })

  it('leaves the types only categories map to the categories', () => {
    expect(stateAfter(['marketing'], [])).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    })
  })

  it("grants, while there is no decision, the types of a required category's service and of no other", () => {
    const gtm = makeCatalogue({
      consentMode: {
        mapping: { 'google-tag-manager': ['functionality_storage'], 'google-analytics': ['analytics_storage'] },
      },
    })
    sendConsentUpdate(gtm, null)
    expect(commands()[0]?.[2]).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'denied',
      security_storage: 'granted',
    })
  })
})
