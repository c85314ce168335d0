// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { consentCookie } from './consent-cookie'
import { fireTag } from './fire-tag'

const KOEKJE_JS = 'https://www.callcenter-software.com/koekje/koekje.js'

describe('loading koekje.js', () => {
  it('passes the catalogue URL and the language as query parameters, since an injected script has no data attributes', () => {
    const tag = fireTag()
    expect(tag.callsTo('injectScript')[0]![0]).toBe(
      `${KOEKJE_JS}?catalogue=https%3A%2F%2Fwww.callcenter-software.com%2Fkoekje%2Fcatalogue.json&lang=nl`,
    )
  })

  it('adds the parameters with & to a script URL that has a query already', () => {
    const tag = fireTag({ scriptUrl: `${KOEKJE_JS}?v=2`, catalogueUrl: '/koekje/catalogue.json?a=1&b=2', lang: '' })
    expect(tag.callsTo('injectScript')[0]![0]).toBe(
      `${KOEKJE_JS}?v=2&catalogue=%2Fkoekje%2Fcatalogue.json%3Fa%3D1%26b%3D2`,
    )
  })

  it('loads the bare script URL when no catalogue or language is given', () => {
    const tag = fireTag({ catalogueUrl: '', lang: undefined })
    expect(tag.callsTo('injectScript')[0]![0]).toBe(KOEKJE_JS)
  })

  it('injects the script once per page, however often the tag fires', () => {
    expect(fireTag().callsTo('injectScript')[0]![3]).toBe('koekje')
  })

  it('reports success only once koekje.js has loaded', () => {
    expect(fireTag({}, { script: 'pending' }).apis()).not.toContain('gtmOnSuccess')
    const loaded = fireTag({}, { script: 'loads' })
    expect(loaded.apis().filter((api) => api.startsWith('gtmOn'))).toEqual(['gtmOnSuccess'])
  })

  it('reports failure when koekje.js fails to load, and the defaults still stand', () => {
    const tag = fireTag({}, { script: 'fails' })
    expect(tag.apis().filter((api) => api.startsWith('gtmOn'))).toEqual(['gtmOnFailure'])
    expect(tag.callsTo('setDefaultConsentState')).toHaveLength(1)
  })

  it('fails without injecting when the permission does not allow the script URL, and says which permission', () => {
    const tag = fireTag({ scriptUrl: 'https://cdn.example.com/koekje.js' })
    expect(tag.callsTo('injectScript')).toEqual([])
    expect(tag.apis().filter((api) => api.startsWith('gtmOn'))).toEqual(['gtmOnFailure'])
    expect(tag.callsTo('logToConsole').flat().join(' ')).toContain('Injects scripts')
    expect(tag.callsTo('setDefaultConsentState')).toHaveLength(1)
  })
})

describe('Google ads settings', () => {
  it('redacts ads data while ad_storage stays denied', () => {
    expect(fireTag().callsTo('gtagSet')).toEqual([['ads_data_redaction', true]])
    const analyticsOnly = fireTag({}, { cookie: consentCookie({ categories: ['analytics'] }) })
    expect(analyticsOnly.callsTo('gtagSet')).toEqual([['ads_data_redaction', true]])
  })

  it('does not redact once a stored decision grants ad_storage', () => {
    const tag = fireTag({}, { cookie: consentCookie({ categories: ['marketing'], services: ['google-ads'] }) })
    expect(tag.callsTo('gtagSet')).toEqual([])
  })

  it('leaves ads data alone when the redaction box is unticked', () => {
    expect(fireTag({ adsDataRedaction: false }).callsTo('gtagSet')).toEqual([])
  })

  it('passes ad click information through URLs only when that box is ticked', () => {
    expect(fireTag({ adsDataRedaction: false, urlPassthrough: true }).callsTo('gtagSet')).toEqual([
      ['url_passthrough', true],
    ])
  })
})
