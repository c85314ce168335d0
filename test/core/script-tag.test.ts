// @vitest-environment-options {"url":"https://www.callcenter-software.com/contact/"}
import { afterEach, describe, expect, it } from 'vitest'
import { readScriptTag as readTuple } from '../../src/core/script-tag'

/** The settings tuple, by name. */
const readScriptTag = () => {
  const [catalogueUrl, uiUrl, lang, nonce] = readTuple()
  return { catalogueUrl, uiUrl, lang, nonce }
}

const addScript = (attributes: Record<string, string>) => {
  const script = document.createElement('script')
  // Not type=module or a real src: happy-dom must not try to fetch it.
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  script.type = 'text/x-test'
  document.head.append(script)
  return script
}

afterEach(() => {
  document.head.innerHTML = ''
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
      lang: undefined,
    })
  })

  it('reads ?catalogue= and ?lang= for tags injected by the GTM template, which cannot set attributes', () => {
    addScript({ src: '/koekje/koekje.js?catalogue=%2Fkoekje%2Fcatalogue.json&lang=nl' })
    expect(readScriptTag()).toMatchObject({
      catalogueUrl: 'https://www.callcenter-software.com/koekje/catalogue.json',
      lang: 'nl',
    })
  })

  it('ignores scripts that merely mention koekje in their path', () => {
    addScript({ src: '/koekje/koekje.js', 'data-catalogue': '/right.json' })
    addScript({ src: '/koekjes-recepten/app.js', 'data-catalogue': '/wrong.json' })
    expect(readScriptTag().catalogueUrl).toBe('https://www.callcenter-software.com/right.json')
  })

  it('keeps the nonce of its tag for the scripts it re-creates', () => {
    addScript({ src: '/koekje/koekje.js', nonce: 'abc123' })
    expect(readScriptTag().nonce).toBe('abc123')
  })
})
