// Test doubles for the blocker tests: a page with a decision, a log of what ran, a network
// that holds every external script until the test answers it, and a document still being parsed.
//
// The blocker test files run happy-dom with inline evaluation on and file loading off
// (see the `@vitest-environment-options` line at their top): inline scripts really run,
// external ones would "load" at once, so the network below holds those events back.
import pageConsole from 'node:console'
import { onTestFinished, vi } from 'vitest'
import { startBlocker } from '../../src/blocker'

declare global {
  interface Window {
    /** What ran, in order: inline scripts push their own name, the fake network the name of an external one. */
    ran: string[]
  }
}

/** A decision table like the engine's: a category and a service each must be granted when named. */
export const allowing =
  (...ids: string[]) =>
  (category: string | undefined, service: string | undefined): boolean =>
    (category === undefined || ids.includes(category)) && (service === undefined || ids.includes(service))

/** Runs a clean-up when the test ends; a property test passes its own, run after each case. */
type OnEnd = (cleanUp: () => void) => void

/** Puts `html` in the body and starts a blocker on it, stopped when the test ends. */
export function openPage(
  html: string,
  isAllowed: (category: string | undefined, service: string | undefined) => boolean,
  nonce = '',
  onEnd: OnEnd = onTestFinished,
): { refresh(): void; stop(): void } {
  window.ran = []
  quietIframes()
  document.body.innerHTML = html
  const stop = watchBlockerHooks()
  const refresh = startBlocker(isAllowed, nonce)
  stop.ready()
  onEnd(stop)
  return { refresh, stop }
}

/**
 * The blocker watches the page for its lifetime (a page has one); a test page
 * must not outlive its test. Records the observer and the document listeners
 * that `startBlocker` sets up, so that the returned function undoes them.
 */
function watchBlockerHooks() {
  const observers: MutationObserver[] = []
  const Original = globalThis.MutationObserver
  globalThis.MutationObserver = class extends Original {
    constructor(callback: MutationCallback) {
      super(callback)
      observers.push(this)
    }
  }
  const listen = vi.spyOn(document, 'addEventListener')
  let listeners: [string, EventListenerOrEventListenerObject][] = []
  return Object.assign(
    () => {
      for (const observer of observers) observer.disconnect()
      for (const [type, listener] of listeners) document.removeEventListener(type, listener)
    },
    {
      /** `startBlocker` has returned: stop recording. */
      ready() {
        globalThis.MutationObserver = Original
        listeners = listen.mock.calls.map(([type, listener]) => [type, listener!])
        listen.mockRestore()
      },
    },
  )
}

/** happy-dom logs an error for every iframe it is not allowed to load; those are expected here. */
function quietIframes() {
  // happy-dom logs through Node's own console, which vitest's test console wraps.
  const error = pageConsole.error
  const spy = vi.spyOn(pageConsole, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('Iframe page loading is disabled')) error(...args)
  })
  onTestFinished(() => spy.mockRestore())
}

/** Lets the MutationObserver deliver its records. */
export const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Holds the load and error events of external scripts, like a slow network.
 * `requested` lists the scripts still waiting, in the order they were inserted;
 * `answer` lets one "execute" (its name goes into `window.ran`) and fire load, or fail it.
 */
export function holdNetwork(onEnd: OnEnd = onTestFinished) {
  const released = new WeakSet<Event>()
  const requested: HTMLScriptElement[] = []
  const hold = (event: Event) => {
    const script = event.target as HTMLScriptElement
    if (script.tagName !== 'SCRIPT' || !script.src || released.has(event)) return
    event.stopImmediatePropagation()
    requested.push(script)
  }
  document.addEventListener('load', hold, true)
  document.addEventListener('error', hold, true)
  onEnd(() => {
    document.removeEventListener('load', hold, true)
    document.removeEventListener('error', hold, true)
  })
  return {
    requested,
    /** The urls still waiting for an answer. */
    urls: () => requested.map((script) => script.getAttribute('src')),
    /** Answers the script of `url` (default: the first waiting one); `ok: false` makes it fail. */
    answer(url?: string, ok = true) {
      const index = url ? requested.findIndex((script) => script.getAttribute('src') === url) : 0
      const [script] = requested.splice(index, 1)
      if (!script) throw new Error(`no script waits for ${url}`)
      if (ok) window.ran.push(nameOf(script.getAttribute('src')!))
      const event = new Event(ok ? 'load' : 'error')
      released.add(event)
      script.dispatchEvent(event)
    },
  }
}

/** `https://cdn.test/hotjar.js` → `hotjar`. */
const nameOf = (url: string) => url.replace(/^.*\/|\.js$/g, '')

/** An external script Koekje holds back, named by its file. */
export const external = (name: string, attributes = 'data-category="analytics"') =>
  `<script type="text/plain" ${attributes} data-src="https://cdn.test/${name}.js"></script>`

/** An inline script Koekje holds back; when it runs it pushes its name. */
export const inline = (name: string, attributes = 'data-category="analytics"') =>
  `<script type="text/plain" ${attributes}>window.ran.push(${JSON.stringify(name)})</script>`

/** Makes the document look like it is still being parsed, until `finish()` ends it as a browser does. */
export function whileLoading() {
  let readyState: DocumentReadyState = 'loading'
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState })
  onTestFinished(() => {
    delete (document as { readyState?: unknown }).readyState
  })
  return {
    finish() {
      readyState = 'interactive'
      document.dispatchEvent(new Event('readystatechange'))
      document.dispatchEvent(new Event('DOMContentLoaded'))
    },
  }
}

/** Parses held-back markup the way a tag manager would build it, without the parser running anything. */
export const fragment = (html: string) => document.createRange().createContextualFragment(html)
