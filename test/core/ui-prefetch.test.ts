// @vitest-environment-options {"url":"https://www.callcenter-software.com/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { encodeConsent } from '../../src/consent/cookie-format'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'
import { addKoekjeTag } from '../fixtures/script-tag'

/**
 * On a first visit the core fetches the banner layer alongside the catalogue,
 * so the banner does not wait a round trip more; but not inside its own
 * script's task, which the page's parser waits on (a cookie read and a script
 * request cost milliseconds of IPC on a slow phone). Scripts the core adds to
 * <head> are recorded instead of fetched.
 */
let requested: HTMLScriptElement[] = []
let catalogueFetched: () => void

const boot = async (catalogue = makeCatalogue()) => {
  vi.resetModules()
  window.koekje = undefined
  window.koekjeUi = undefined
  addKoekjeTag()
  // The catalogue answers only when a test says so: the UI must not wait for it.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise((resolve) => (catalogueFetched = () => resolve(Response.json(catalogue))))),
  )
  await import('../../src/embed')
}
const uiRequested = () => requested.some((script) => script.src.endsWith('/koekje/koekje-ui.js'))
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  requested = []
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    requested.push(...(nodes as HTMLScriptElement[]))
  })
})
afterEach(() => {
  catalogueFetched?.()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.cookie = 'koekje_consent=;Max-Age=0;Path=/'
  document.cookie = 'site_consent=;Max-Age=0;Path=/'
})

describe('fetching the banner layer on a first visit', () => {
  it('asks for the catalogue at once, and for the banner layer in the next task, before the catalogue is in', async () => {
    await boot()
    expect(fetch).toHaveBeenCalledOnce()
    expect(uiRequested()).toBe(false)
    await nextTask()
    expect(uiRequested()).toBe(true)
  })

  it.each([
    ['koekje_consent', 'its default name'],
    ['site_consent', 'the name the catalogue gives it, not yet read'],
  ])('does not fetch it on a repeat view with a decision stored under %s (%s)', async (name) => {
    document.cookie = `${name}=${encodeConsent(
      makeConsent(
        makeCatalogue(),
        { categories: [], services: [] },
        false,
        '0123456789abcdef',
        new Date().toISOString(),
      ),
    )};Path=/`
    const catalogue = makeCatalogue()
    await boot({ ...catalogue, consentCookie: { ...catalogue.consentCookie, name } })
    await nextTask()
    catalogueFetched()
    await nextTask()
    expect(uiRequested()).toBe(false)
  })
})
