// Do-not-track in real Chromium: Online Succes stays blocked even when the
// visitor accepts everything, switched on by the visitor or by the browser's
// Global Privacy Control signal.
import { describe, expect, it } from 'vitest'
import { loadedScripts, settle, type TrackedPage, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

const ALL_BUT_ONLINE_SUCCES = ['gtag:G-XXXXXXXXXX', 'hotjar', 'fbevents', 'gtag:AW-000000000']

const acceptAllAndWait = async ({ page }: TrackedPage) => {
  await page.evaluate(() => window.koekje!.acceptAll())
  for (const name of ALL_BUT_ONLINE_SUCCES) await waitForScript(page, name)
  await settle(page)
}

const onlineSuccesRan = async ({ page, thirdParty }: TrackedPage) =>
  (await loadedScripts(page)).includes('onlinesucces') ||
  thirdParty.some((url) => new URL(url).hostname.endsWith('onlinesucces.nl'))

describe('do-not-track', () => {
  it('holds Online Succes back when the visitor switched it on, even after accepting everything', async () => {
    const tracked = await demo.open('/')
    await waitForScript(tracked.page, 'gtm')
    await tracked.page.evaluate(() => window.koekje!.setDoNotTrack(true))
    await acceptAllAndWait(tracked)

    expect(await onlineSuccesRan(tracked)).toBe(false)
    expect(await tracked.page.evaluate(() => window.koekje!.getConsent()?.doNotTrack)).toBe(true)
    const dnt = (await tracked.context.cookies()).find((c) => c.name === 'koekje_dnt')
    expect(dnt).toMatchObject({ value: '1', path: '/' })
  })

  it('holds Online Succes back when the browser sends Global Privacy Control', async () => {
    const tracked = await demo.open('/', { globalPrivacyControl: true })
    await waitForScript(tracked.page, 'gtm')
    await acceptAllAndWait(tracked)

    expect(await onlineSuccesRan(tracked)).toBe(false)
    expect(await tracked.page.evaluate(() => navigator.globalPrivacyControl)).toBe(true)
  })

  it("lets the visitor's own choice overrule Global Privacy Control", async () => {
    const tracked = await demo.open('/', { globalPrivacyControl: true })
    await waitForScript(tracked.page, 'gtm')
    await tracked.page.evaluate(() => window.koekje!.setDoNotTrack(false))
    await acceptAllAndWait(tracked)
    await waitForScript(tracked.page, 'onlinesucces')

    expect(await onlineSuccesRan(tracked)).toBe(true)
  })
})
