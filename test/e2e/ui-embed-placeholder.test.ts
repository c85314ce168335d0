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

/** Serves the page on the demo server's origin, with a strict nonce-based CSP when asked. */
const openSitePage = (options: { csp?: boolean; cookies?: { name: string; value: string }[] } = {}) =>
  demo.open('/video.html', {
    cookies: options.cookies,
    pages: { '/video.html': sitePage(options.csp ? NONCE : '') },
    headers: options.csp
      ? {
          'Content-Security-Policy': `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'; frame-src https:; connect-src 'self'`,
        }
      : undefined,
  })

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

describe('an embed placeholder, as the site has it', () => {
  /** A page with `body`, and /frame.html: a same-origin embed with a button of its own. */
  const openWith = (body: string, options: { head?: string; colorScheme?: 'light' | 'dark' } = {}) =>
    demo.open('/site.html', {
      locale: 'en-US',
      colorScheme: options.colorScheme,
      pages: {
        '/site.html': `<!doctype html><html lang="en"><head>${options.head ?? ''}<script src="/koekje/koekje.js"></script></head><body>${body}</body></html>`,
        '/frame.html': '<!doctype html><p>Our map</p><button id="zoom">Zoom in</button>',
      },
    })
  const dialogOpen = (page: Page) =>
    page.evaluate(() => !!document.querySelector('#koekje')?.shadowRoot?.querySelector('[role="dialog"]'))
  const placeholderButton = (page: Page) =>
    page.frameLocator('#f').getByRole('button', { name: 'Open cookie settings' })

  it('leaves the buttons of a same-origin embed alone once it is released', async () => {
    const { page } = await openWith(
      '<iframe id="f" title="Map" data-category="marketing" data-service="google-ads" data-src="/frame.html"></iframe>',
    )
    await placeholderButton(page).waitFor({ timeout: 10_000 })
    await page.evaluate(() => window.koekje!.acceptAll())
    await page.frameLocator('#f').locator('#zoom').click({ timeout: 10_000 })
    await page.waitForTimeout(800)
    expect(await dialogOpen(page)).toBe(false)
  })

  it('offers no button it could not wire in a frame sandboxed to another origin, only the text', async () => {
    const { page } = await openWith(
      `<iframe id="f" title="Video" sandbox="allow-scripts" data-category="marketing" data-service="google-ads" data-src="${VIDEO}"></iframe>`,
    )
    await page.frameLocator('#f').locator('p').waitFor({ timeout: 10_000 })
    expect(await page.frameLocator('#f').locator('button').count()).toBe(0)
  })

  it('keeps its text legible in dark mode on a dark site', async () => {
    const { page } = await openWith(
      `<iframe id="f" title="Video" data-category="marketing" data-service="google-ads" data-src="${VIDEO}"></iframe>`,
      {
        head: '<style>@media (prefers-color-scheme: dark) { body { background: #111; color: #eee } }</style>',
        colorScheme: 'dark',
      },
    )
    const text = page.frameLocator('#f').locator('p')
    await text.waitFor({ timeout: 10_000 })
    const [r, g, b] = (await text.evaluate((p) => getComputedStyle(p).color)).match(/\d+/g)!.map(Number)
    expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!).toBeGreaterThan(128)
  })

  it('gives focus back to its button when the settings it opened close with Escape', async () => {
    const { page } = await openWith(
      `<a href="#a">before</a><iframe id="f" title="Video" data-category="marketing" data-service="google-ads" data-src="${VIDEO}"></iframe><a href="#b">after</a>`,
    )
    await placeholderButton(page).focus({ timeout: 10_000 })
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('#koekje')?.shadowRoot?.activeElement?.id === 'k-t')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialogOpen(page)).toBe(false)
    const frame = page.frame({ url: /about:srcdoc/ })!
    expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON')
  })
})
