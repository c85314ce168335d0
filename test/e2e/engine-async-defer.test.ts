// The README promises that koekje.js works with `async` and `defer` as well as
// a plain tag: it must still find its own tag, its catalogue and its UI.
import { describe, expect, it } from 'vitest'
import { settle, useDemoBrowser } from './harness'

const demo = useDemoBrowser()

/** A minimal site page whose Koekje tag carries the given attribute. */
const pageWith = (attribute: string) => `<!doctype html>
<html lang="en"><head>
  <script ${attribute} src="/koekje/koekje.js" data-catalogue="/elsewhere/cookies.json"></script>
  <script type="text/plain" data-category="analytics" data-service="hotjar">
    (window.__ran = window.__ran || []).push('hotjar')
  </script>
</head><body>
  <img id="map" alt="" data-category="functional" data-service="google-maps" data-src="/favicon.svg">
  <p>Content</p>
</body></html>`

describe.each(['async', 'defer'])('a <script %s> tag', (attribute) => {
  it('finds its catalogue and UI, holds analytics back, and releases it on accept', async () => {
    const { page, context } = await demo.open('/')
    const catalogue = await (await fetch(new URL('/koekje/catalogue.json', demo.url))).text()
    await context.route('**/variant.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: pageWith(attribute) }),
    )
    // Only the data-catalogue URL answers: a Koekje that missed its own tag would fall back to the default and fail.
    await context.route('**/elsewhere/cookies.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: catalogue }),
    )
    await context.route('**/koekje/catalogue.json', (route) => route.fulfill({ status: 404 }))
    await page.goto(new URL('/variant.html', demo.url).href)

    // The banner can only show once the catalogue was found and the UI loaded from beside the script.
    await page.locator('#koekje section').waitFor()
    expect(await page.locator('#koekje section h2').textContent()).toBe('Cookies on this website')
    await page.waitForSelector('#map[data-koekje-activated]', { state: 'attached' })
    await settle(page)
    expect(await page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])).toEqual([])

    await page.locator('[data-koekje-action="accept-all"]').click()
    await expect.poll(() => page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])).toEqual(['hotjar'])
  })
})
