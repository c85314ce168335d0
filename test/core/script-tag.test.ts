// @vitest-environment-options {"url":"https://www.callcenter-software.com/contact/"}
import { afterEach, describe, expect, it } from 'vitest'
import { readScriptTag as readTuple } from '../../src/core/script-tag'
import { setCurrentScript } from '../fixtures/script-tag'

/** The settings tuple, by name. */
const readScriptTag = () => {
  const [catalogueUrl, uiUrl, lang, nonce] = readTuple()
  return { catalogueUrl, uiUrl, lang, nonce }
}

/** Adds a tag; `running` makes it the one the browser is running (Koekje's own, in these tests). */
const addScript = (attributes: Record<string, string>, running = true) => {
  const script = document.createElement('script')
  // Not type=module or a real src: happy-dom must not try to fetch it.
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  script.type = 'text/x-test'
  document.head.append(script)
  if (running) setCurrentScript(script)
  return script
}

afterEach(() => {
  document.head.innerHTML = ''
  setCurrentScript(null)
})

describe('finding its own tag and base URL', () => {
  it('takes the catalogue and language from data attributes, relative to the page', () => {
    addScript({ src: '/koekje/koekje.js', 'data-catalogue': '/config/cookies.json', 'data-lang': 'en' })
    expect(readScriptTag()).toMatchObject({
      catalogueUrl: 'https://www.callcenter-software.com/config/cookies.json',
      uiUrl: 'https://www.callcenter-software.com/koekje/koekje-ui.js',
      lang: 'en',
    })
  })

  it('defaults to catalogue.json and the UI beside the script', () => {
    addScript({ src: 'https://cdn.example.net/v1/koekje.js' })
    expect(readScriptTag()).toMatchObject({
      catalogueUrl: 'https://cdn.example.net/v1/catalogue.json',
      uiUrl: 'https://cdn.example.net/v1/koekje-ui.js',
      lang: null,
    })
  })

  it('reads ?catalogue= and ?lang= for tags injected by the GTM template, which cannot set attributes', () => {
    addScript({ src: '/koekje/koekje.js?catalogue=%2Fkoekje%2Fcatalogue.json&lang=nl' })
    expect(readScriptTag()).toMatchObject({
      catalogueUrl: 'https://www.callcenter-software.com/koekje/catalogue.json',
      lang: 'nl',
    })
  })

  it('reads the tag that is running, not a later one', () => {
    addScript({ src: '/koekje/koekje.js', 'data-catalogue': '/right.json' })
    addScript({ src: '/other/koekje.js', 'data-catalogue': '/wrong.json' }, false)
    expect(readScriptTag().catalogueUrl).toBe('https://www.callcenter-software.com/right.json')
  })

  it('without a running tag (a module, an eval) looks beside the page, where the catalogue fetch fails closed', () => {
    addScript({ src: '/koekje/koekje.js', 'data-catalogue': '/right.json' }, false)
    expect(readScriptTag()).toMatchObject({
      catalogueUrl: 'https://www.callcenter-software.com/contact/catalogue.json',
      uiUrl: 'https://www.callcenter-software.com/contact/koekje-ui.js',
      nonce: '',
    })
  })

  it('keeps the nonce of its tag for the scripts it re-creates', () => {
    addScript({ src: '/koekje/koekje.js', nonce: 'abc123' })
    expect(readScriptTag().nonce).toBe('abc123')
  })
})
