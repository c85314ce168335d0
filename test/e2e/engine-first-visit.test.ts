// A first visit in real Chromium: before the visitor decides, only what is
// always on may load, and Consent Mode's default must be in place before GTM.
import { describe, expect, it } from 'vitest'
import { optionalRequests } from './fakes/third-party'
import { loadedScripts, readDataLayer, settle, type TrackedPage, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()
const open = (path: string, cookies?: { name: string; value: string }[]) => demo.open(path, { cookies })

/** GTM has run, so Koekje has read the catalogue and released what is always on. */
const waitUntilStarted = async ({ page, thirdParty }: TrackedPage) => {
  await waitForScript(page, 'gtm')
  // The first page of a test file starts a cold browser: give the frame's request more than the default second.
  await expect
    .poll(() => thirdParty.some((url) => url.startsWith('https://www.google.com/maps/embed?')), { timeout: 5_000 })
    .toBe(true)
  await settle(page)
}

/** A real cookie from a real decision, so a test can tamper with something the core wrote. */
const rejectAllCookie = async (): Promise<string> => {
  const tracked = await open('/')
  await tracked.page.evaluate(() => window.koekje!.rejectAll())
  await expect.poll(async () => (await tracked.context.cookies()).some((c) => c.name === 'koekje_consent')).toBe(true)
  const cookie = (await tracked.context.cookies()).find((c) => c.name === 'koekje_consent')!
  return decodeURIComponent(cookie.value)
}

describe('a first visit', () => {
  it('requests only GTM and the Maps embed before the visitor decides', async () => {
    const tracked = await open('/')
    await waitUntilStarted(tracked)

    expect(optionalRequests(tracked.thirdParty)).toEqual([])
    expect(tracked.thirdParty).toHaveLength(2)
    expect(await loadedScripts(tracked.page)).toEqual(['gtm'])
    expect(await tracked.page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })

  it('sets the Consent Mode default, all denied, before GTM runs', async () => {
    const { page } = await open('/')
    await waitForScript(page, 'gtm')

    const dataLayer = await readDataLayer(page)
    const gtmSawEntries = await page.evaluate(
      () => (window as { __dataLayerAt?: Record<string, number> }).__dataLayerAt!.gtm!,
    )
    const index = dataLayer.findIndex(
      (entry) => 'gtag' in entry && entry.gtag[0] === 'consent' && entry.gtag[1] === 'default',
    )
    expect(index).toBeGreaterThanOrEqual(0)
    expect(index).toBeLessThan(gtmSawEntries)
    const entry = dataLayer[index] as { gtag: [string, string, Record<string, unknown>] }
    expect(entry.gtag[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: expect.any(Number),
    })
  })

  it('pushes the default as a real arguments object, which GTM requires', async () => {
    const { page } = await open('/')
    await waitForScript(page, 'gtm')

    const kind = await page.evaluate(() => {
      const entry = (window.dataLayer ?? []).find(
        (e) => (e as ArrayLike<unknown>)[0] === 'consent' && (e as ArrayLike<unknown>)[1] === 'default',
      )
      return Object.prototype.toString.call(entry)
    })
    expect(kind).toBe('[object Arguments]')
  })

  it('treats a corrupt koekje_consent cookie as no decision', async () => {
    const tracked = await open('/', [{ name: 'koekje_consent', value: '1.1.zzzz.not-a-decision..x' }])
    await waitUntilStarted(tracked)

    expect(optionalRequests(tracked.thirdParty)).toEqual([])
    expect(await tracked.page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })

  it('treats a tampered cookie that grants more than the visitor chose as no decision', async () => {
    const rejected = await rejectAllCookie()
    const parts = rejected.split('.')
    expect(parts).toHaveLength(7)
    parts[4] = 'functional~analytics~marketing'
    parts[5] = [parts[5], 'google-analytics~hotjar~facebook~google-ads~online-succes'].filter(Boolean).join('~')
    const tracked = await open('/', [{ name: 'koekje_consent', value: parts.join('.') }])
    await waitUntilStarted(tracked)

    expect(optionalRequests(tracked.thirdParty)).toEqual([])
    expect(await tracked.page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })
})
