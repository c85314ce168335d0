import { afterEach, describe, expect, it } from 'vitest'
import { consentOf, defaultCatalogue, focused, mountUi, press, resetPage } from './fake-host'

afterEach(resetPage)

describe('the preferences centre as a modal dialog', () => {
  it('is a labelled modal dialog', () => {
    const { $ } = mountUi({ view: 'preferences' })
    const dialog = $('[role="dialog"]')!
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    const title = $(`#${dialog.getAttribute('aria-labelledby')}`)
    expect(title?.textContent).toBe('Cookie-instellingen')
    expect(dialog.contains(title)).toBe(true)
  })

  it('moves focus into itself when Settings opens it', () => {
    const { $ } = mountUi()
    const settings = $('[data-koekje-action="preferences"]')!
    settings.focus()
    settings.click()
    expect($('[role="dialog"]')?.contains(focused())).toBe(true)
  })

  it('wraps Tab from the last control to the first, and Shift+Tab back', () => {
    const { $, $$ } = mountUi({ view: 'preferences' })
    const buttons = $$('[role="dialog"] button')
    const first = buttons[0]!
    const last = buttons.at(-1)!
    expect(last.dataset.koekjeAction).toBe('save')
    last.focus()
    press(last, 'Tab')
    expect(focused()).toBe(first)
    press(first, 'Tab', true)
    expect(focused()).toBe(last)
    // From the title, where focus lands on opening, Shift+Tab wraps as well.
    const title = $('[role="dialog"] h2')!
    title.focus()
    press(title, 'Tab', true)
    expect(focused()).toBe(last)
  })

  it('lets Tab move on normally between the edges', () => {
    const { $ } = mountUi({ view: 'preferences' })
    const category = $('[data-koekje-category="analytics"]')!
    category.focus()
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true })
    category.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
  })

  it('closes on Escape without deciding, back to the banner, and gives focus back to Settings', () => {
    const { $, calls, host } = mountUi()
    const settings = $('[data-koekje-action="preferences"]')!
    settings.focus()
    settings.click()
    press(focused()!, 'Escape')
    expect(calls).toEqual([])
    expect(host.$view.get()).toBe('banner')
    expect($('[role="dialog"]')).toBeNull()
    expect(focused()).toBe(settings)
  })

  it('closes on Escape to nothing when a decision exists, and gives focus back to the page link that opened it', () => {
    const catalogue = defaultCatalogue()
    document.body.innerHTML = '<a href="#" data-koekje="preferences">Cookies</a>'
    const { $, host, calls } = mountUi({
      catalogue,
      view: 'none',
      consent: consentOf(catalogue, { categories: [], services: [] }),
    })
    const link = document.querySelector<HTMLElement>('a')!
    link.focus()
    host.$view.set('preferences')
    expect($('section.b')).toBeNull()
    press($('[role="dialog"] h2')!, 'Escape')
    expect(host.$view.get()).toBe('none')
    expect(calls).toEqual([])
    expect(document.activeElement).toBe(link)
  })

  // A click on the backdrop leaves focus on <body>: the dialog's keys must still work.
  it('brings Tab and Shift+Tab from the page back into itself, and closes on Escape there', () => {
    const { $, $$, host } = mountUi({ view: 'preferences' })
    const buttons = $$('[role="dialog"] button')
    const toPage = () => (focused() as HTMLElement).blur()
    toPage()
    press(document.body, 'Tab')
    expect(focused()).toBe(buttons[0])
    toPage()
    press(document.body, 'Tab', true)
    expect(focused()).toBe(buttons.at(-1))
    press(document.body, 'Escape')
    expect(host.$view.get()).toBe('banner')
    expect($('[role="dialog"]')).toBeNull()
  })

  it('can take focus itself, so a click on its text keeps focus inside', () => {
    const { $ } = mountUi({ view: 'preferences' })
    expect($('[role="dialog"]')?.getAttribute('tabindex')).toBe('-1')
  })

  it('closes from its close button just like Escape', () => {
    const { $, calls, host } = mountUi({ view: 'preferences' })
    const close = $<HTMLButtonElement>('[role="dialog"] button')!
    expect(close.getAttribute('aria-label')).toBe('Sluiten')
    close.click()
    expect(host.$view.get()).toBe('banner')
    expect(calls).toEqual([])
  })

  it('offers accept and refuse with the same class as save', () => {
    const { $$ } = mountUi({ view: 'preferences' })
    const buttons = $$('[role="dialog"] [data-koekje-action]')
    expect(buttons.map((b) => b.dataset.koekjeAction)).toEqual(['accept-all', 'reject-all', 'save'])
    expect(new Set(buttons.map((b) => b.className))).toEqual(new Set(['btn']))
  })

  it('refuses everything from inside the dialog and closes it', () => {
    const { $, calls, host } = mountUi({ view: 'preferences' })
    $('[role="dialog"] [data-koekje-action="reject-all"]')?.click()
    expect(calls.map(([name]) => name)).toEqual(['rejectAll'])
    expect(host.$view.get()).toBe('none')
    expect($('[role="dialog"]')).toBeNull()
  })
})
