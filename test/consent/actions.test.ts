import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import catalogueJson from '../../config/catalogue.json'
import { createActions } from '../../src/consent/actions'
import { readCookie } from '../../src/consent/cookie-jar'
import type { Catalogue, Consent, KoekjeApi, UiHost, View } from '../../src/types'
import { makeConsent } from '../fixtures/consent'

const catalogue = structuredClone(catalogueJson) as Catalogue

/** The decision-writing actions against real atoms, as the core hands them over. */
const hostWith = (consent: Consent | null = null): UiHost => {
  return {
    catalogue,
    requestedLang: null,
    nonce: '',
    $consent: atom<Consent | null>(consent),
    $doNotTrack: atom(false),
    $view: atom<View>('banner'),
    api: {} as KoekjeApi,
    save: () => {},
  }
}

afterEach(() => {
  document.cookie = 'koekje_consent=;Max-Age=0;Path=/'
  vi.restoreAllMocks()
})

describe('deciding', () => {
  it('releases what is allowed before it stores the cookie, so the click goes to the consented scripts first', () => {
    const host = hostWith()
    const cookieWhenReleased: (string | undefined)[] = []
    host.$consent.listen(() => cookieWhenReleased.push(readCookie('koekje_consent')))
    createActions(host).acceptAll()
    expect(cookieWhenReleased).toEqual([undefined])
    expect(readCookie('koekje_consent')).toMatch(/^1\./)
    expect(host.$view.get()).toBe('none')
  })

  it('reloads when the visitor switches off a Google service whose Consent Mode types GTM tags ran under', () => {
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => {})
    const host = hostWith(
      makeConsent(catalogue, { categories: ['marketing'], services: ['facebook', 'google-ads'] }, false),
    )
    createActions(host).decide({ categories: ['marketing'], services: ['facebook'] })
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('has stored the narrower decision by the time it reloads to withdraw a consent', () => {
    const host = hostWith(
      makeConsent(
        catalogue,
        { categories: ['analytics'], services: [] },
        false,
        'abcdef0123456789',
        new Date().toISOString(),
      ),
    )
    const storedAtReload: (string | undefined)[] = []
    vi.spyOn(location, 'reload').mockImplementation(() => storedAtReload.push(readCookie('koekje_consent')))
    createActions(host).rejectAll()
    expect(storedAtReload).toHaveLength(1)
    expect(storedAtReload[0]).toMatch(/^1\.\d+\.\w+\.[0-9a-f]+\.functional\./)
  })
})
