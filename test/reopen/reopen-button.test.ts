import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ButtonModule, KoekjeApi } from '../../src/types'
import { makeCatalogue } from '../fixtures/catalogue'

/** The floating button as koekje-button.js ships it: through the global its entry sets. */
let bundle: ButtonModule
beforeAll(async () => {
  window.koekjeButton = undefined
  await import('../../src/button-entry')
  bundle = window.koekjeButton!
})

const button = () => document.getElementById('koekje-reopen')?.shadowRoot?.querySelector('button')
const api = (showPreferences = vi.fn()) => ({ showPreferences }) as unknown as KoekjeApi
const show = (catalogue = makeCatalogue(), requestedLang: string | null = 'nl', open = vi.fn(), focus = false) =>
  bundle.show({ catalogue, requestedLang, api: api(open) }, focus)

afterEach(() => {
  document.body.innerHTML = ''
  document.documentElement.removeAttribute('lang')
})

describe('the floating cookie-settings button', () => {
  it('is a real button named by its visible label, that opens the preferences', () => {
    const open = vi.fn()
    show(makeCatalogue(), 'nl', open)
    expect(button()?.textContent).toBe('Cookie-instellingen')
    expect(button()?.type).toBe('button')
    button()?.click()
    expect(open).toHaveBeenCalledOnce()
  })

  it('speaks the language of the page when the tag asks for none', () => {
    document.documentElement.setAttribute('lang', 'en-GB')
    show(makeCatalogue(), null)
    expect(button()?.textContent).toBe('Cookie settings')
  })

  // A screen reader must know the label's language when the widget's differs from the page's.
  it('is marked with the language of its label, not the page', () => {
    document.documentElement.setAttribute('lang', 'nl')
    show(makeCatalogue(), 'en')
    expect(button()?.textContent).toBe('Cookie settings')
    expect(document.getElementById('koekje-reopen')?.lang).toBe('en')
  })

  it('shows once however often it is asked for', () => {
    show(makeCatalogue(), 'nl')
    show(makeCatalogue(), 'en')
    expect(document.querySelectorAll('#koekje-reopen')).toHaveLength(1)
    expect(button()?.textContent).toBe('Cookie-instellingen')
  })

  it('sits on the side the catalogue names, styled without inline style attributes', () => {
    show(makeCatalogue({ ui: { floatingButtonPosition: 'right' } }))
    expect(button()?.className).toBe('right')
    expect(document.querySelector('[style]')).toBeNull()
    expect(button()?.hasAttribute('style')).toBe(false)
  })

  it('sits bottom left unless the catalogue says otherwise, in a shadow root with its own stylesheet', () => {
    show()
    expect(button()?.className).toBe('left')
    expect(document.getElementById('koekje-reopen')?.shadowRoot?.adoptedStyleSheets).toHaveLength(1)
  })

  it('takes the focus a closed dialog left on the page body, and only then', () => {
    show(makeCatalogue(), 'nl', vi.fn(), true)
    expect(document.activeElement).toBe(document.getElementById('koekje-reopen'))
    document.body.innerHTML = '<input id="search">'
    document.getElementById('search')!.focus()
    show(makeCatalogue(), 'nl', vi.fn(), true)
    expect(document.activeElement?.id).toBe('search')
  })

  it('leaves the focus alone on a page view that merely finds a stored decision', () => {
    show()
    expect(document.activeElement).toBe(document.body)
  })
})
