// Released scripts run as the page would have run them unblocked: in document order, an inline
// script only with all its text, a `defer` or module script only once the document is parsed, and
// none of them waits for a script the browser will never fetch.
import { describe, expect, it } from 'vitest'
import { settle, useDemoBrowser } from './harness'

const demo = useDemoBrowser()

/** Enough bytes for Chromium to parse what came before them without waiting for the rest. */
const PADDING = `<!-- ${'x'.repeat(4096)} -->`

describe('released while the page is still loading', () => {
  it('run an inline script only once the parser has given it all its text', async () => {
    const { page, finish } = await demo.stream(
      '/streamed.html',
      `<!doctype html><html><head>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
</head><body>
<script>
  // A tag manager's tag (or a chat widget) appends to <body> while the parser is still inside <main>.
  setTimeout(function () {
    var tag = document.createElement('div')
    tag.innerHTML = '<script type="text/plain" data-category="functional">window.__tag = true<\\/script>'
    document.body.appendChild(tag)
  }, 300)
</script>
${PADDING}
<main><p>Hello</p>
<script type="text/plain" data-category="functional">window.__parts = ['a'];
`,
    )
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.waitForFunction(() => !!window.koekje && document.querySelector('body > div'))
    await settle(page, 1000)
    expect(await page.evaluate(() => document.readyState)).toBe('loading')
    finish(`window.__parts.push('b');</script>
<p>The rest of main</p></main><footer>end</footer></body></html>`)
    await page.waitForLoadState('load')
    await expect.poll(() => page.evaluate(() => (window as { __tag?: boolean }).__tag)).toBe(true)
    expect(errors).toEqual([])
    expect(await page.evaluate(() => (window as { __parts?: string[] }).__parts)).toEqual(['a', 'b'])
  })

  it('run an inline script in time for its own DOMContentLoaded listener, as the parser would', async () => {
    const { page, finish } = await demo.stream(
      '/streamed-dcl.html',
      `<!doctype html><html><head>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
<script type="text/plain" data-category="functional" data-service="chat">
  window.__ran = true
  document.addEventListener('DOMContentLoaded', function () { window.__ready = true })
</script>
</head><body>
${PADDING}
<p>A long page…</p>
`,
    )
    await page.waitForFunction(() => !!window.koekje)
    await settle(page, 1000)
    expect(await page.evaluate(() => document.readyState)).toBe('loading')
    finish('<div id="chat-root"></div></body></html>')
    await page.waitForLoadState('load')
    await settle(page, 500)
    const flags = await page.evaluate(() => ({
      ran: (window as { __ran?: boolean }).__ran,
      ready: (window as { __ready?: boolean }).__ready,
    }))
    expect(flags).toEqual({ ran: true, ready: true })
  })

  it('run a defer or module script only once the document is parsed, as unblocked ones would', async () => {
    const context = await demo.newContext()
    // Each says whether the end of the page (which a deferred script may rely on) was parsed when it ran.
    await context.route('**/chat-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `(window.__found = window.__found || {})[${JSON.stringify(new URL(route.request().url()).pathname)}] = !!document.getElementById('chat-root')`,
      }),
    )
    const { page, finish } = await demo.stream(
      '/streamed.html',
      `<!doctype html><html><head>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
<script type="text/plain" data-category="functional" data-service="chat" data-src="/chat-widget.js" defer></script>
<script type="text/plain" data-category="functional" data-service="chat" data-type="module" data-src="/chat-module.js"></script>
</head><body>
${PADDING}
<p>A long page…</p>
`,
      context,
    )
    await page.waitForFunction(() => !!window.koekje)
    await settle(page, 1000)
    finish('<div id="chat-root"></div></body></html>')
    const found = () => page.evaluate(() => (window as { __found?: Record<string, boolean> }).__found)
    await expect.poll(found).toEqual({ '/chat-widget.js': true, '/chat-module.js': true })
  })
})

describe('released scripts', () => {
  it('run past a nomodule script, which a browser with modules never fetches', async () => {
    // A widget that ships a modern and a legacy build, both held back.
    const context = await demo.newContext()
    await context.route('**/widget.*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.__ran.push(${JSON.stringify(new URL(route.request().url()).pathname)})`,
      }),
    )
    await context.route('**/module-pair.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head>
<script>window.__ran = []</script>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
<script type="text/plain" data-category="functional" data-service="chat" data-type="module" data-src="/widget.esm.js"></script>
<script type="text/plain" data-category="functional" data-service="chat" nomodule data-src="/widget.legacy.js"></script>
<script type="text/plain" data-category="functional" data-service="chat">window.__ran.push('config')</script>
</head><body><p>page</p></body></html>`,
      }),
    )
    const page = await context.newPage()
    await page.goto(new URL('/module-pair.html', demo.url).href)
    const ran = () => page.evaluate(() => (window as { __ran?: string[] }).__ran)
    await expect.poll(ran).toContain('/widget.esm.js')
    await settle(page, 1000)
    expect(await ran()).toEqual(['/widget.esm.js', 'config'])
  })

  it('keep an attribute name that setAttribute rejects, and the scripts after it still run', async () => {
    // `data-note="a"="b"` (a template slip) gives an attribute named `="b"`, which the parser accepts.
    const { page } = await demo.open('/odd-markup.html', {
      pages: {
        '/odd-markup.html': `<!doctype html><html><head>
<script>window.__ran = []</script>
<script src="/koekje/koekje.js" data-catalogue="/koekje/catalogue.json"></script>
<script type="text/plain" data-category="functional" data-note="a"="b">window.__ran.push('odd')</script>
<script type="text/plain" data-category="functional">window.__ran.push('next')</script>
</head><body><p>page</p></body></html>`,
      },
    })
    const ran = () => page.evaluate(() => (window as { __ran?: string[] }).__ran)
    await expect.poll(ran).toEqual(['odd', 'next'])
    expect(await page.evaluate(() => document.querySelector('[data-koekje-activated]')!.hasAttribute('="b"'))).toBe(
      true,
    )
  })
})
