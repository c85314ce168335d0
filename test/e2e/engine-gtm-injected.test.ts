// Koekje loaded by a GTM Custom HTML tag: its script is appended to <body>
// half a second after the load event, long after the page was parsed. It
// must still find its catalogue beside itself and work the same.
import { describe, expect, it } from 'vitest'
import { optionalRequests } from './fakes/third-party'
import { loadedScripts, readDataLayer, settle, type TrackedPage, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

/** Koekje arrived and released what is always on (the Maps embed: there is no GTM snippet on this page). */
const waitUntilStarted = async ({ page }: TrackedPage) => {
  await page.waitForFunction(() => !!window.koekje)
  await page.waitForSelector('iframe[data-service="google-maps"][data-koekje-activated]', { state: 'attached' })
  await settle(page)
}

describe('Koekje injected by a GTM Custom HTML tag', () => {
  it('arrives after the load event, in <body>, and holds the trackers back until the visitor decides', async () => {
    const tracked = await demo.open('/gtm/')
    expect(await tracked.page.evaluate(() => !!window.koekje), 'not there yet at load').toBe(false)
    await waitUntilStarted(tracked)

    expect(await tracked.page.evaluate(() => !!document.querySelector('body > script[src="/koekje/koekje.js"]'))).toBe(
      true,
    )
    expect(optionalRequests(tracked.thirdParty)).toEqual([])
    expect(await loadedScripts(tracked.page)).toEqual([])
    const dataLayer = await readDataLayer(tracked.page)
    expect(dataLayer.some((e) => 'gtag' in e && e.gtag[0] === 'consent' && e.gtag[1] === 'default')).toBe(true)
  })

  it('finds its catalogue and releases every tracker on acceptAll, each once', async () => {
    const tracked = await demo.open('/gtm/')
    await waitUntilStarted(tracked)
    await tracked.page.evaluate(() => window.koekje!.acceptAll())
    const trackers = ['gtag:G-XXXXXXXXXX', 'hotjar', 'fbevents', 'gtag:AW-000000000', 'onlinesucces']
    for (const name of trackers) await waitForScript(tracked.page, name)
    await settle(tracked.page)

    expect((await loadedScripts(tracked.page)).sort()).toEqual([...trackers].sort())
    expect(await tracked.page.evaluate(() => window.koekje!.getConsent()?.categories.marketing)).toBe(true)
  })

  it('holds back a tag GTM adds later until its category is accepted, then runs it', async () => {
    const tracked = await demo.open('/gtm/')
    await waitUntilStarted(tracked)
    const addLateTag = (id: string) =>
      tracked.page.evaluate((service) => {
        const tag = document.createElement('script')
        tag.type = 'text/plain'
        tag.dataset.category = 'analytics'
        tag.dataset.service = 'hotjar'
        tag.dataset.src = `https://static.hotjar.com/c/${service}.js`
        document.body.append(tag)
      }, id)
    await addLateTag('late-before-consent')
    await settle(tracked.page)
    expect(tracked.thirdParty.some((url) => url.includes('late-before-consent'))).toBe(false)

    await tracked.page.evaluate(() => window.koekje!.accept(['analytics']))
    await waitForScript(tracked.page, 'hotjar')
    await addLateTag('late-after-consent')
    await expect.poll(() => tracked.thirdParty.filter((url) => url.includes('/c/late-')).length).toBe(2)
  })
})
