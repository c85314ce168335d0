// Both layers with the keyboard alone, in real Chromium: real Tab order,
// real focus, real Enter and Escape.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()

/** What has focus, looking into shadow roots: its action, switch or tag name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el) return 'none'
    const data = (el as HTMLElement).dataset ?? {}
    return data.koekjeAction ?? (data.koekjeCategory && `category:${data.koekjeCategory}`) ?? el.tagName.toLowerCase()
  })

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: string, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if ((await focused(page)) === target) return presses
  }
  throw new Error(`${target} never got focus in ${max} presses of Tab`)
}

const bannerReady = (page: Page) => page.locator('#koekje section').waitFor()

/** Opens the demo's home page and, by keyboard alone, the preferences from the banner's Settings. */
const openPreferencesByKeyboard = async (viewport?: { width: number; height: number }) => {
  const { page } = await demo.open('/', { viewport })
  await bannerReady(page)
  await tabTo(page, 'preferences')
  await page.keyboard.press('Enter')
  return page
}

describe('the interface with the keyboard only', () => {
  it('leaves focus on the page at load, and lets Tab reach Refuse, where Enter decides', async () => {
    const { page } = await demo.open('/')
    await bannerReady(page)
    expect(await focused(page)).toBe('body')
    await tabTo(page, 'reject-all')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => window.koekje!.getConsent()?.categories.analytics)).toBe(false)
    await expect.poll(() => page.locator('#koekje section').count()).toBe(0)
  })

  it('opens the preferences from Settings with Enter and moves focus into the dialog', async () => {
    const page = await openPreferencesByKeyboard()
    await expect.poll(() => focused(page)).toBe('h2')
    expect(
      await page.evaluate(
        () => document.querySelector('#koekje')!.shadowRoot!.activeElement?.closest('[role="dialog"]') !== null,
      ),
    ).toBe(true)
  })

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const page = await openPreferencesByKeyboard()
    const presses = await tabTo(page, 'save', 40)
    expect(presses).toBeGreaterThan(3)
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button') // the close button, first in the dialog
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('save')
    // Every stop between the two edges is inside the dialog.
    for (let i = 0; i < presses + 2; i++) {
      await page.keyboard.press('Tab')
      const inside = await page.evaluate(() => {
        const el = document.querySelector('#koekje')!.shadowRoot!.activeElement
        return !!el?.closest('[role="dialog"]')
      })
      expect(inside).toBe(true)
    }
  })

  // WCAG 2.4.11: where the dialog's buttons stick to its bottom, they never cover the control with focus.
  it('scrolls each control it tabs to above the sticky buttons of the dialog', async () => {
    const page = await openPreferencesByKeyboard({ width: 1280, height: 720 })
    await expect.poll(() => focused(page)).toBe('h2')
    await page.evaluate(() => {
      for (const details of document.querySelector('#koekje')!.shadowRoot!.querySelectorAll('details'))
        details.open = true
    })
    const covered: string[] = []
    for (let presses = 0; presses < 60 && (await focused(page)) !== 'save'; presses++) {
      await page.keyboard.press('Tab')
      const name = await page.evaluate(() => {
        const root = document.querySelector('#koekje')!.shadowRoot!
        const el = root.activeElement as HTMLElement
        const bar = root.querySelector('[role="dialog"] > .k')!.getBoundingClientRect()
        return !el.closest('.k') && el.getBoundingClientRect().bottom > bar.top ? el.id || el.textContent : ''
      })
      if (name) covered.push(name)
    }
    expect(await focused(page)).toBe('save')
    expect(covered).toEqual([])
  })

  it('switches a category with Space and saves it with Enter', async () => {
    const page = await openPreferencesByKeyboard()
    await tabTo(page, 'category:marketing', 40)
    await page.keyboard.press('Space')
    await tabTo(page, 'save', 40)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate(() => window.koekje!.getConsent()?.categories))
      .toMatchObject({
        analytics: false,
        marketing: true,
      })
  })

  it('closes with Escape without deciding, back to the banner, with focus back on Settings', async () => {
    const page = await openPreferencesByKeyboard()
    await expect.poll(() => focused(page)).toBe('h2')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#koekje [role="dialog"]').count()).toBe(0)
    expect(await focused(page)).toBe('preferences')
    expect(await page.locator('#koekje section').isVisible()).toBe(true)
    expect(await page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })

  it('gives focus back to the page link that opened the preferences after a decision', async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="reject-all"]').click()
    await expect.poll(() => page.locator('#koekje section').count()).toBe(0)
    const link = page.locator('footer [data-koekje="preferences"]')
    await link.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('h2')
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-koekje')))
      .toBe('preferences')
  })

  it('hands focus to the floating settings button after a decision in a dialog opened from the banner', async () => {
    const page = await openPreferencesByKeyboard()
    await expect.poll(() => focused(page)).toBe('h2')
    await tabTo(page, 'save', 40)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('koekje-reopen')
    expect(await page.evaluate(() => window.koekje!.getConsent()?.categories.analytics)).toBe(false)
  })
})

describe('the keys of the dialog after a mouse click', () => {
  /** Opens the preferences with the mouse, from the banner's Settings. */
  const openPreferencesByMouse = async () => {
    const { page } = await demo.open('/', { viewport: { width: 1280, height: 720 } })
    await page.locator('#koekje [data-koekje-action="preferences"]').click()
    await expect.poll(() => focused(page)).toBe('h2')
    return page
  }
  const inDialog = (page: Page) =>
    page.evaluate(() => !!document.querySelector('#koekje')!.shadowRoot!.activeElement?.closest('[role="dialog"]'))

  it('still closes with Escape after a click on its text', async () => {
    const page = await openPreferencesByMouse()
    await page.locator('#koekje [role="dialog"] > p').first().click()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#koekje [role="dialog"]').count()).toBe(0)
    expect(await page.evaluate(() => window.koekje!.getConsent())).toBeNull()
  })

  it('brings Tab and Shift+Tab back into the dialog after a click on the backdrop', async () => {
    const page = await openPreferencesByMouse()
    await page.mouse.click(60, 400) // the dimmed backdrop, left of the dialog
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('save')
    await page.mouse.click(60, 400)
    await page.keyboard.press('Tab')
    expect(await inDialog(page)).toBe(true)
    await page.mouse.click(60, 400)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#koekje [role="dialog"]').count()).toBe(0)
  })
})

describe('the dialog’s keys and a modal dialog of the site’s own', () => {
  it('leaves Tab and Escape to a modal <dialog> the site opens over the preferences', async () => {
    const { page } = await demo.open('/site.html', {
      locale: 'en-US',
      pages: {
        '/site.html': `<!doctype html><html lang="en"><head><script src="/koekje/koekje.js"></script></head><body>
          <dialog id="news"><form method="dialog"><input id="email"><button id="ok">Subscribe</button></form></dialog></body></html>`,
      },
    })
    await page.locator('#koekje section').waitFor()
    await page.evaluate(() => window.koekje!.showPreferences())
    await page.waitForFunction(() => document.querySelector('#koekje')?.shadowRoot?.activeElement?.id === 'k-t')
    // A newsletter pop-up on a timer: a modal in the top layer, over everything.
    await page.evaluate(() => (document.querySelector('#news') as HTMLDialogElement).showModal())
    await page.locator('#email').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ok')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => (document.querySelector('#news') as HTMLDialogElement).open)).toBe(false)
  })
})
