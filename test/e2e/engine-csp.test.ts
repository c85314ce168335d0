// A strict Content-Security-Policy (`script-src 'nonce-…'`, no
// 'unsafe-inline', no 'strict-dynamic'): a script Koekje releases runs only
// if it carries the nonce of Koekje's own tag.
import { describe, expect, it } from 'vitest'
import { readDataLayer, settle, useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

const GA = 'gtag:G-XXXXXXXXXX'

describe('under a strict CSP with a nonce', () => {
  it('refuses a script without the nonce, so the policy is really in force', async () => {
    const { page } = await demo.open('/?csp=strict')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.text = 'window.__withoutNonce = true'
      document.head.append(script)
    })
    await settle(page, 100)
    expect(await page.evaluate(() => (window as { __withoutNonce?: boolean }).__withoutNonce)).toBeUndefined()
  })

  it('gives every script it releases the nonce, and they run', async () => {
    const { page } = await demo.open('/?csp=strict')
    await waitForScript(page, 'gtm')
    await page.evaluate(() => window.koekje!.accept(['analytics']))
    await waitForScript(page, GA)
    await settle(page)

    const nonce = await page.evaluate(
      () => document.querySelector<HTMLScriptElement>('script[src="/koekje/koekje.js"]')!.nonce,
    )
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/)
    const nonces = await page.evaluate(() => (window as { __nonces?: Record<string, string> }).__nonces!)
    expect(nonces[GA]).toBe(nonce)
    const released = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>('script[data-koekje-activated]')].map((s) => s.nonce),
    )
    expect(released.length).toBeGreaterThanOrEqual(4)
    expect(released.every((n) => n === nonce)).toBe(true)
    // The inline configuration ran too: inline scripts need the nonce as much as external ones.
    const dataLayer = await readDataLayer(page)
    expect(dataLayer.some((e) => 'gtag' in e && e.gtag[0] === 'config' && e.gtag[1] === 'G-XXXXXXXXXX')).toBe(true)
    expect(await page.evaluate(() => typeof (window as { hj?: unknown }).hj)).toBe('function')
  })
})

// A site whose CSP allows its own files ('self') and nonces its inline scripts: Koekje's tag needs
// no nonce there (and the GTM template cannot give it one), but the site's held-back inline scripts
// carry the page's nonce. Chromium hides a nonce attribute from getAttribute under a CSP header, so
// copying attributes alone would release them with nonce="".
describe('under a CSP that allows its own files and nonces inline scripts', () => {
  it('releases a script with the page’s own nonce when Koekje’s tag has none', async () => {
    const { page, errors } = await demo.open('/own-nonce.html', {
      headers: { 'Content-Security-Policy': "script-src 'self' 'nonce-PageNonce123'" },
      pages: {
        '/own-nonce.html': `<!doctype html><html><head>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
<script nonce="PageNonce123">window.__pageInline = true</script>
<script type="text/plain" nonce="PageNonce123" data-category="functional" data-service="chat">window.__chat = true</script>
</head><body><p>page</p></body></html>`,
      },
    })
    await page.waitForSelector('script[data-service="chat"][data-koekje-activated]', { state: 'attached' })
    await settle(page)
    expect(await page.evaluate(() => (window as { __pageInline?: boolean }).__pageInline)).toBe(true)
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as { __chat?: boolean }).__chat)).toBe(true)
  })
})
