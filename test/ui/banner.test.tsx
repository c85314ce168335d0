import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultCatalogue, mountUi, resetPage } from './fake-host'

afterEach(() => {
  resetPage()
  vi.unstubAllGlobals()
})

/** happy-dom has no layout: records what the banner observes, for a test to report sizes as the browser would. */
function recordResizeObservers(): [ResizeObserverCallback, Element][] {
  const observed: [ResizeObserverCallback, Element][] = []
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private callback: ResizeObserverCallback) {}
      observe(target: Element) {
        observed.push([this.callback, target])
      }
      disconnect() {}
    },
  )
  return observed
}

describe('the banner', () => {
  it('shows on a first visit as a labelled region, in its own shadow root, without taking focus', () => {
    const { $ } = mountUi()
    const banner = $('section.b')
    expect(banner?.getAttribute('aria-label')).toBe('Cookies op deze website')
    expect(banner?.querySelector('h2')?.textContent).toBe('Cookies op deze website')
    expect(document.getElementById('koekje')?.parentElement).toBe(document.body)
    expect(document.activeElement).toBe(document.body)
  })

  it('offers accept, refuse and settings with one and the same class', () => {
    const { $$ } = mountUi()
    const buttons = $$('button')
    expect(buttons.map((b) => b.dataset.koekjeAction)).toEqual(['accept-all', 'reject-all', 'preferences'])
    expect(buttons.map((b) => b.textContent)).toEqual(['Alles accepteren', 'Alles weigeren', 'Zelf kiezen'])
    expect(new Set(buttons.map((b) => b.className))).toEqual(new Set(['btn']))
  })

  it('names who processes the data, the optional purposes and links the privacy statement', () => {
    const { $ } = mountUi()
    const text = $('section.b')?.textContent ?? ''
    expect(text).toContain('Codelogic B.V. gebruikt')
    expect(text).not.toContain('{controller}')
    expect($$items($('ul.p'))).toEqual(['Analytische cookies', 'Marketing cookies'])
    const link = $<HTMLAnchorElement>('section.b a')
    expect(link?.href).toBe('https://www.callcenter-software.com/privacy-statement/')
    expect(link?.textContent).toBe('Privacyverklaring')
  })

  // The schema promises the controller "wherever a text contains {controller}", not only the first time.
  it('names the controller at every {controller} of a text', () => {
    const catalogue = defaultCatalogue()
    catalogue.texts.nl!.bannerText = '{controller} gebruikt cookies. Vragen? Neem contact op met {controller}.'
    const { $ } = mountUi({ catalogue })
    expect($('section.b p')?.textContent).toContain(
      'Codelogic B.V. gebruikt cookies. Vragen? Neem contact op met Codelogic B.V..',
    )
  })

  it('accepts everything through the core and closes', () => {
    const { $, calls, host } = mountUi()
    $('[data-koekje-action="accept-all"]')?.click()
    expect(calls.map(([name]) => name)).toEqual(['acceptAll'])
    expect(host.$view.get()).toBe('none')
    expect($('section.b')).toBeNull()
  })

  it('refuses everything through the core and closes', () => {
    const { $, calls } = mountUi()
    $('[data-koekje-action="reject-all"]')?.click()
    expect(calls).toEqual([['rejectAll', { categories: [], services: [] }]])
    expect($('section.b')).toBeNull()
  })

  it('opens the preferences from Settings without deciding anything', () => {
    const { $, calls, host } = mountUi()
    $('[data-koekje-action="preferences"]')?.click()
    expect(host.$view.get()).toBe('preferences')
    expect($('[role="dialog"]')).not.toBeNull()
    expect(calls).toEqual([])
  })

  it('is not shown once the core closes it, and comes back when asked to', () => {
    const { $, host } = mountUi({ view: 'none' })
    expect($('section.b')).toBeNull()
    host.$view.set('banner')
    expect($('section.b')).not.toBeNull()
  })

  it('keeps room for its height: scroll padding on the page and its own host as tall, both undone when it closes', () => {
    const observed = recordResizeObservers()
    document.documentElement.style.scrollPaddingBottom = '7px'
    const { $ } = mountUi()
    const [callback, choices] = observed.find(([, target]) => target === $('[data-koekje-action]')?.parentElement)!
    // happy-dom has no layout: give the banner and its choices a height, and report it as the browser would.
    Object.defineProperty($('section.b'), 'offsetHeight', { value: 180 })
    Object.defineProperty(choices, 'offsetHeight', { value: 148 })
    callback([], {} as ResizeObserver)
    expect(document.documentElement.style.scrollPaddingBottom).toBe('180px')
    expect(document.getElementById('koekje')?.style.height).toBe('180px')
    $('[data-koekje-action="reject-all"]')?.click()
    expect(document.documentElement.style.scrollPaddingBottom).toBe('7px')
    expect(document.getElementById('koekje')?.style.height).toBe('')
  })

  // Its stylesheet caps it at half the screen, but never below what the three choices need.
  it('tells its stylesheet how tall its three choices are', () => {
    const observed = recordResizeObservers()
    const { $ } = mountUi()
    const [callback, choices] = observed.find(([, target]) => target === $('[data-koekje-action]')?.parentElement)!
    Object.defineProperty(choices, 'offsetHeight', { value: 148 })
    callback([], {} as ResizeObserver)
    expect($('section.b')?.style.getPropertyValue('--k')).toBe('148px')
  })

  it('announces "saved" politely after a decision, in a live region that was already there', async () => {
    const { $ } = mountUi()
    const live = $('[aria-live="polite"]')
    expect(live?.textContent).toBe('')
    $('[data-koekje-action="accept-all"]')?.click()
    await expect.poll(() => $('[aria-live="polite"]')?.textContent).toBe('Uw keuze is opgeslagen.')
    expect($('[aria-live="polite"]')).toBe(live)
  })
})

function $$items(list: Element | null): string[] {
  return [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '')
}
