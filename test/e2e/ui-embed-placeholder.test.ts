// An embed held back for consent (a video) must say why in its own box, offer
// the way to the settings, and become the real embed once consented, in a
// real browser: srcdoc, its style under a strict CSP, and the release.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()
const VIDEO = 'https://video.example/embed/42'
const NONCE = 'cGxhY2Vob2xkZXI='

const sitePage = (nonce = '') => `<!doctype html>
<html lang="en"><head>
  <script src="/koekje/koekje.js"${nonce && ` nonce="${nonce}"`}></script>
</head><body>
  <h1>Our product in two minutes</h1>
  <iframe id="video" title="Product video" width="480" height="270"
    data-category="marketing" data-service="google-ads" data-src="${VIDEO}"></iframe>
</body></html>`

/** Serves the page on the demo server's origin, with the strict CSP of `?csp=strict` when asked. */
const openSitePage = async (options: { csp?: boolean; cookies?: { name: string; value: string }[] } = {}) => {
  const tracked = await demo.open('/', { cookies: options.cookies })
  const headers: Record<string, string> = options.csp
    ? {
        'Content-Security-Policy': `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'; frame-src https:; connect-src 'self'`,
      }
    : {}
  await tracked.context.route('**/video.html', (route) =>
    route.fulfill({ contentType: 'text/html', headers, body: sitePage(options.csp ? NONCE : '') }),
  )
  const errors: string[] = []
  tracked.page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await tracked.page.goto(new URL('/video.html', demo.url).href)
  return { ...tracked, errors }
}

/** What the visitor sees inside the video's box. */
const frameText = (page: Page) => page.frameLocator('#video').locator('body').textContent({ timeout: 10_000 })

describe('an embed held back for consent', () => {
  it('says why in its own box, opens the settings from there, and becomes the embed once consented', async () => {
    const { page, thirdParty } = await openSitePage()
    const box = await page.locator('#video').boundingBox()
    expect(await frameText(page)).toContain('This content is shown only after you allow the cookies of this service.')
    expect(await page.locator('#video').boundingBox()).toEqual(box)
    expect(thirdParty).not.toContain(VIDEO)

    await page.frameLocator('#video').getByRole('button', { name: 'Open cookie settings' }).click()
    await page.locator('#koekje [role="dialog"]').waitFor()

    await page.locator('#koekje [role="dialog"] [data-koekje-action="accept-all"]').click()
    await expect.poll(() => thirdParty.includes(VIDEO)).toBe(true)
    expect(await page.locator('#video').getAttribute('srcdoc')).toBeNull()
    expect(await frameText(page)).toContain('Fake embed of video.example')
  })

  it('explains itself on a repeat view that refused it, without the banner', async () => {
    const first = await openSitePage()
    await first.page.evaluate(() => window.koekje!.rejectAll())
    await expect.poll(async () => (await first.context.cookies()).some((c) => c.name === 'koekje_consent')).toBe(true)
    const cookies = (await first.context.cookies()).map(({ name, value }) => ({ name, value }))

    const { page, thirdParty } = await openSitePage({ cookies })
    expect(await frameText(page)).toContain('This content is shown only after you allow the cookies of this service.')
    expect(await page.locator('#koekje section.b').count()).toBe(0)
    expect(thirdParty).not.toContain(VIDEO)
  })

  it('is styled under a strict Content Security Policy, with no violation', async () => {
    const { page, errors } = await openSitePage({ csp: true })
    expect(await frameText(page)).toContain('This content is shown only after')
    const align = await page
      .frameLocator('#video')
      .locator('body')
      .evaluate((body) => getComputedStyle(body).textAlign)
    expect(align).toBe('center')
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
  })
})
