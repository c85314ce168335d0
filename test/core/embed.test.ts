// @vitest-environment-options {"url":"https://www.callcenter-software.com/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createActions } from '../../src/consent/actions'
import { encodeConsent } from '../../src/consent/cookie-format'
import { readCookie } from '../../src/consent/cookie-jar'
import type { Catalogue, UiHost } from '../../src/types'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'
import { addKoekjeTag } from '../fixtures/script-tag'

/**
 * The core as a page runs it: koekje.js's entry executes against a page with
 * its script tag, a fetched catalogue, and the real decision-writing actions
 * (the UI bundle's rendering is replaced by a recorder).
 */
const reload = vi.fn()
let mounted: UiHost | undefined
// Each test boots a fresh copy of the core; the copies before it must stop watching the page.
const observers: MutationObserver[] = []
class TrackedObserver extends MutationObserver {
  constructor(callback: MutationCallback) {
    super(callback)
    observers.push(this)
  }
}

/** `catalogue` may be a promise: the fetch answers once it settles. */
const boot = async (catalogue: Catalogue | string | Promise<Catalogue> = makeCatalogue(), body = '') => {
  vi.resetModules()
  for (const observer of observers.splice(0)) observer.disconnect()
  window.koekje = undefined
  vi.stubGlobal('MutationObserver', TrackedObserver)
  addKoekjeTag('data-catalogue="/koekje/catalogue.json"')
  document.body.innerHTML = body
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const answer = await catalogue
      return typeof answer === 'string'
        ? new Response(answer, { status: answer === 'missing' ? 404 : 200 })
        : Response.json(answer)
    }),
  )
  window.koekjeUi = {
    mount: (host) => {
      mounted = host
    },
    actions: createActions,
  }
  // The floating button's bundle, as if loaded (test/core/floating-button.test.ts covers when it is).
  window.koekjeButton = { show: () => {} }
  await import('../../src/embed')
  await settle()
  return window.koekje!
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const commands = () =>
  (window.dataLayer ?? [])
    .filter((e) => Object.prototype.toString.call(e) === '[object Arguments]')
    .map((e) => [...(e as unknown[])])
const lastUpdate = () =>
  commands()
    .reverse()
    .find((c) => c[0] === 'consent' && c[1] === 'update')?.[2]
const events = () => (window.dataLayer ?? []).filter((e) => (e as { event?: string }).event === 'koekje_consent_update')
const activated = () => [...document.querySelectorAll('[data-koekje-activated]')].map((e) => e.id)
const img = (id: string, category: string, service: string) =>
  `<img id="${id}" data-category="${category}" data-service="${service}" data-src="https://${id}.example/p.gif">`

beforeEach(() => {
  window.koekje = undefined
  window.dataLayer = undefined
  mounted = undefined
  for (const pair of document.cookie.split('; '))
    for (const domain of ['', ';Domain=callcenter-software.com'])
      document.cookie = `${pair.split('=')[0]}=;Max-Age=-1;Path=/${domain}`
  vi.spyOn(window.location, 'reload').mockImplementation(reload)
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: undefined, configurable: true })
})
afterEach(() => {
  for (const observer of observers.splice(0)) observer.disconnect()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  reload.mockReset()
})

describe('a first visit', () => {
  it('sets the Consent Mode default before anything else, then grants only the required types', async () => {
    await boot(makeCatalogue(), img('gtm', 'functional', 'google-tag-manager') + img('fb', 'marketing', 'facebook'))
    expect(commands()[0]).toEqual([
      'consent',
      'default',
      expect.objectContaining({
        security_storage: 'granted',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        wait_for_update: 500,
      }),
    ])
    expect(lastUpdate()).toMatchObject({
      functionality_storage: 'granted',
      analytics_storage: 'denied',
      ad_storage: 'denied',
    })
    expect(events()).toHaveLength(0)
    expect(activated()).toEqual(['gtm'])
    expect(window.koekje!.getConsent()).toBeNull()
  })

  it('asks for a decision: the banner view is mounted', async () => {
    await boot()
    expect(mounted?.$view.get()).toBe('banner')
  })
})

describe('deciding', () => {
  it('stores the decision, unblocks without a reload, and tells Consent Mode and GTM', async () => {
    const koekje = await boot(makeCatalogue(), img('fb', 'marketing', 'facebook') + img('hj', 'analytics', 'hotjar'))
    koekje.accept(['facebook'])
    await settle()
    expect(readCookie('koekje_consent')).toMatch(/^1\.3\./)
    expect(koekje.getConsent()?.services).toMatchObject({ facebook: true, hotjar: false })
    expect(activated()).toEqual(['fb'])
    expect(lastUpdate()).toMatchObject({ ad_storage: 'granted', analytics_storage: 'denied' })
    expect(events().at(-1)).toMatchObject({
      koekje: { categories: ['functional', 'marketing'], services: ['google-tag-manager', 'facebook'] },
    })
    expect(reload).not.toHaveBeenCalled()
  })

  it('gives every decision a fresh random id and the time it was made, for the site’s consent log', async () => {
    const koekje = await boot()
    const before = Date.now()
    koekje.acceptAll()
    await settle()
    const first = koekje.getConsent()!
    koekje.rejectAll()
    await settle()
    const second = koekje.getConsent()!
    expect(first.id).toMatch(/^[0-9a-f]{16}$/)
    expect(second.id).toMatch(/^[0-9a-f]{16}$/)
    expect(second.id).not.toBe(first.id)
    // The cookie keeps whole seconds.
    expect(Date.parse(first.decidedAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000)
    expect(Date.parse(first.decidedAt)).toBeLessThanOrEqual(Date.now())
    expect(readCookie('koekje_consent')).toContain(`.${second.id}.`)
  })

  it('runs the consented elements at once on the next page view, with no banner', async () => {
    const catalogue = makeCatalogue()
    document.cookie = `koekje_consent=${encodeConsent(makeConsent(catalogue, { categories: ['analytics'], services: ['hotjar'] }, false))};Path=/`
    const koekje = await boot(catalogue, img('hj', 'analytics', 'hotjar') + img('ga', 'analytics', 'google-analytics'))
    expect(koekje.getConsent()?.services.hotjar).toBe(true)
    expect(activated()).toEqual(['hj'])
    expect(events()).toHaveLength(1)
    expect(mounted).toBeUndefined()
  })

  it('tells a listener added before the catalogue is in about the stored decision, once it is checked', async () => {
    const catalogue = makeCatalogue()
    document.cookie = `koekje_consent=${encodeConsent(makeConsent(catalogue, { categories: ['analytics'], services: ['hotjar'] }, false))};Path=/`
    let answer!: (value: Catalogue) => void
    const koekje = await boot(new Promise<Catalogue>((resolve) => (answer = resolve)))
    const listener = vi.fn()
    koekje.on('change', listener)
    expect(koekje.getConsent()).toBeNull()
    answer(catalogue)
    await settle()
    expect(listener).toHaveBeenCalledOnce()
    expect(listener.mock.calls[0]![0]?.services.hotjar).toBe(true)
  })

  it('asks again when the catalogue revision was raised', async () => {
    const old = makeCatalogue({ revision: 2 })
    document.cookie = `koekje_consent=${encodeConsent(makeConsent(old, { categories: ['analytics'], services: ['hotjar'] }, false))};Path=/`
    const koekje = await boot(makeCatalogue({ revision: 3 }), img('hj', 'analytics', 'hotjar'))
    expect(koekje.getConsent()).toBeNull()
    expect(activated()).toEqual([])
    expect(mounted?.$view.get()).toBe('banner')
  })

  it('erases the cookies of refused services, but not a namesake of another domain’s cookie', async () => {
    document.cookie = '_fbp=fb.1;Path=/'
    document.cookie = 'fr=site-own;Path=/'
    document.cookie = '_ga=GA1;Path=/'
    const koekje = await boot()
    koekje.accept(['google-analytics'])
    await settle()
    expect(readCookie('_fbp')).toBeFalsy()
    expect(readCookie('fr')).toBe('site-own')
    expect(readCookie('_ga')).toBe('GA1')
  })

  it('reloads when something that ran is withdrawn, since a script cannot be stopped', async () => {
    const koekje = await boot(makeCatalogue(), img('fb', 'marketing', 'facebook'))
    koekje.acceptAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
    koekje.rejectAll()
    await settle()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does not reload when the catalogue says not to', async () => {
    const koekje = await boot(makeCatalogue({ reloadOnWithdraw: false }), img('fb', 'marketing', 'facebook'))
    koekje.acceptAll()
    await settle()
    koekje.rejectAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  it('reloads when one service is switched off while its category stays on (GTM may have fired it)', async () => {
    const koekje = await boot()
    koekje.accept(['google-analytics', 'hotjar'])
    await settle()
    koekje.accept(['google-analytics'])
    await settle()
    expect(koekje.getConsent()?.categories.analytics).toBe(true)
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does not reload when the new decision only adds to the old one', async () => {
    const koekje = await boot()
    koekje.accept(['google-analytics'])
    await settle()
    koekje.accept(['google-analytics', 'hotjar', 'marketing'])
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })

  it('replaces a decision stored under another Domain, so the older one cannot come back', async () => {
    const catalogue = makeCatalogue()
    const everything = makeConsent(catalogue, { categories: ['analytics', 'marketing'], services: [] }, false)
    // Stored before the site set consentCookie.domain: host-only, and first in document.cookie.
    document.cookie = `koekje_consent=${encodeConsent(everything)};Path=/`
    const shared = { ...catalogue, consentCookie: { ...catalogue.consentCookie, domain: '.callcenter-software.com' } }
    const koekje = await boot(shared)
    expect(koekje.getConsent()?.categories.marketing).toBe(true)
    koekje.rejectAll()
    await settle()
    expect(document.cookie.match(/koekje_consent=/g)).toHaveLength(1)
    const nextView = await boot(shared)
    expect(nextView.getConsent()?.categories.marketing).toBe(false)
  })

  it('stores a decision and finishes a withdrawal even when a site’s change listener throws', async () => {
    // What the timers' callbacks throw: in a browser, the page's error handlers get it.
    const reported: unknown[] = []
    const realSetTimeout = setTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
      realSetTimeout(() => {
        try {
          run()
        } catch (error) {
          reported.push(error)
        }
      }, ms)) as typeof setTimeout)
    const koekje = await boot()
    // The usual listener: fine for a decision, a TypeError on a withdrawal's null.
    koekje.on('change', (consent) => void consent!.categories.analytics)
    koekje.accept(['analytics'])
    await settle()
    expect(readCookie('koekje_consent')).toMatch(/^1\./)
    document.cookie = '_ga=GA1;Path=/'
    koekje.withdraw()
    await settle()
    expect(readCookie('koekje_consent')).toBeFalsy()
    expect(readCookie('_ga')).toBeFalsy()
    expect(mounted?.$view.get()).toBe('banner')
    expect(reload).toHaveBeenCalledOnce()
    // The listener's error still reaches the page's error handlers, from a task of its own.
    await settle()
    expect(reported).toEqual([expect.any(TypeError)])
  })
})

describe('withdrawing', () => {
  it('forgets the decision, erases optional cookies, asks again and reloads', async () => {
    const koekje = await boot()
    koekje.acceptAll()
    await settle()
    document.cookie = '_ga=GA1;Path=/'
    document.cookie = '_ga_ABC=GS1;Path=/'
    koekje.withdraw()
    await settle()
    expect(readCookie('koekje_consent')).toBeFalsy()
    expect(readCookie('_ga')).toBeFalsy()
    expect(readCookie('_ga_ABC')).toBeFalsy()
    expect(koekje.getConsent()).toBeNull()
    expect(mounted?.$view.get()).toBe('banner')
    expect(lastUpdate()).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' })
    expect(reload).toHaveBeenCalledOnce()
  })
})

describe('do not track', () => {
  const page = img('os', 'marketing', 'online-succes') + img('fb', 'marketing', 'facebook')

  it('holds the do-not-track services back even when marketing is consented', async () => {
    const koekje = await boot(makeCatalogue(), page)
    koekje.setDoNotTrack(true)
    koekje.accept(['marketing'])
    await settle()
    expect(readCookie('koekje_dnt')).toBe('1')
    expect(activated()).toEqual(['fb'])
    expect(koekje.getConsent()?.doNotTrack).toBe(true)
  })

  it('is switched on by Global Privacy Control until the visitor chooses', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    let koekje = await boot(makeCatalogue(), page)
    koekje.accept(['marketing'])
    await settle()
    expect(activated()).toEqual(['fb'])
    document.cookie = 'koekje_dnt=0;Path=/'
    koekje = await boot(makeCatalogue(), page)
    expect(activated()).toEqual(['os', 'fb'])
  })

  it('records a Global Privacy Control signal that holds back a granted service, erasing its cookies', async () => {
    const catalogue = makeCatalogue()
    document.cookie = `koekje_consent=${encodeConsent(makeConsent(catalogue, { categories: ['marketing'], services: ['online-succes'] }, false))};Path=/`
    document.cookie = 'os_visitor=42;Path=/'
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    await boot(catalogue, page)
    await settle()
    expect(activated()).toEqual([])
    expect(readCookie('os_visitor')).toBeFalsy()
    expect(readCookie('koekje_dnt')).toBe('1')
  })

  it('reloads when it holds back a service that GTM may have fired (no tagged element on the page)', async () => {
    const koekje = await boot()
    koekje.acceptAll()
    await settle()
    expect(reload).not.toHaveBeenCalled()
    koekje.setDoNotTrack(true)
    await settle()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('reloads when it holds back a service that already ran', async () => {
    const koekje = await boot(makeCatalogue(), page)
    koekje.acceptAll()
    await settle()
    koekje.setDoNotTrack(true)
    await settle()
    expect(reload).toHaveBeenCalledOnce()
  })
})

describe('a do-not-track service of a required category (a site holds ShareThis back)', () => {
  const catalogue = () =>
    makeCatalogue({ doNotTrack: { cookie: 'koekje_dnt', services: ['online-succes', 'google-tag-manager'] } })
  const page = img('gtm', 'functional', 'google-tag-manager')

  it('is never released while Global Privacy Control is on, so a first decision withdraws nothing and does not reload', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    const koekje = await boot(catalogue(), page)
    expect(activated()).toEqual([])
    koekje.rejectAll()
    await settle()
    expect(readCookie('koekje_consent')).toMatch(/^1\./)
    expect(reload).not.toHaveBeenCalled()
  })

  it('does not reload when do-not-track is switched on again while it already held the service back', async () => {
    document.cookie = 'koekje_dnt=1;Path=/'
    const koekje = await boot(catalogue(), page)
    expect(activated()).toEqual([])
    koekje.setDoNotTrack(true)
    await settle()
    expect(reload).not.toHaveBeenCalled()
  })
})

describe('withdrawing a refusal', () => {
  it('does not reload: nothing optional ran, and the required types stay granted', async () => {
    const koekje = await boot(
      makeCatalogue(),
      img('gtm', 'functional', 'google-tag-manager') + img('fb', 'marketing', 'facebook'),
    )
    koekje.rejectAll()
    await settle()
    expect(activated()).toEqual(['gtm'])
    koekje.withdraw()
    await settle()
    expect(mounted?.$view.get()).toBe('banner')
    expect(reload).not.toHaveBeenCalled()
  })
})

describe('a broken catalogue', () => {
  it.each([
    ['a failed fetch', 'missing'],
    ['invalid JSON', '{"revision":'],
    ['a catalogue without a required category', JSON.stringify({ ...makeCatalogue(), categories: [] })],
    ['a catalogue whose do-not-track services are not a list', JSON.stringify({ ...makeCatalogue(), doNotTrack: {} })],
    ['null', 'null'],
  ])('fails closed on %s, with a message', async (_, body) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const koekje = await boot(body, img('gtm', 'functional', 'google-tag-manager'))
    koekje.acceptAll()
    await settle()
    expect(activated()).toEqual([])
    expect(readCookie('koekje_consent')).toBeFalsy()
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[koekje\] .*Nothing that needs consent will run/))
  })
})

describe('the site’s own controls', () => {
  it('opens the preferences from any [data-koekje="preferences"] element, by click or keyboard', async () => {
    await boot(
      makeCatalogue(),
      '<a href="#" id="link" data-koekje="preferences">Cookies</a><span id="span" tabindex="0" data-koekje="preferences">x</span>',
    )
    document.getElementById('link')!.click()
    await settle()
    expect(mounted?.$view.get()).toBe('preferences')
    mounted!.$view.set('none')
    document.getElementById('span')!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    await settle()
    expect(mounted?.$view.get()).toBe('preferences')
  })

  it('opens them with Space on a link too, which browsers do not turn into a click', async () => {
    await boot(makeCatalogue(), '<a href="#" id="link" data-koekje="preferences">Cookies</a>')
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })
    document.getElementById('link')!.dispatchEvent(space)
    await settle()
    expect(mounted?.$view.get()).toBe('preferences')
    expect(space.defaultPrevented).toBe(true)
  })

  it('runs once even when the tag is on the page twice', async () => {
    const first = await boot()
    vi.resetModules()
    await import('../../src/embed')
    expect(window.koekje).toBe(first)
  })
})
