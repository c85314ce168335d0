import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { preferencesLayer } from '../../src/ui/preferences-layer'
import { focused, mountUi, resetPage } from './fake-host'

/**
 * The banner is the first layer, built without Preact; the preferences and
 * the cookie page's widgets are the second, fetched (koekje-preferences.js)
 * only when needed. Here the second layer starts out not loaded, as on a real
 * first visit, and each test plays the browser's part of loading it.
 */
let requested: HTMLScriptElement[] = []
const layerScript = () => requested.find((script) => script.src.endsWith('/koekje-preferences.js'))

/** The browser finished loading the second layer: it set its global, then `load` fired. */
const finishLoading = async () => {
  window.koekjePreferences = preferencesLayer
  layerScript()!.onload!(new Event('load'))
  await vi.waitFor(() =>
    expect(document.getElementById('koekje')?.shadowRoot?.querySelector('[role=dialog]')).not.toBeNull(),
  )
}

beforeEach(() => {
  delete window.koekjePreferences
  // happy-dom does not run script files (it fails them at once): keep the
  // requests, and let each test answer them as the browser would.
  requested = []
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    requested.push(...(nodes as HTMLScriptElement[]))
  })
})
afterEach(() => {
  resetPage()
  window.koekjePreferences = preferencesLayer
  vi.restoreAllMocks()
})

describe('the two layers of the interface', () => {
  it('shows the banner without fetching the preferences layer', () => {
    const { $ } = mountUi()
    expect($('section.b')).not.toBeNull()
    expect(layerScript()).toBeUndefined()
  })

  it('fetches the preferences layer, with the nonce, as soon as the pointer reaches Settings', () => {
    const { $ } = mountUi()
    $('[data-koekje-action="preferences"]')!.dispatchEvent(new Event('pointerenter'))
    expect(layerScript()?.nonce).toBe('n0nce')
    // Only once, however often the pointer comes back.
    $('[data-koekje-action="preferences"]')!.dispatchEvent(new Event('pointerenter'))
    expect(requested).toHaveLength(1)
  })

  it('fetches the preferences layer as soon as keyboard focus reaches Settings', () => {
    const { $ } = mountUi()
    $('[data-koekje-action="reject-all"]')!.focus()
    expect(layerScript()).toBeUndefined()
    $('[data-koekje-action="preferences"]')!.focus()
    expect(layerScript()).toBeDefined()
  })

  it('opens the preferences once their layer has loaded, and moves focus into them', async () => {
    const { $, host } = mountUi()
    $('[data-koekje-action="preferences"]')!.click()
    expect(host.$view.get()).toBe('preferences')
    expect($('[role="dialog"]')).toBeNull()
    // Meanwhile the widget says it is busy (a progress cursor, and to assistive technology).
    expect(document.getElementById('koekje')?.getAttribute('aria-busy')).toBe('true')
    await finishLoading()
    expect(focused()?.id).toBe('k-t')
    expect(document.getElementById('koekje')?.hasAttribute('aria-busy')).toBe(false)
  })

  it('does not open the preferences late when the visitor closed them while they loaded', async () => {
    const { $, host } = mountUi()
    $('[data-koekje-action="preferences"]')!.click()
    host.$view.set('banner')
    window.koekjePreferences = preferencesLayer
    layerScript()!.onload!(new Event('load'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect($('[role="dialog"]')).toBeNull()
    expect($('section.b')).not.toBeNull()
  })

  it('says so in the console and goes back to the banner when the preferences layer cannot load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { $, host } = mountUi()
    $('[data-koekje-action="preferences"]')!.click()
    layerScript()!.onerror!(new Event('error'))
    await vi.waitFor(() => expect(host.$view.get()).toBe('banner'))
    expect(String(error.mock.calls[0]?.[0])).toMatch(/\[koekje\] .*could not load .*koekje-preferences\.js/)
    expect($('section.b')).not.toBeNull()
    await vi.waitFor(() => expect(document.getElementById('koekje')?.hasAttribute('aria-busy')).toBe(false))
  })

  it('fetches the preferences layer at once on a cookie page, for its placeholders', async () => {
    document.body.innerHTML = '<div data-koekje="declaration"></div>'
    mountUi({ view: 'none' })
    expect(layerScript()).toBeDefined()
    window.koekjePreferences = preferencesLayer
    layerScript()!.onload!(new Event('load'))
    await vi.waitFor(() => expect(document.querySelector('[data-koekje="declaration"] table')).not.toBeNull())
  })
})
