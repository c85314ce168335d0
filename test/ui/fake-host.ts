import { atom } from 'nanostores'
import catalogueJson from '../../config/catalogue.json'
import type { Catalogue, Choice, Consent, KoekjeApi, UiHost, View } from '../../src/types'
import '../../src/preferences-entry'
import { mount } from '../../src/ui/index'

/** A fresh copy of the real default catalogue, safe to change in one test. */
export const defaultCatalogue = (): Catalogue => structuredClone(catalogueJson) as Catalogue

/** A complete decision, the way the core turns a choice into one. */
export function consentOf(catalogue: Catalogue, choice: Choice): Consent {
  const on = (ids: string[], id: string, required = false) => required || ids.includes(id)
  return {
    id: 'test',
    revision: catalogue.revision,
    decidedAt: '2026-01-01T00:00:00.000Z',
    categories: Object.fromEntries(catalogue.categories.map((c) => [c.id, on(choice.categories, c.id, c.required)])),
    services: Object.fromEntries(catalogue.services.map((s) => [s.id, on(choice.services, s.id)])),
    doNotTrack: false,
  }
}

export interface FakeCore {
  host: UiHost
  /** Every decision and do-not-track change, in order, as the UI asked for them. */
  calls: unknown[][]
  /** The shadow root the banner and the dialog live in. */
  shadow: ShadowRoot
  /** A query inside the shadow root. */
  $: <E extends Element = HTMLElement>(selector: string) => E | null
  $$: <E extends Element = HTMLElement>(selector: string) => E[]
}

interface Options {
  catalogue?: Catalogue
  consent?: Consent | null
  view?: View
  doNotTrack?: boolean
  requestedLang?: string
  /** `<html lang>`; Dutch unless a test says otherwise (happy-dom's browser speaks en-US). */
  pageLang?: string
}

/**
 * Mounts the real UI against real nanostores atoms and a stand-in core that
 * records what the UI asked for and, like the core, stores the decision and
 * closes the interface afterwards.
 */
export function mountUi(options: Options = {}): FakeCore {
  const catalogue = options.catalogue ?? defaultCatalogue()
  document.documentElement.lang = options.pageLang ?? 'nl'
  const $consent = atom<Consent | null>(options.consent ?? null)
  const $doNotTrack = atom(options.doNotTrack ?? false)
  const $view = atom<View>(options.view ?? 'banner')
  const calls: unknown[][] = []
  const decide = (name: string, choice: Choice) => {
    calls.push([name, choice])
    $consent.set(consentOf(catalogue, choice))
    $view.set('none')
  }
  const all: Choice = {
    categories: catalogue.categories.map((c) => c.id),
    services: catalogue.services.map((s) => s.id),
  }
  const api = {
    acceptAll: () => decide('acceptAll', all),
    rejectAll: () => decide('rejectAll', { categories: [], services: [] }),
    setDoNotTrack: (on: boolean) => {
      calls.push(['setDoNotTrack', on])
      $doNotTrack.set(on)
    },
    showPreferences: () => $view.set('preferences'),
  } as unknown as KoekjeApi
  const host: UiHost = {
    catalogue,
    requestedLang: options.requestedLang ?? null,
    nonce: 'n0nce',
    $consent,
    $doNotTrack,
    $view,
    api,
    save: (choice) => decide('save', choice),
  }
  mount(host)
  // Looked up on use: a mount during page load only renders once the page is parsed.
  const shadow = () => document.getElementById('koekje')!.shadowRoot!
  return {
    host,
    calls,
    get shadow() {
      return shadow()
    },
    $: (selector) => shadow().querySelector(selector),
    $$: <E extends Element>(selector: string) => [...shadow().querySelectorAll<E>(selector)],
  }
}

/** Removes everything a test mounted, so the next one starts from an empty page. */
export function resetPage(): void {
  document.body.innerHTML = ''
  document.documentElement.removeAttribute('lang')
  document.documentElement.removeAttribute('style')
}

export const press = (target: Element, key: string, shiftKey = false): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true, composed: true }))
}

/** The element with focus, looking into the widget's shadow root. */
export const focused = (): Element | null =>
  document.getElementById('koekje')?.shadowRoot?.activeElement ?? document.activeElement
