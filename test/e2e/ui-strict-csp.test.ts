// The interface under a strict Content-Security-Policy (nonce scripts, no
// 'unsafe-inline' for scripts or styles): it must load, be styled and
// decide without a single violation report.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()

/** Starts collecting CSP violation reports, then reloads so none from the start are missed. */
async function openCollectingViolations(path: string): Promise<Page> {
  const { page } = await demo.open(path)
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    )
  })
  await page.reload()
  return page
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

describe('the interface under a strict CSP', () => {
  it('shows a styled banner and preferences, and decides, with no violation', async () => {
    const page = await openCollectingViolations('/?csp=strict')
    const banner = page.locator('#koekje section')
    await banner.waitFor()
    // Styled by its constructable stylesheet: fixed at the bottom.
    expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('fixed')
    await page.locator('[data-koekje-action="preferences"]').click()
    await page.locator('#koekje [role="dialog"]').waitFor()
    await page.locator('[data-koekje-action="save"]').click()
    await expect.poll(() => page.evaluate(() => window.koekje!.getConsent() !== null)).toBe(true)
    expect(await violations(page)).toEqual([])
  })

  it('renders the cookie page widgets with no violation', async () => {
    const page = await openCollectingViolations('/cookies/?csp=strict')
    await page.locator('.koekje-declaration table').first().waitFor()
    await page.locator('[data-koekje="do-not-track"] input').click()
    await expect.poll(() => page.evaluate(() => document.cookie)).toContain('koekje_dnt=1')
    expect(await violations(page)).toEqual([])
  })
})
