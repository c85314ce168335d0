// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { consentCookie, DECIDED_AT, withChecksum } from './consent-cookie'
import { fireTag, stateGranting, template } from './fire-tag'

const DAY = 86_400_000
/** security_storage, and what the catalogue's one required category, functional, maps to. */
const REQUIRED = ['security_storage', 'functionality_storage', 'personalization_storage']
/** Analytics accepted, as the banner's choice of a category grants its services. */
const ANALYTICS = consentCookie({ categories: ['analytics'], services: ['google-analytics', 'hotjar'] })
const ANALYTICS_AND_MARKETING = consentCookie({
  categories: ['functional', 'analytics', 'marketing'],
  services: ['google-analytics', 'google-ads'],
})

describe('Consent Mode defaults on the Consent Initialization trigger', () => {
  it("starts a first visit with every type denied except security_storage and the required category's", () => {
    const tag = fireTag()
    expect(tag.callsTo('setDefaultConsentState')).toEqual([[{ ...stateGranting(...REQUIRED), wait_for_update: 500 }]])
    expect(tag.callsTo('updateConsentState')).toEqual([])
  })

  it('denies everything but security_storage when no category is required', () => {
    const tag = fireTag({ requiredCategories: '' })
    expect(tag.callsTo('setDefaultConsentState')[0]![0]).toEqual({
      ...stateGranting('security_storage'),
      wait_for_update: 500,
    })
  })

  it('grants by default the types of every required category', () => {
    const tag = fireTag({
      requiredCategories: 'functional, analytics',
      mapping: [
        { category: 'functional', consentTypes: 'functionality_storage, personalization_storage' },
        { category: 'analytics', consentTypes: 'analytics_storage' },
      ],
    })
    expect(tag.callsTo('setDefaultConsentState')[0]![0]).toEqual({
      ...stateGranting(...REQUIRED, 'analytics_storage'),
      wait_for_update: 500,
    })
  })

  it('waits as long as the "Wait for update" field says', () => {
    const tag = fireTag({ waitForUpdate: '1200' })
    expect(tag.callsTo('setDefaultConsentState')[0]![0]).toMatchObject({ wait_for_update: 1200 })
  })

  it('sets the defaults before anything else', () => {
    const tag = fireTag({}, { cookie: ANALYTICS_AND_MARKETING })
    expect(tag.apis().filter((api) => api.endsWith('ConsentState') || api === 'injectScript')).toEqual([
      'setDefaultConsentState',
      'updateConsentState',
      'injectScript',
    ])
  })
})

describe("a returning visitor's stored decision", () => {
  it('is applied at once, granting exactly the types its categories map to', () => {
    const tag = fireTag({}, { cookie: ANALYTICS_AND_MARKETING })
    expect(tag.callsTo('updateConsentState')).toEqual([
      [stateGranting(...REQUIRED, 'analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization')],
    ])
  })

  it('follows a mapping table that replaces the default mapping, ignoring unknown types', () => {
    const tag = fireTag(
      { mapping: [{ category: 'statistics', consentTypes: 'analytics_storage, made_up_storage' }] },
      { cookie: consentCookie({ categories: ['statistics', 'analytics'] }) },
    )
    // functional is no longer in the table, so it maps to nothing.
    expect(tag.callsTo('updateConsentState')).toEqual([[stateGranting('security_storage', 'analytics_storage')]])
    expect(tag.callsTo('logToConsole').flat().join(' ')).toContain('made_up_storage')
  })

  it('is accepted under any revision when the revision field is empty', () => {
    const tag = fireTag(
      { revision: '' },
      { cookie: consentCookie({ revision: 7, categories: ['analytics'], services: ['google-analytics'] }) },
    )
    expect(tag.callsTo('updateConsentState')).toEqual([[stateGranting(...REQUIRED, 'analytics_storage')]])
  })

  it('reads the first koekje_consent value when the host and a parent domain both hold one', () => {
    const tag = fireTag({}, { cookies: { koekje_consent: [ANALYTICS, ANALYTICS_AND_MARKETING] } })
    expect(tag.callsTo('updateConsentState')).toEqual([[stateGranting(...REQUIRED, 'analytics_storage')]])
  })

  const valid = consentCookie({ categories: ['analytics'] })
  const [format, revision, seconds, id, categories, services] = valid.split('.') as string[]
  const body = (fields: Record<number, string>) =>
    [format, revision, seconds, id, categories, services].map((field, index) => fields[index] ?? field).join('.')

  it.each([
    ['an empty value', ''],
    ['a value that does not parse', 'yes please'],
    ['a value with a field missing', withChecksum(body({}).split('.').slice(0, 5).join('.'))],
    ['another format version', withChecksum(body({ 0: '2' }))],
    ['a tampered category list', `${body({ 4: 'analytics~marketing' })}.${valid.split('.')[6]}`],
    ['a tampered checksum', `${body({})}.0`],
    ['another catalogue revision', consentCookie({ revision: 2, categories: ['analytics'] })],
    ['a revision that is not a decimal number', withChecksum(body({ 1: '1a' }))],
    ['an id that is not hexadecimal', consentCookie({ id: 'not-hex-at-all', categories: ['analytics'] })],
    ['a category id in capitals', consentCookie({ categories: ['Analytics'] })],
    ['a decision dated two days ahead', consentCookie({ decidedAt: DECIDED_AT + 2 * DAY, categories: ['analytics'] })],
    [
      'a decision older than its lifetime',
      consentCookie({ decidedAt: DECIDED_AT - 366 * DAY, categories: ['analytics'] }),
    ],
  ])('counts %s as no decision: only the defaults stand', (_, cookie) => {
    const tag = fireTag({}, { cookie })
    expect(tag.callsTo('setDefaultConsentState')).toHaveLength(1)
    expect(tag.callsTo('updateConsentState')).toEqual([])
    expect(tag.callsTo('injectScript')).toHaveLength(1)
  })

  it('accepts the untampered value those cases were made from', () => {
    expect(fireTag({}, { cookie: withChecksum(body({})) }).callsTo('updateConsentState')).toHaveLength(1)
  })

  it('is looked for in the cookie the field names, once its permission allows it', () => {
    const cookies = { site_consent: [ANALYTICS] }
    const refused = fireTag({ cookieName: 'site_consent' }, { cookies })
    expect(refused.callsTo('getCookieValues')).toEqual([])
    expect(refused.callsTo('logToConsole').flat().join(' ')).toContain('Reads cookie value(s)')

    const permissions = {
      ...template.permissions,
      get_cookies: { cookieAccess: 'specific', cookieNames: ['site_consent'] },
    }
    const allowed = fireTag({ cookieName: 'site_consent' }, { cookies, permissions })
    expect(allowed.callsTo('updateConsentState')).toEqual([[stateGranting(...REQUIRED, 'analytics_storage')]])
  })
})

describe('mapping rows that name a service, for a returning visitor', () => {
  const updateFor = (cookie: string, fields: Parameters<typeof fireTag>[0] = {}) =>
    fireTag(fields, { cookie }).callsTo('updateConsentState')

  it('keeps the ad types denied when marketing is on but Google Ads is off', () => {
    const cookie = consentCookie({ categories: ['functional', 'marketing'], services: ['facebook'] })
    expect(updateFor(cookie)).toEqual([[stateGranting(...REQUIRED)]])
  })

  it('keeps analytics_storage denied when analytics is on but Google Analytics is off', () => {
    const cookie = consentCookie({ categories: ['functional', 'analytics'], services: ['hotjar'] })
    expect(updateFor(cookie)).toEqual([[stateGranting(...REQUIRED)]])
  })

  it('grants the types of a granted service, also when no category row maps them', () => {
    const cookie = consentCookie({ categories: ['analytics'], services: ['google-analytics'] })
    expect(
      updateFor(cookie, { mapping: [{ category: 'google-analytics', consentTypes: 'analytics_storage' }] }),
    ).toEqual([[stateGranting('security_storage', 'analytics_storage')]])
  })

  it('grants a type that two services map while either of them is granted', () => {
    const mapping = [
      { category: 'facebook', consentTypes: 'ad_user_data' },
      { category: 'google-ads', consentTypes: 'ad_user_data, ad_storage' },
    ]
    const facebookOnly = consentCookie({ categories: ['marketing'], services: ['facebook'] })
    expect(updateFor(facebookOnly, { mapping })).toEqual([[stateGranting('security_storage', 'ad_user_data')]])
    const googleAdsOnly = consentCookie({ categories: ['marketing'], services: ['google-ads'] })
    expect(updateFor(googleAdsOnly, { mapping })).toEqual([
      [stateGranting('security_storage', 'ad_user_data', 'ad_storage')],
    ])
  })

  it('keeps the types of a do-not-track service denied, since only koekje.js can tell whether it is on', () => {
    const mapping = [{ category: 'online-succes', consentTypes: 'ad_personalization' }]
    const cookie = consentCookie({ categories: ['marketing'], services: ['online-succes'] })
    expect(updateFor(cookie, { mapping })).toEqual([[stateGranting('security_storage')]])
    expect(updateFor(cookie, { mapping, doNotTrackServices: '' })).toEqual([
      [stateGranting('security_storage', 'ad_personalization')],
    ])
  })

  it('leaves a type until koekje.js has loaded when a refused row it cannot place as category or service maps it', () => {
    const mapping = [
      { category: 'analytics', consentTypes: 'analytics_storage' },
      { category: 'statistics', consentTypes: 'analytics_storage' },
    ]
    expect(updateFor(consentCookie({ categories: ['analytics'] }), { mapping })).toEqual([
      [stateGranting('security_storage')],
    ])
    expect(updateFor(consentCookie({ categories: ['analytics', 'statistics'] }), { mapping })).toEqual([
      [stateGranting('security_storage', 'analytics_storage')],
    ])
  })
})
