// The demo server sends what a real host would for Koekje's files, because the
// browser tests (and anyone measuring the demo) see exactly those headers.
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, demo.url), { headers, redirect: 'manual' })

describe('the demo server', () => {
  it('serves demo pages by folder and redirects a folder without its slash', async () => {
    const page = await get('/cookies/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await page.text()).toContain('data-koekje="declaration"')

    const redirect = await get('/cookies?csp=strict')
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/cookies/?csp=strict')
  })

  it("gzips Koekje's script and lets browsers keep it for an hour", async () => {
    const script = await get('/koekje/koekje.js', { 'accept-encoding': 'gzip' })
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('cache-control')).toBe('public, max-age=3600')
    // fetch decodes the body itself; the header says what travelled.
    expect(script.headers.get('content-encoding')).toBe('gzip')
  })

  it('points DevTools at each bundle’s source map by header, since the bundles carry no comment', async () => {
    for (const file of ['koekje.js', 'koekje-ui.js', 'koekje-preferences.js', 'koekje-button.js']) {
      const script = await get(`/koekje/${file}`)
      expect(await script.text()).not.toContain('sourceMappingURL')
      const mapUrl = new URL(script.headers.get('sourcemap') ?? 'missing', script.url)
      const map = await (await get(mapUrl.pathname)).json()
      expect(map.file).toBe(file)
      expect(map.sources.some((source: string) => source.includes('src/'))).toBe(true)
    }
  })

  it('makes the catalogue revalidate every time, answering a repeat view with a 304', async () => {
    const first = await get('/koekje/catalogue.json')
    expect(first.headers.get('cache-control')).toBe('no-cache')
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()

    const repeat = await get('/koekje/catalogue.json', { 'if-none-match': etag! })
    expect(repeat.status).toBe(304)
    expect(await repeat.text()).toBe('')
  })

  it('refuses paths that climb out of demo/ and dist/', async () => {
    for (const path of [
      '/%2e%2e/package.json',
      '/koekje/..%2fpackage.json',
      '/koekje/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })

  it('adds a nonce-only CSP with ?csp=strict and writes its nonce into the page', async () => {
    const page = await get('/?csp=strict')
    const csp = page.headers.get('content-security-policy') ?? ''
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).not.toContain('unsafe-inline')
    const html = await page.text()
    expect(html).toContain(`<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json" nonce="${nonce}">`)
    expect(html).not.toContain('{{nonce}}')

    const plain = await get('/')
    expect(plain.headers.get('content-security-policy')).toBeNull()
    expect(await plain.text()).not.toContain('nonce="')
  })
})
