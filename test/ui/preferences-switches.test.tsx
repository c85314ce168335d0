import { afterEach, describe, expect, it } from 'vitest'
import { consentOf, defaultCatalogue, mountUi, resetPage } from './fake-host'

afterEach(() => {
  resetPage()
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
})

const input = (core: ReturnType<typeof mountUi>, selector: string) => core.$<HTMLInputElement>(selector)!

/** Flips a switch the way a click does: the DOM state first, then the change event. */
const flip = (box: HTMLInputElement) => {
  box.checked = !box.checked
  box.dispatchEvent(new Event('change', { bubbles: true }))
}

describe('the switches in the preferences centre', () => {
  it('are real checkboxes with the switch role, labelled by their category', () => {
    const core = mountUi({ view: 'preferences' })
    const box = input(core, '[data-koekje-category="analytics"]')
    expect(box.type).toBe('checkbox')
    expect(box.getAttribute('role')).toBe('switch')
    expect(core.$(`label[for="${box.id}"]`)?.textContent).toBe('Analytische cookies')
  })

  it('show the required category checked, disabled and always on', () => {
    const core = mountUi({ view: 'preferences' })
    const box = input(core, '[data-koekje-category="functional"]')
    expect(box.checked).toBe(true)
    expect(box.disabled).toBe(true)
    expect(box.closest('section')?.textContent).toContain('Altijd aan')
  })

  it('tick nothing optional on a first visit', () => {
    const core = mountUi({ view: 'preferences' })
    const optional = core.$$<HTMLInputElement>(
      '[data-koekje-category]:not(:disabled),[data-koekje-service]:not(:disabled)',
    )
    expect(optional.length).toBeGreaterThan(4)
    expect(optional.filter((box) => box.checked)).toEqual([])
  })

  it('show a stored decision', () => {
    const catalogue = defaultCatalogue()
    const consent = consentOf(catalogue, { categories: ['analytics'], services: ['hotjar'] })
    const core = mountUi({ catalogue, consent, view: 'preferences' })
    expect(input(core, '[data-koekje-category="analytics"]').checked).toBe(true)
    expect(input(core, '[data-koekje-category="marketing"]').checked).toBe(false)
    expect(input(core, '[data-koekje-service="hotjar"]').checked).toBe(true)
    expect(input(core, '[data-koekje-service="google-analytics"]').checked).toBe(false)
  })

  it('list each service under its category with purpose, provider, cookies, retention and a link', () => {
    const core = mountUi({ view: 'preferences' })
    const service = input(core, '[data-koekje-service="google-analytics"]').closest('.s')!
    expect(service.closest('section')?.querySelector('[data-koekje-category="analytics"]')).not.toBeNull()
    const text = service.textContent ?? ''
    expect(text).toContain('Google Analytics')
    expect(text).toContain('Google Ireland Ltd.')
    expect(text).toContain('_ga: 2 jaar')
    expect(text).toContain('_ga_*: 2 jaar')
    expect(service.querySelector('a')?.textContent).toBe('Meer informatie')
  })

  it('switch a whole category with its services, on and off', () => {
    const core = mountUi({ view: 'preferences' })
    const marketing = input(core, '[data-koekje-category="marketing"]')
    flip(marketing)
    const services = () =>
      core
        .$$<HTMLInputElement>('[data-koekje-service]')
        .filter((b) => b.closest('section') === input(core, '[data-koekje-category="marketing"]').closest('section'))
    expect(services().length).toBeGreaterThan(1)
    expect(services().every((b) => b.checked)).toBe(true)
    flip(input(core, '[data-koekje-category="marketing"]'))
    expect(services().some((b) => b.checked)).toBe(false)
  })

  it('turn a category on when one of its services is switched on', () => {
    const core = mountUi({ view: 'preferences' })
    flip(input(core, '[data-koekje-service="hotjar"]'))
    expect(input(core, '[data-koekje-category="analytics"]').checked).toBe(true)
    expect(input(core, '[data-koekje-service="google-analytics"]').checked).toBe(false)
  })

  it('save exactly what is switched on', () => {
    const core = mountUi({ view: 'preferences' })
    flip(input(core, '[data-koekje-service="hotjar"]'))
    core.$('[data-koekje-action="save"]')?.click()
    const required = ['google-tag-manager', 'sharethis', 'chat', 'google-maps', 'recaptcha']
    expect(core.calls).toEqual([
      ['save', { categories: ['functional', 'analytics'], services: [...required, 'hotjar'] }],
    ])
    expect(core.host.$view.get()).toBe('none')
  })

  it('start again from the stored decision each time they open', () => {
    const core = mountUi({ view: 'preferences' })
    flip(input(core, '[data-koekje-category="marketing"]'))
    core.host.$view.set('banner')
    core.host.$view.set('preferences')
    expect(input(core, '[data-koekje-category="marketing"]').checked).toBe(false)
  })
})

describe('the do-not-track switch in the preferences centre', () => {
  it('changes do-not-track at once, without waiting for save', () => {
    const core = mountUi({ view: 'preferences' })
    const box = input(core, '[data-koekje-dnt]')
    expect(box.getAttribute('role')).toBe('switch')
    expect(core.$(`label[for="${box.id}"]`)?.textContent).toBe('Niet volgen (do not track)')
    flip(box)
    expect(core.calls).toEqual([['setDoNotTrack', true]])
    expect(input(core, '[data-koekje-dnt]').checked).toBe(true)
    expect(core.host.$view.get()).toBe('preferences')
  })

  it('explains that Global Privacy Control switched it on', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true })
    const core = mountUi({ view: 'preferences', doNotTrack: true })
    expect(core.$('[role="dialog"]')?.textContent).toContain('Global Privacy Control')
    core.host.api.setDoNotTrack(false)
    expect(core.$('[role="dialog"]')?.textContent).not.toContain('Global Privacy Control')
  })

  it('does not mention Global Privacy Control when the browser does not send it', () => {
    const core = mountUi({ view: 'preferences', doNotTrack: true })
    expect(input(core, '[data-koekje-dnt]').checked).toBe(true)
    expect(core.$('[role="dialog"]')?.textContent).not.toContain('Global Privacy Control')
  })
})
