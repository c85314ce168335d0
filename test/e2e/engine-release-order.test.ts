// Released scripts run as the page would have run them unblocked: in document order, and
// none of them waits for a script the browser will never fetch.
import { describe, expect, it } from 'vitest'
import { settle, useDemoBrowser } from './harness'

const demo = useDemoBrowser()

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
})
