// The floating "cookie settings" button in real Chromium: its bundle is
// fetched only on pages that want it, and it opens the preferences. Each
// test serves its own page and catalogue (the demo's, with `ui` changed)
// beside the built dist/, so the page's own link and the setting are known.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { UiSettings } from '../../src/types'
import { settle, useDemoBrowser } from './harness'

const demo = useDemoBrowser()

const DEMO_CATALOGUE = JSON.parse(readFileSync(new URL('../../dist/catalogue.json', import.meta.url), 'utf8'))
const FOOTER_LINK = '<footer><a href="#" data-koekje="preferences">Cookie-instellingen</a></footer>'

/**
 * A site page with Koekje in <head> and, at the end of <body> where footers
 * are, `footer`. Returns the page and every URL it requested, reloads included.
 */
const openSite = async (ui: UiSettings | undefined, footer: string) => {
  const context = await demo.newContext({ locale: 'nl-NL' })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  // Nothing leaves the machine: only the loopback server answers.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
  await context.route('**/site/catalogue.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...DEMO_CATALOGUE, ui }) }),
  )
  await context.route('**/site/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nl"><head><title>Site</title>
<script src="/koekje/koekje.js" data-catalogue="/site/catalogue.json"></script></head>
<body><main><h1>Callcenter software</h1><p>${'Tekst. '.repeat(200)}</p></main>${footer}</body></html>`,
    }),
  )
  const page = await context.newPage()
  await page.goto(new URL('/site/', demo.url).href)
  return { page, requests }
}

const buttonRequests = (requests: string[]) => requests.filter((url) => url.endsWith('/koekje-button.js'))

describe('the floating cookie-settings button', () => {
  it('is never fetched by default on a site whose footer has its own cookie-settings link', async () => {
    const { page, requests } = await openSite(undefined, FOOTER_LINK)
    await page.evaluate(() => window.koekje!.rejectAll())
    await expect.poll(() => page.evaluate(() => document.cookie)).toContain('koekje_consent=')
    await page.reload()
    await page.waitForFunction(() => window.koekje?.getConsent())
    await settle(page)
    expect(buttonRequests(requests)).toEqual([])
    expect(await page.locator('#koekje-reopen').count()).toBe(0)
    // The site's own link does the button's job.
    await page.locator('footer [data-koekje="preferences"]').click()
    await expect.poll(() => page.locator('#koekje [role="dialog"]').isVisible()).toBe(true)
  })

  it('shows on a repeat view when the catalogue says true, even beside the site’s own link, and opens the preferences', async () => {
    const { page } = await openSite({ floatingButton: true }, FOOTER_LINK)
    await page.evaluate(() => window.koekje!.rejectAll())
    await expect.poll(() => page.evaluate(() => document.cookie)).toContain('koekje_consent=')
    await page.reload()
    const button = page.locator('#koekje-reopen button')
    await expect.poll(() => button.isVisible()).toBe(true)
    expect(await button.textContent()).toBe('Cookie-instellingen')
    expect(await page.locator('#koekje [role="dialog"]').count()).toBe(0)
    await button.click()
    await expect.poll(() => page.locator('#koekje [role="dialog"]').isVisible()).toBe(true)
  })

  it('shows by default on a page without a cookie-settings link of its own', async () => {
    const { page, requests } = await openSite(undefined, '<footer><a href="/privacy/">Privacy</a></footer>')
    await page.evaluate(() => window.koekje!.acceptAll())
    await expect.poll(() => page.locator('#koekje-reopen button').isVisible()).toBe(true)
    expect(buttonRequests(requests)).toHaveLength(1)
  })

  it('loads with the tag’s nonce on the demo under a strict Content Security Policy, with no violation', async () => {
    const { page } = await demo.open('/?csp=strict')
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] }
      w.__violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await page.evaluate(() => window.koekje!.rejectAll())
    await expect.poll(() => page.evaluate(() => document.cookie)).toContain('koekje_consent=')
    await page.reload()
    await expect.poll(() => page.locator('#koekje-reopen button').isVisible()).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([])
  })
})
