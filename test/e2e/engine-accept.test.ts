// Deciding in real Chromium: what each decision releases, without a reload,
// each script once and in order, and what Consent Mode, GTM and the cookie
// jar are told.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { optionalRequests } from './fakes/third-party'
import {
  type DataLayerEntry,
  loadedScripts,
  readDataLayer,
  settle,
  type TrackedPage,
  useDemoBrowser,
  waitForScript,
} from './harness'

const demo = useDemoBrowser()

const GA = 'gtag:G-XXXXXXXXXX'
const ADS = 'gtag:AW-000000000'
const EVERY_TRACKER = [GA, 'hotjar', 'fbevents', ADS, 'onlinesucces']

const waitUntilStarted = async ({ page }: TrackedPage) => {
  await waitForScript(page, 'gtm')
  await settle(page)
}

/** Waits for the decision to reach the dataLayer; `after` skips the events of earlier decisions. */
const waitForConsentEvent = async (page: Page, after = 0) => {
  await page.waitForFunction(
    (skip) =>
      (window.dataLayer ?? []).slice(skip).some((e) => (e as { event?: string }).event === 'koekje_consent_update'),
    after,
  )
}

const count = (names: string[], name: string) => names.filter((n) => n === name).length

const lastConsentUpdate = (dataLayer: DataLayerEntry[]) =>
  dataLayer
    .filter((e): e is { gtag: unknown[] } => 'gtag' in e && e.gtag[0] === 'consent' && e.gtag[1] === 'update')
    .at(-1)?.gtag[2]

describe('accepting everything', () => {
  it('loads GA, Hotjar, Facebook, Google Ads and Online Succes without a reload, each once', async () => {
    const tracked = await demo.open('/')
    await waitUntilStarted(tracked)
    const { page, thirdParty } = tracked
    await page.evaluate(() => {
      ;(window as { __samePage?: boolean }).__samePage = true
      window.koekje!.acceptAll()
    })
    for (const name of EVERY_TRACKER) await waitForScript(page, name)
    await settle(page)

    const loaded = await loadedScripts(page)
    for (const name of ['gtm', ...EVERY_TRACKER]) expect(count(loaded, name), name).toBe(1)
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true)
    const pixels = (prefix: string) => thirdParty.filter((url) => url.startsWith(prefix))
    await expect.poll(() => pixels('https://www.facebook.com/tr?id=000000000000000&ev=PageView')).toHaveLength(1)
    await expect.poll(() => pixels('https://connect.onlinesucces.nl/?i=')).toHaveLength(1)
  })

  it("does the same from the banner's accept-all button", async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="accept-all"]').click()
    for (const name of EVERY_TRACKER) await waitForScript(page, name)
    await settle(page)

    const loaded = await loadedScripts(page)
    for (const name of EVERY_TRACKER) expect(count(loaded, name), name).toBe(1)
    await expect.poll(() => page.locator('[data-koekje-action="accept-all"]').count()).toBe(0)
  })

  it('runs an inline gtag config only after its library has run', async () => {
    const { page } = await demo.open('/')
    await page.evaluate(() => window.koekje!.acceptAll())
    await waitForScript(page, GA)
    await waitForScript(page, ADS)
    await settle(page)

    const dataLayer = await readDataLayer(page)
    const libraryAt = await page.evaluate(() => (window as { __dataLayerAt?: Record<string, number> }).__dataLayerAt!)
    for (const [library, id] of [
      [GA, 'G-XXXXXXXXXX'],
      [ADS, 'AW-000000000'],
    ] as const) {
      const config = dataLayer.findIndex((e) => 'gtag' in e && e.gtag[0] === 'config' && e.gtag[1] === id)
      expect(config, `gtag('config', '${id}') ran`).toBeGreaterThanOrEqual(0)
      expect(config, `${id} configured after its library`).toBeGreaterThanOrEqual(libraryAt[library]!)
    }
  })

  it('tells Consent Mode and GTM what was granted', async () => {
    const { page } = await demo.open('/')
    await waitForScript(page, 'gtm')
    await page.evaluate(() => window.koekje!.acceptAll())
    await waitForConsentEvent(page)

    const dataLayer = await readDataLayer(page)
    expect(lastConsentUpdate(dataLayer)).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      security_storage: 'granted',
    })
    const event = dataLayer.find((e) => 'push' in e && e.push.event === 'koekje_consent_update') as {
      push: { koekje: { categories: string[]; services: string[]; doNotTrack: boolean; revision: number; id: string } }
    }
    expect(event.push.koekje.categories).toEqual(expect.arrayContaining(['functional', 'analytics', 'marketing']))
    expect(event.push.koekje.services).toEqual(
      expect.arrayContaining(['google-analytics', 'hotjar', 'facebook', 'google-ads', 'online-succes']),
    )
    expect(event.push.koekje).toMatchObject({ doNotTrack: false, revision: 1, id: expect.any(String) })
  })

  it('keeps the decision in a first-party koekje_consent cookie for the whole site', async () => {
    const { page, context } = await demo.open('/')
    await page.evaluate(() => window.koekje!.acceptAll())
    await waitForConsentEvent(page)

    const cookie = (await context.cookies()).find((c) => c.name === 'koekje_consent')
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', domain: '127.0.0.1', httpOnly: false })
    const days = (cookie!.expires - Date.now() / 1000) / 86400
    expect(days).toBeGreaterThan(364)
    expect(days).toBeLessThanOrEqual(365)
  })
})

describe('a repeat visit', () => {
  it('runs the consented scripts at once, without the banner', async () => {
    const first = await demo.open('/')
    await first.page.evaluate(() => window.koekje!.acceptAll())
    await waitForConsentEvent(first.page)
    const stored = (await first.context.cookies()).find((c) => c.name === 'koekje_consent')!

    const { page } = await demo.open('/', { cookies: [{ name: stored.name, value: stored.value }] })
    for (const name of EVERY_TRACKER) await waitForScript(page, name)
    await settle(page)

    expect(await page.evaluate(() => window.koekje!.getConsent()?.categories)).toMatchObject({
      analytics: true,
      marketing: true,
    })
    // GTM hears the stored decision on every page view, not only when it is made.
    const dataLayer = await readDataLayer(page)
    expect(lastConsentUpdate(dataLayer)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' })
    expect(dataLayer.some((e) => 'push' in e && e.push.event === 'koekje_consent_update')).toBe(true)
    const uiFetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/koekje/koekje-ui.js')),
    )
    expect(uiFetched, 'the UI bundle is not even fetched').toBe(false)
    expect(await page.locator('[data-koekje-action="accept-all"]').count()).toBe(0)
  })
})

describe('refusing and choosing', () => {
  it('requests nothing optional after rejectAll', async () => {
    const tracked = await demo.open('/')
    await waitUntilStarted(tracked)
    await tracked.page.evaluate(() => window.koekje!.rejectAll())
    await waitForConsentEvent(tracked.page)
    await settle(tracked.page)

    expect(optionalRequests(tracked.thirdParty)).toEqual([])
    expect(await loadedScripts(tracked.page)).toEqual(['gtm'])
    expect(lastConsentUpdate(await readDataLayer(tracked.page))).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
    })
    expect((await tracked.context.cookies()).map((c) => c.name)).toContain('koekje_consent')
  })

  it("loads only analytics after accept(['analytics'])", async () => {
    const tracked = await demo.open('/')
    await waitUntilStarted(tracked)
    await tracked.page.evaluate(() => window.koekje!.accept(['analytics']))
    await waitForScript(tracked.page, GA)
    await waitForScript(tracked.page, 'hotjar')
    await settle(tracked.page)

    expect((await loadedScripts(tracked.page)).sort()).toEqual(['gtm', GA, 'hotjar'].sort())
    const hosts = optionalRequests(tracked.thirdParty).map((url) => new URL(url).hostname)
    expect(hosts.every((host) => host === 'www.googletagmanager.com' || host === 'static.hotjar.com')).toBe(true)
  })
})
