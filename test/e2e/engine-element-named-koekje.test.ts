// A browser makes every element id a property of `window` ("named access"),
// so a site's own <div id="koekje"> makes `window.koekje` an element. Koekje
// takes `window.koekje` as the sign that it is already running (a GTM tag and
// a plain tag on one page); an element must not pass for that, or nothing
// would run: no Consent Mode default, no banner.
import { expect, it } from 'vitest'
import { readDataLayer, useDemoBrowser } from './harness'

const demo = useDemoBrowser()

const page = `<!doctype html>
<html lang="en"><head></head><body>
  <div id="koekje">The site's own element</div>
  <script src="/koekje/koekje.js"></script>
</body></html>`

it('starts on a page that has its own element with id="koekje"', async () => {
  const { page: tab } = await demo.open('/named.html', { pages: { '/named.html': page } })

  await tab.locator('#koekje section[aria-label]').waitFor()
  expect(await tab.evaluate(() => typeof window.koekje?.acceptAll)).toBe('function')
  const dataLayer = await readDataLayer(tab)
  expect(dataLayer.some((entry) => 'gtag' in entry && entry.gtag[1] === 'default')).toBe(true)
})
