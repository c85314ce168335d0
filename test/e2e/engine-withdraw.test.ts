// Withdrawing in real Chromium: a script that ran cannot be stopped, so
// Koekje erases what the trackers left and reloads. The page is served as
// www.koekje.localhost (loopback in Chromium) so cookies can also sit on the
// parent domain, as Google Analytics puts them.
import { describe, expect, it } from 'vitest'
import { optionalRequests } from './fakes/third-party'
import { loadedScripts, settle, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

const TRACKER_COOKIES = ['_ga', '_ga_ABC', '_hjSession_1']

describe('withdrawing consent', () => {
  it('erases the optional cookies on the host and the parent domain, reloads, and runs nothing optional', async () => {
    const origin = `http://www.koekje.localhost:${new URL(demo.url).port}/`
    const { page, context, thirdParty } = await demo.open('/', { origin })
    await page.evaluate(() => window.koekje!.acceptAll())
    // Everything the first page view releases has been requested before the reload we count from.
    for (const name of ['gtag:G-XXXXXXXXXX', 'hotjar', 'fbevents', 'gtag:AW-000000000', 'onlinesucces'])
      await waitForScript(page, name)
    await expect.poll(() => thirdParty.some((url) => url.startsWith('https://connect.onlinesucces.nl/'))).toBe(true)
    await settle(page)
    await page.evaluate((names) => {
      for (const name of names) {
        document.cookie = `${name}=host; Path=/`
        document.cookie = `${name}=parent; Path=/; Domain=koekje.localhost`
      }
      document.cookie = 'site_session=keep; Path=/'
    }, TRACKER_COOKIES)
    const before = await context.cookies()
    expect(before.filter((c) => TRACKER_COOKIES.includes(c.name))).toHaveLength(6)
    const requestsBeforeReload = thirdParty.length

    await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.koekje!.withdraw())])
    await waitForScript(page, 'gtm')
    await settle(page)

    const after = await context.cookies()
    expect(after.filter((c) => TRACKER_COOKIES.includes(c.name))).toEqual([])
    expect(after.map((c) => c.name)).not.toContain('koekje_consent')
    expect(after.map((c) => c.name)).toContain('site_session')
    expect(optionalRequests(thirdParty.slice(requestsBeforeReload))).toEqual([])
    expect(await loadedScripts(page)).toEqual(['gtm'])
    expect(await page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })
})
