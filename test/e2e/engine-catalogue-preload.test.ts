// The README's optional preload of the catalogue must be the very request
// Koekje reads: same URL, same mode and credentials. A mismatch would cost a
// second request on every page view instead of saving time.
import { describe, expect, it } from 'vitest'
import { useDemoBrowser, waitForScript } from './harness'

const demo = useDemoBrowser()

/** Resource Timing entries of the catalogue: the preload, and a second one only if fetch() did not use it. */
const catalogueRequests = (path: string) =>
  demo.open(path).then(async ({ page }) => {
    await waitForScript(page, 'gtm')
    return page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/koekje/catalogue.json'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    )
  })

describe("the demo's preload of the catalogue", () => {
  it('is the one request Koekje reads the catalogue from', async () => {
    expect(await catalogueRequests('/')).toEqual(['link'])
  })

  it('is used under a strict Content Security Policy too', async () => {
    expect(await catalogueRequests('/?csp=strict')).toEqual(['link'])
  })
})
