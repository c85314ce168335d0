import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultCatalogue, mountUi, resetPage } from './fake-host'

afterEach(() => {
  resetPage()
  vi.restoreAllMocks()
})

const HOSTILE = '<img src=x onerror=alert(1)>'

const everywhere = () => {
  document.body.innerHTML = '<div data-koekje="declaration"></div><div data-koekje="do-not-track"></div>'
}

describe('a catalogue with hostile or broken content', () => {
  it('shows markup in catalogue texts as text, never as elements', () => {
    everywhere()
    const catalogue = defaultCatalogue()
    catalogue.texts.nl!.bannerText = HOSTILE
    catalogue.categories[1]!.title.nl = HOSTILE
    catalogue.categories[1]!.description.nl = HOSTILE
    catalogue.services[5]!.name = HOSTILE
    catalogue.services[5]!.purpose.nl = HOSTILE
    catalogue.services[5]!.cookies[0]!.name = HOSTILE
    const { $, shadow, host } = mountUi({ catalogue })
    host.$view.set('preferences')
    for (const root of [shadow, document]) expect(root.querySelector('img')).toBeNull()
    expect($('section.b')?.textContent).toContain(HOSTILE)
    expect(document.querySelector('[data-koekje="declaration"]')?.textContent).toContain(HOSTILE)
  })

  it('does not link a javascript: or data: URL, and shows the label as plain text', () => {
    everywhere()
    const catalogue = defaultCatalogue()
    catalogue.privacyPolicyUrl.nl = 'javascript:alert(1)'
    catalogue.services[5]!.url = ' java\tscript:alert(1)'
    catalogue.services[6]!.url = 'data:text/html,<script>alert(1)</script>'
    const { $, shadow, host } = mountUi({ catalogue })
    expect($('section.b a')).toBeNull()
    expect($('section.b')?.textContent).toContain('Privacyverklaring')
    host.$view.set('preferences')
    const hrefs = [...shadow.querySelectorAll('a'), ...document.querySelectorAll('a')].map((a) => a.href)
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.filter((href) => !/^(https?|mailto):/.test(href))).toEqual([])
  })

  it('links mailto and relative URLs, resolved against the page', () => {
    const catalogue = defaultCatalogue()
    catalogue.privacyPolicyUrl.nl = '/privacy'
    catalogue.services[5]!.url = 'mailto:dpo@codelogic.eu'
    const { $ } = mountUi({ catalogue, view: 'preferences' })
    expect($<HTMLAnchorElement>('section.b a')?.href).toBe(new URL('/privacy', document.baseURI).href)
    expect($<HTMLAnchorElement>('a[href^="mailto:"]')?.href).toBe('mailto:dpo@codelogic.eu')
  })

  it('keeps a $ in the controller name literal', () => {
    const catalogue = defaultCatalogue()
    catalogue.controller = 'Cash $& Co'
    const { $ } = mountUi({ catalogue })
    expect($('section.b')?.textContent).toContain('Cash $& Co gebruikt')
  })

  it('writes no style attribute anywhere, so a strict CSP has nothing to block', () => {
    // A strict style-src blocks style attributes in markup or set as attributes; writes through
    // the CSSOM (element.style.setProperty, as the banner's size and room do) are not blocked.
    // test/e2e/ui-strict-csp.test.ts checks the same in Chromium, under a real policy.
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute')
    everywhere()
    const { shadow, host } = mountUi()
    host.$view.set('preferences')
    expect(setAttribute.mock.calls.filter(([name]) => name.toLowerCase() === 'style')).toEqual([])
    // The banner's sheet and the one the preferences layer adds.
    expect(shadow.adoptedStyleSheets).toHaveLength(2)
  })
})

describe('the language', () => {
  const lang = () => document.getElementById('koekje')?.getAttribute('lang')
  const banner = () => document.getElementById('koekje')?.shadowRoot?.querySelector('h2')?.textContent

  it('follows data-lang first', () => {
    mountUi({ requestedLang: 'en', pageLang: 'nl' })
    expect(lang()).toBe('en')
    expect(banner()).toBe('Cookies on this website')
  })

  it('then the page language, by its primary subtag', () => {
    mountUi({ pageLang: 'nl-NL' })
    expect(lang()).toBe('nl')
    expect(banner()).toBe('Cookies op deze website')
  })

  it('skips a requested language the catalogue does not have', () => {
    mountUi({ requestedLang: 'de', pageLang: 'en-GB' })
    expect(lang()).toBe('en')
  })

  it('then the browser languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'en-US'])
    mountUi({ pageLang: '' })
    expect(lang()).toBe('en')
  })

  it('and finally the catalogue default', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR'])
    mountUi({ pageLang: 'de' })
    expect(lang()).toBe('nl')
    expect(banner()).toBe('Cookies op deze website')
  })

  it('marks the cookie page widgets with the language they speak', () => {
    everywhere()
    mountUi({ requestedLang: 'en', pageLang: 'nl', view: 'none' })
    expect(document.querySelector('.koekje-declaration')?.getAttribute('lang')).toBe('en')
    expect(document.querySelector('[data-koekje="declaration"] th')?.textContent).toBe('Service')
  })
})

describe('without constructable stylesheets', () => {
  it('falls back to a <style> carrying the nonce', () => {
    const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', { value: undefined, configurable: true })
    // `in` must fail, as in a browser without the feature.
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets
    try {
      const { shadow } = mountUi()
      const style = shadow.querySelector('style')
      expect(style?.nonce || style?.getAttribute('nonce')).toBe('n0nce')
      expect(style?.textContent).toContain('--koekje-accent')
    } finally {
      if (adopted) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', adopted)
    }
  })
})
