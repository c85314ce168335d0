// Deciding through the interface in real Chromium: the banner's buttons, the
// preferences' switches, and taking a consent back, each checked against
// the cookie the core writes and the trackers it releases.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { loadedScripts, settle, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

const consentOf = (page: Page) => page.evaluate(() => window.koekje!.getConsent())

/** Playwright's CSS selectors pierce the open shadow root the UI lives in. */
const action = (page: Page, name: string) => page.locator(`[data-koekje-action="${name}"]:visible`)

describe('deciding through the interface', () => {
  it('shows the banner on a first visit, with the page still usable behind it', async () => {
    const { page } = await demo.open('/')
    const banner = page.locator('#koekje section')
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect(await banner.getAttribute('aria-label')).toBe('Cookies op deze website')
    expect(await page.locator('#koekje [role="dialog"]').count()).toBe(0)
    // Not a cookie wall: a page link above the banner still takes a click.
    await page.locator('a[href="/cookies/"]').first().click({ trial: true })
  })

  it('accepts everything from the banner and releases the trackers without a reload', async () => {
    const { page } = await demo.open('/')
    await action(page, 'accept-all').click()
    await waitForScript(page, 'hotjar')
    expect((await consentOf(page))?.categories).toMatchObject({ analytics: true, marketing: true })
    await expect.poll(() => page.locator('#koekje section').count()).toBe(0)
  })

  it('refuses everything from the banner and runs nothing optional', async () => {
    const { page } = await demo.open('/')
    await action(page, 'reject-all').click()
    await expect.poll(() => consentOf(page)).not.toBeNull()
    expect((await consentOf(page))?.categories).toMatchObject({ analytics: false, marketing: false })
    await settle(page)
    expect(await loadedScripts(page)).toEqual(['gtm'])
    await expect.poll(() => page.locator('#koekje section').count()).toBe(0)
  })

  it('stores a custom choice made with the switches', async () => {
    const { page } = await demo.open('/')
    await action(page, 'preferences').click()
    await page.locator('#koekje summary').nth(1).click()
    await page.locator('[data-koekje-service="hotjar"]').check()
    expect(await page.locator('[data-koekje-category="analytics"]').isChecked()).toBe(true)
    await action(page, 'save').click()
    await waitForScript(page, 'hotjar')
    const consent = await consentOf(page)
    expect(consent?.services).toMatchObject({ hotjar: true, 'google-analytics': false, facebook: false })
    expect(consent?.categories).toMatchObject({ analytics: true, marketing: false })
    await expect.poll(() => page.locator('#koekje [role="dialog"]').count()).toBe(0)
    expect(await loadedScripts(page)).not.toContain('gtag:G-XXXXXXXXXX')
  })

  it('takes a consent back through the preferences: the switches show it, switching off and saving withdraws', async () => {
    const { page } = await demo.open('/')
    await action(page, 'accept-all').click()
    await waitForScript(page, 'hotjar')
    await page.locator('footer [data-koekje="preferences"]').click()
    const analytics = page.locator('[data-koekje-category="analytics"]')
    expect(await analytics.isChecked()).toBe(true)
    await analytics.uncheck()
    await Promise.all([page.waitForEvent('load'), action(page, 'save').click()])
    await waitForScript(page, 'gtm')
    await settle(page)
    const consent = await consentOf(page)
    expect(consent?.categories).toMatchObject({ analytics: false, marketing: true })
    expect(await loadedScripts(page)).not.toContain('hotjar')
  })

  it('offers the floating button after a decision, which opens the preferences again', async () => {
    const { page } = await demo.open('/')
    await action(page, 'reject-all').click()
    const reopen = page.locator('#koekje-reopen button')
    await expect.poll(() => reopen.isVisible()).toBe(true)
    await reopen.click()
    await expect.poll(() => page.locator('#koekje [role="dialog"]').isVisible()).toBe(true)
  })
})
