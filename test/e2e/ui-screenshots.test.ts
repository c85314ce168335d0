// Screenshots of both layers at a desktop and a phone width, for people to
// look at. A test run writes them to test-results/screenshots/ (ignored by
// git, so npm test leaves the tree clean); `KOEKJE_UPDATE_SCREENSHOTS=1`
// writes the committed ones in docs/screenshots/. The checks make sure each
// shot shows what its name says and nothing overflows sideways.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()
const DIR = fileURLToPath(
  new URL(
    process.env.KOEKJE_UPDATE_SCREENSHOTS ? '../../docs/screenshots/' : '../../test-results/screenshots/',
    import.meta.url,
  ),
)

/** Nothing of the widget sticks out of the viewport sideways (usable at 320–360 px). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelector('#koekje')!.shadowRoot!.querySelectorAll('*')]
      .map((el) => el.getBoundingClientRect())
      .some((box) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
  })

describe.each([
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
])('screenshots at $width px', ({ width, height }) => {
  it('shows the banner whole, inside the viewport', async () => {
    mkdirSync(DIR, { recursive: true })
    const { page } = await demo.open('/', { viewport: { width, height } })
    const banner = page.locator('#koekje section')
    await banner.waitFor()
    const box = (await banner.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5)
    expect(await overflowsSideways(page)).toBe(false)
    await page.screenshot({ path: `${DIR}banner-${width}.png` })
  })

  it('shows the preferences centre with its services unfolded', async () => {
    const { page } = await demo.open('/', { viewport: { width, height } })
    await page.locator('[data-koekje-action="preferences"]').click()
    await page.locator('#koekje [role="dialog"]').waitFor()
    await page.locator('#koekje summary').nth(1).click()
    expect(await overflowsSideways(page)).toBe(false)
    // Unfolding scrolled the dialog; the shot shows it from its title.
    await page.locator('#koekje [role="dialog"]').evaluate((dialog) => dialog.scrollTo(0, 0))
    await page.screenshot({ path: `${DIR}preferences-${width}.png` })
  })
})
