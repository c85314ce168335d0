import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultCatalogue, mountUi, resetPage } from './fake-host'

afterEach(() => {
  resetPage()
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
})

describe('the cookie declaration on the site page', () => {
  it('renders a table per category in the page itself, with column headers', () => {
    document.body.innerHTML = '<main><div data-koekje="declaration">Loading…</div></main>'
    mountUi({ view: 'none' })
    const place = document.querySelector('[data-koekje="declaration"]')!
    expect(place.textContent).not.toContain('Loading…')
    const tables = [...place.querySelectorAll('table')]
    expect(tables).toHaveLength(3)
    for (const table of tables) {
      const headers = [...table.querySelectorAll('thead th')]
      expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col'])
      expect(headers.map((th) => th.textContent)).toEqual([
        'Dienst',
        'Cookies',
        'Doel',
        'Bewaartermijn',
        'Meer informatie',
      ])
      // Named by its category heading.
      expect(place.querySelector(`#${table.getAttribute('aria-labelledby')}`)?.tagName).toBe('H3')
    }
    expect(place.querySelector('.koekje-declaration .koekje-category .koekje-table')).not.toBeNull()
  })

  it('lists one row per service with its cookie names, purpose, retention and link', () => {
    document.body.innerHTML = '<div data-koekje="declaration"></div>'
    const catalogue = defaultCatalogue()
    mountUi({ view: 'none', catalogue })
    const place = document.querySelector('[data-koekje="declaration"]')!
    const analytics = [...place.querySelectorAll('section')].find(
      (s) => s.querySelector('h3')?.textContent === 'Analytische cookies',
    )!
    const rows = [...analytics.querySelectorAll<HTMLTableRowElement>('tbody tr')]
    expect(rows).toHaveLength(catalogue.services.filter((s) => s.category === 'analytics').length)
    const ga = rows.find((r) => r.cells[0]?.textContent?.startsWith('Google Analytics'))!
    expect(ga.cells[1]?.textContent).toBe('_ga_ga_*')
    expect([...(ga.cells[1]?.children ?? [])].map((c) => c.textContent)).toEqual(['_ga', '_ga_*'])
    expect(ga.cells[2]?.textContent).toContain('analyseren')
    expect(ga.cells[3]?.textContent).toBe('2 jaar2 jaar')
    expect(ga.cells[4]?.querySelector('a')?.href).toBe('https://www.google.nl/intl/nl/analytics/')
    expect(analytics.textContent).toContain(catalogue.categories[1]!.description.nl)
  })

  it('names the domain of a cookie a third party sets', () => {
    document.body.innerHTML = '<div data-koekje="declaration"></div>'
    const catalogue = defaultCatalogue()
    catalogue.services[0]!.cookies = [{ name: 'NID', domain: '.google.com' }]
    mountUi({ view: 'none', catalogue })
    expect(document.querySelector('[data-koekje="declaration"] tbody td:nth-child(2)')?.textContent).toBe(
      'NID (.google.com)',
    )
  })
})

describe('the do-not-track switch on the site page', () => {
  it('shows the switch with its explanation and changes it at once', () => {
    document.body.innerHTML = '<div data-koekje="do-not-track"></div>'
    const { calls, host } = mountUi({ view: 'none' })
    const place = document.querySelector('[data-koekje="do-not-track"]')!
    const box = place.querySelector<HTMLInputElement>('input[role="switch"]')!
    expect(place.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Niet volgen (do not track)')
    expect(place.textContent).toContain('Online Succes')
    expect(box.checked).toBe(false)
    box.click()
    expect(calls).toEqual([['setDoNotTrack', true]])
    host.api.setDoNotTrack(false)
    expect(place.querySelector<HTMLInputElement>('input')?.checked).toBe(false)
  })

  it('reflects a do-not-track switched on by Global Privacy Control, and says so', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    document.body.innerHTML = '<div data-koekje="do-not-track"></div><div data-koekje="do-not-track"></div>'
    mountUi({ view: 'none', doNotTrack: true })
    const places = [...document.querySelectorAll('[data-koekje="do-not-track"]')]
    expect(places.map((p) => p.querySelector<HTMLInputElement>('input')?.checked)).toEqual([true, true])
    expect(places[0]?.textContent).toContain('Global Privacy Control')
    // Two switches on one page still each have their own label.
    expect(new Set(places.map((p) => p.querySelector('input')?.id)).size).toBe(2)
  })
})

describe('mounted while the page is still loading', () => {
  it('waits for the whole page, so placeholders further down are filled too', () => {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
    mountUi({ view: 'banner' })
    document.body.innerHTML = '<div data-koekje="declaration"></div>'
    expect(document.getElementById('koekje')).toBeNull()
    state.mockReturnValue('interactive')
    document.dispatchEvent(new Event('DOMContentLoaded'))
    expect(document.getElementById('koekje')).not.toBeNull()
    expect(document.querySelector('[data-koekje="declaration"] table')).not.toBeNull()
    state.mockRestore()
  })
})
