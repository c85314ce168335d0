// What only a real browser can judge: axe-core's checks on the rendered
// interface (shadow root included), layout shift, focus not hidden behind
// the banner, and the language.
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useDemoBrowser } from './harness'

const demo = useDemoBrowser()
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url))

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** axe-core's serious and critical violations inside `include` (it looks into open shadow roots). */
async function seriousViolations(page: Page, include: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async (selectors) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe
    const result = await axe.run({ include: selectors.map((s) => [s]) }, { resultTypes: ['violations'] })
    return result.violations
  }, include)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)
}

/** Serves the demo page with its `<html lang>` and Koekje's tag changed, to try other languages. */
async function openWith(path: string, edit: (html: string) => string) {
  const tracked = await demo.open(path)
  await tracked.page.route(new URL(path, demo.url).href, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: edit(await response.text()) })
  })
  await tracked.page.reload()
  return tracked
}

describe('accessibility in a real browser', () => {
  it('has no serious or critical axe violation on the banner', async () => {
    const { page } = await demo.open('/')
    await page.locator('#koekje section').waitFor()
    expect(await seriousViolations(page, ['#koekje'])).toEqual([])
  })

  it('has no serious or critical axe violation in the preferences centre, services unfolded', async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="preferences"]').click()
    await page.locator('#koekje [role="dialog"]').waitFor()
    await page.evaluate(() => {
      for (const details of document.querySelector('#koekje')!.shadowRoot!.querySelectorAll('details'))
        details.open = true
    })
    expect(await seriousViolations(page, ['#koekje'])).toEqual([])
  })

  it('has no serious or critical axe violation in the declaration and do-not-track switch of the cookie page', async () => {
    const { page } = await demo.open('/cookies/')
    await page.locator('.koekje-declaration').waitFor()
    await page.locator('[data-koekje="do-not-track"] input').waitFor()
    expect(
      await seriousViolations(page, ['[data-koekje="declaration"]', '[data-koekje="do-not-track"]', '#koekje']),
    ).toEqual([])
  })

  it('shifts no layout when the banner appears', async () => {
    const { page } = await demo.open('/')
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number }
      w.__cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.reload()
    await page.locator('#koekje section').waitFor()
    await page.waitForTimeout(500)
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0)
  })

  it('keeps scroll padding the height of the banner, so a focused link is never hidden behind it', async () => {
    const { page } = await demo.open('/', { viewport: { width: 360, height: 740 } })
    const banner = page.locator('#koekje section')
    await banner.waitFor()
    await expect
      .poll(() => page.evaluate(() => document.documentElement.style.scrollPaddingBottom))
      .toBe(`${await banner.evaluate((el) => (el as HTMLElement).offsetHeight)}px`)
    // Focus a link far down the page: the browser scrolls it into view above the banner.
    await page.locator('footer a[href="/cookies/"]').focus()
    const [link, top] = await Promise.all([
      page.locator('footer a[href="/cookies/"]').boundingBox(),
      banner.boundingBox(),
    ])
    expect(link!.y + link!.height).toBeLessThanOrEqual(top!.y)
    await page.locator('[data-koekje-action="reject-all"]').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('')
  })
})

describe('reflow', () => {
  /** Elements of the widget that stick out of the viewport sideways. */
  const sticksOut = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth
      return [...document.querySelector('#koekje')!.shadowRoot!.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => el.outerHTML.slice(0, 60))
    })

  it('fits 320 px at twice the text size, banner and preferences, without sideways scrolling', async () => {
    const { page } = await demo.open('/', { viewport: { width: 320, height: 640 } })
    // The visitor's text size: the widget sizes itself in em of it (all: initial on the host).
    await page.addStyleTag({ content: '#koekje { font-size: 32px }' })
    await page.locator('#koekje section').waitFor()
    expect(await sticksOut(page)).toEqual([])
    await page.locator('[data-koekje-action="preferences"]').click()
    await page.locator('#koekje summary').nth(1).click()
    expect(await sticksOut(page)).toEqual([])
    // The dialog scrolls inside itself instead of growing past the screen.
    const box = (await page.locator('#koekje [role="dialog"]').boundingBox())!
    expect(box.height).toBeLessThanOrEqual(640)
  })
})

describe('the banner on a small screen, which stays usable behind it', () => {
  /** The banner's height and its three choices' boxes, all in viewport pixels. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const banner = document.querySelector('#koekje')!.shadowRoot!.querySelector('section')!
      const box = (el: Element) => {
        const { top, bottom, width, height } = el.getBoundingClientRect()
        return { top, bottom, width, height }
      }
      return { banner: box(banner), choices: [...banner.querySelectorAll('button')].map(box) }
    })

  /** Each choice whole on screen, all three the same size (refusing as easy as accepting). */
  const expectChoicesInViewAndEqual = (
    choices: { top: number; bottom: number; width: number; height: number }[],
    height: number,
  ) => {
    expect(choices).toHaveLength(3)
    for (const choice of choices) {
      expect(choice.top).toBeGreaterThanOrEqual(0)
      expect(choice.bottom).toBeLessThanOrEqual(height)
      expect(choice.width).toBe(choices[0]!.width)
      expect(choice.height).toBe(choices[0]!.height)
    }
  }

  it('takes at most half of a 320 × 568 screen, its text scrolling, its three choices in view and equal', async () => {
    const { page } = await demo.open('/', { viewport: { width: 320, height: 568 } })
    await page.locator('#koekje section').waitFor()
    const { banner, choices } = await layout(page)
    expect(banner.height).toBeLessThanOrEqual(568 / 2)
    expectChoicesInViewAndEqual(choices, 568)
    // The text that no longer fits scrolls inside the banner.
    expect(
      await page
        .locator('#koekje section > div')
        .first()
        .evaluate((t) => t.scrollHeight > t.clientHeight),
    ).toBe(true)
  })

  /** Window error events (a ResizeObserver loop is reported there) and the page's layout shift, from the first frame. */
  const watch = (page: Page) =>
    page.addInitScript(() => {
      const w = window as unknown as { __errors: string[]; __cls: number }
      w.__errors = []
      w.__cls = 0
      window.addEventListener('error', (event) => w.__errors.push(event.message))
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })

  it('shifts no layout and raises no error as it appears at half of a 360 × 640 screen', async () => {
    const { page } = await demo.open('/', { viewport: { width: 360, height: 640 } })
    await watch(page)
    await page.reload()
    await page.locator('#koekje section').waitFor()
    await page.waitForTimeout(500)
    // A site's error monitoring would see a "ResizeObserver loop" error.
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0)
  })

  it('shows its focused privacy link whole on a landscape phone at twice the text size', async () => {
    const { page } = await demo.open('/', { viewport: { width: 640, height: 360 } })
    await page.addStyleTag({ content: '#koekje { font-size: 32px }' })
    await page.locator('#koekje section').waitFor()
    await page.waitForTimeout(300)
    const link = page.locator('#koekje section a').first()
    await link.focus()
    await page.waitForTimeout(200)
    // The part of the link that no scrolling ancestor nor the viewport clips.
    const { height, visible } = await link.evaluate((a) => {
      const box = a.getBoundingClientRect()
      let top = Math.max(0, box.top)
      let bottom = Math.min(innerHeight, box.bottom)
      for (let e = a.parentElement; e; e = e.parentElement) {
        if (getComputedStyle(e).overflowY === 'visible') continue
        const r = e.getBoundingClientRect()
        top = Math.max(top, r.top + e.clientTop)
        bottom = Math.min(bottom, r.top + e.clientTop + e.clientHeight)
      }
      return { height: box.height, visible: Math.max(0, bottom - top) }
    })
    expect(visible).toBeGreaterThanOrEqual(height - 1)
  })

  it('leaves part of the page in view at 320 px and twice the text size, so a focused page link is not hidden', async () => {
    const { page } = await demo.open('/', { viewport: { width: 320, height: 640 } })
    await page.addStyleTag({ content: '#koekje { font-size: 32px }' })
    await page.locator('#koekje section').waitFor()
    await page.waitForTimeout(200)
    const { banner, choices } = await layout(page)
    expectChoicesInViewAndEqual(choices, 640)
    const link = page.locator('footer a[href="/cookies/"]')
    await link.focus()
    const box = (await link.boundingBox())!
    // The browser scrolled the link into the part of the page above the banner.
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(banner.top)
  })
})

describe('the language in a real browser', () => {
  it('speaks Dutch on a Dutch page', async () => {
    const { page } = await demo.open('/', { locale: 'en-US' })
    await page.locator('#koekje section').waitFor()
    expect(await page.locator('#koekje').getAttribute('lang')).toBe('nl')
    expect(await page.locator('[data-koekje-action="reject-all"]').textContent()).toBe('Alles weigeren')
  })

  it('speaks English on an English page', async () => {
    const { page } = await openWith('/', (html) => html.replace('<html lang="nl">', '<html lang="en-GB">'))
    await page.locator('#koekje section').waitFor()
    expect(await page.locator('#koekje').getAttribute('lang')).toBe('en')
    expect(await page.locator('[data-koekje-action="reject-all"]').textContent()).toBe('Reject all')
  })

  it('follows data-lang on the script tag over the page language', async () => {
    const { page } = await openWith('/cookies/', (html) =>
      html.replace('<script src="/koekje/koekje.js"', '<script data-lang="en" src="/koekje/koekje.js"'),
    )
    await page.locator('.koekje-declaration').waitFor()
    expect(await page.locator('#koekje').getAttribute('lang')).toBe('en')
    expect(await page.locator('.koekje-declaration th').first().textContent()).toBe('Service')
  })
})

describe('colours and motion in a real browser', () => {
  /** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const dialogColours = (page: Page) =>
    page
      .locator('#koekje [role="dialog"]')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color] as const)

  /** Opens the preferences in this colour scheme; the page and the dialog's background and text colours. */
  const openDialogIn = async (colorScheme: 'dark' | 'light') => {
    const { page } = await demo.open('/')
    await page.emulateMedia({ colorScheme })
    await page.locator('[data-koekje-action="preferences"]').click()
    const [background, text] = await dialogColours(page)
    return { page, background, text }
  }

  it('turns dark in dark mode, with no serious axe violation', async () => {
    const { page, background, text } = await openDialogIn('dark')
    expect(luminance(background)).toBeLessThan(0.05)
    expect(luminance(text)).toBeGreaterThan(0.8)
    expect(await seriousViolations(page, ['#koekje'])).toEqual([])
  })

  it('is light in light mode', async () => {
    const { background, text } = await openDialogIn('light')
    expect(luminance(background)).toBeGreaterThan(0.9)
    expect(luminance(text)).toBeLessThan(0.05)
  })

  it('takes the site theme from the custom properties', async () => {
    const { page } = await demo.open('/')
    await page.addStyleTag({
      content: ':root { --koekje-bg: #fdf6e3; --koekje-fg: #073642; --koekje-accent: #b00020 }',
    })
    await page.locator('[data-koekje-action="preferences"]').click()
    expect(await dialogColours(page)).toEqual(['rgb(253, 246, 227)', 'rgb(7, 54, 66)'])
    const save = page.locator('[data-koekje-action="save"]')
    expect(await save.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(176, 0, 32)')
  })

  it('slides the switches only for visitors who did not ask for reduced motion', async () => {
    const { page } = await demo.open('/')
    await page.locator('[data-koekje-action="preferences"]').click()
    const duration = () =>
      page
        .locator('#koekje [data-koekje-category="analytics"]')
        .evaluate((el) => getComputedStyle(el).transitionDuration)
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await duration()).toBe('0.2s')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await duration()).toBe('0s')
  })
})
