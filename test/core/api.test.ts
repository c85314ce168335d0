import { afterEach, describe, expect, it, vi } from 'vitest'
import { $consent, $view } from '../../src/consent/store'
import { createApi } from '../../src/core/api'

const settle = () => new Promise((resolve) => setTimeout(resolve))

afterEach(() => {
  $consent.set(null)
  $view.set('none')
})

describe('window.koekje', () => {
  it('hands every decision to the UI bundle’s actions, with its arguments', () => {
    const run = vi.fn()
    const api = createApi(Promise.resolve({}), run)
    api.acceptAll()
    api.rejectAll()
    api.accept(['analytics', 'facebook'])
    api.setDoNotTrack(true)
    api.withdraw()
    expect(run.mock.calls).toEqual([
      ['acceptAll'],
      ['rejectAll'],
      ['accept', ['analytics', 'facebook']],
      ['setDoNotTrack', true],
      ['withdraw'],
    ])
  })

  it('opens the banner and the preferences once the catalogue has loaded', async () => {
    let load!: (host: unknown) => void
    const api = createApi(new Promise((resolve) => (load = resolve)), vi.fn())
    api.showPreferences()
    await settle()
    expect($view.get()).toBe('none')
    load({})
    await settle()
    expect($view.get()).toBe('preferences')
    api.showBanner()
    await settle()
    expect($view.get()).toBe('banner')
  })

  it('shows nothing when the catalogue could not load', async () => {
    const api = createApi(Promise.resolve(undefined), vi.fn())
    api.showBanner()
    await settle()
    expect(api.getConsent()).toBeNull()
    expect($view.get()).toBe('none')
  })

  it('tells listeners about every change until they unsubscribe', () => {
    const api = createApi(Promise.resolve({}), vi.fn())
    const listener = vi.fn()
    const off = api.on('change', listener)
    const consent = { id: 'a', revision: 1, decidedAt: '', categories: {}, services: {}, doNotTrack: false }
    $consent.set(consent)
    expect(listener).toHaveBeenCalledWith(consent)
    expect(api.getConsent()).toBe(consent)
    off()
    $consent.set(null)
    expect(listener).toHaveBeenCalledOnce()
  })
})
