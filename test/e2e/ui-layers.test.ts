// The interface in two layers, in real Chromium: the banner (koekje-ui.js,
// no Preact) is all a first visit fetches; the Preact layer with the
// preferences (koekje-preferences.js) comes only when they are wanted.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { settle, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

const fetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop()!)
      .filter((name) => name.startsWith('koekje')),
  )

describe('the two layers of the interface', () => {
  it('shows the banner and decides from it without fetching the preferences layer', async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="accept-all"]').click()
    await waitForScript(page, 'hotjar')
    await settle(page)
    const files = await fetched(page)
    expect(files).toContain('koekje-ui.js')
    expect(files).not.toContain('koekje-preferences.js')
  })

  it('fetches the preferences layer when Settings is pressed, and shows the dialog', async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="preferences"]').click()
    await expect.poll(() => page.locator('#koekje [role="dialog"]').isVisible()).toBe(true)
    expect(await fetched(page)).toContain('koekje-preferences.js')
  })

  it('opens the preferences from a page link on a repeat view, through both layers', async () => {
    const { page, context } = await demo.open('/')
    await page.locator('[data-koekje-action="reject-all"]').click()
    await expect.poll(() => page.evaluate(() => !!window.koekje!.getConsent())).toBe(true)
    const again = await context.newPage()
    await again.goto(page.url())
    await again.locator('footer [data-koekje="preferences"]').click()
    await expect.poll(() => again.locator('#koekje [role="dialog"]').isVisible()).toBe(true)
    expect(await fetched(again)).toEqual(expect.arrayContaining(['koekje-ui.js', 'koekje-preferences.js']))
  })
})
