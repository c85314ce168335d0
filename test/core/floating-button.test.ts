// @vitest-environment-options {"url":"https://www.callcenter-software.com/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createActions } from '../../src/consent/actions'
import { encodeConsent } from '../../src/consent/cookie-format'
import type { ButtonModule, Catalogue, UiHost, UiSettings } from '../../src/types'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'
import { addKoekjeTag } from '../fixtures/script-tag'

/**
 * When the core fetches koekje-button.js: only with a decision to revisit,
 * and only when the catalogue and the page want the floating button. Scripts
 * the core adds to <head> are recorded instead of fetched; `answer` says how
 * the button bundle's URL responds.
 */
let requested: HTMLScriptElement[] = []
let answer: 'bundle' | 'error page' = 'bundle'
const shown: [Parameters<ButtonModule['show']>[0], boolean | undefined][] = []
let mounted: UiHost | undefined

const boot = async (ui: UiSettings | undefined, body = '') => {
  vi.resetModules()
  window.koekje = undefined
  window.koekjeButton = undefined
  const catalogue: Catalogue = { ...makeCatalogue(), ui }
  addKoekjeTag('nonce="n0nce"')
  document.body.innerHTML = body
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json(catalogue)),
  )
  window.koekjeUi = {
    mount: (host) => {
      mounted = host
    },
    actions: createActions,
  }
  await import('../../src/embed')
  await settle()
  return window.koekje!
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const requests = () => requested.map((script) => script.src)
const BUTTON_URL = 'https://www.callcenter-software.com/koekje/koekje-button.js'
const storeDecision = () => {
  document.cookie = `koekje_consent=${encodeConsent(
    makeConsent(
      makeCatalogue(),
      { categories: ['analytics'], services: [] },
      false,
      '0123456789abcdef',
      new Date().toISOString(),
    ),
  )};Path=/`
}
const LINK = '<footer><a href="#" data-koekje="preferences">Cookie-instellingen</a></footer>'

beforeEach(() => {
  requested = []
  answer = 'bundle'
  shown.length = 0
  mounted = undefined
  for (const pair of document.cookie.split('; ')) document.cookie = `${pair.split('=')[0]}=;Max-Age=0;Path=/`
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    for (const node of nodes) {
      const script = node as HTMLScriptElement
      requested.push(script)
      if (answer === 'bundle') window.koekjeButton = { show: (host, focus) => void shown.push([host, focus]) }
      queueMicrotask(() => script.onload?.(new Event('load')))
    }
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('the floating button on a repeat view', () => {
  it('is fetched beside the UI bundle, with the tag’s nonce, and shown when the catalogue says true', async () => {
    storeDecision()
    const koekje = await boot({ floatingButton: true }, LINK)
    expect(requests()).toEqual([BUTTON_URL])
    expect(requested[0]?.nonce).toBe('n0nce')
    expect(shown).toHaveLength(1)
    expect(shown[0]?.[0].catalogue.revision).toBe(3)
    expect(shown[0]?.[0].api).toBe(koekje)
    expect(shown[0]?.[1]).toBe(false)
  })

  it('is fetched by default when the page has no preferences link of its own', async () => {
    storeDecision()
    await boot(undefined, '<footer><a href="/cookies/">Cookies</a></footer>')
    expect(requests()).toEqual([BUTTON_URL])
    expect(shown).toHaveLength(1)
  })

  it('is not fetched by default, nor with "auto", when the page has its own preferences link', async () => {
    storeDecision()
    await boot(undefined, LINK)
    await boot({ floatingButton: 'auto' }, '<button data-koekje="preferences">Cookies</button>')
    expect(requests()).toEqual([])
  })

  it('is fetched with "auto" when the page has no preferences link', async () => {
    storeDecision()
    await boot({ floatingButton: 'auto', floatingButtonPosition: 'right' })
    expect(requests()).toEqual([BUTTON_URL])
  })

  it('is never fetched when the catalogue says false', async () => {
    storeDecision()
    const koekje = await boot({ floatingButton: false })
    koekje.acceptAll()
    await settle()
    expect(requests()).toEqual([])
  })
})

describe('the floating button on a first visit', () => {
  it('is not fetched while there is no decision, even when the catalogue says true', async () => {
    await boot({ floatingButton: true })
    await settle()
    expect(mounted?.$view.get()).toBe('banner')
    expect(requests()).toEqual([])
  })

  it('is fetched once a decision is made, and only once however many follow', async () => {
    const koekje = await boot({ floatingButton: true })
    koekje.rejectAll()
    await settle()
    expect(requests()).toEqual([BUTTON_URL])
    expect(shown).toHaveLength(1)
    expect(shown[0]?.[1]).toBe(false)
    koekje.acceptAll()
    await settle()
    expect(requests()).toHaveLength(1)
  })

  it('takes over the focus when the decision is made in the preferences dialog', async () => {
    const koekje = await boot(undefined)
    koekje.showPreferences()
    await settle()
    mounted?.save({ categories: [], services: [] })
    await settle()
    expect(shown).toHaveLength(1)
    expect(shown[0]?.[1]).toBe(true)
  })

  it('reports a bundle that does not load once, and changes nothing else', async () => {
    answer = 'error page'
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const koekje = await boot({ floatingButton: true })
    koekje.accept(['analytics'])
    await settle()
    koekje.acceptAll()
    await settle()
    expect(error).toHaveBeenCalledOnce()
    expect(error.mock.calls[0]?.[0]).toBe(`[koekje] Error: could not load ${BUTTON_URL}`)
    expect(requests()).toEqual([BUTTON_URL])
    expect(koekje.getConsent()?.categories.marketing).toBe(true)
    expect(mounted?.$view.get()).toBe('none')
  })
})
