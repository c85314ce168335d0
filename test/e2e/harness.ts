// Shared by every real-browser test: find Debian's Chromium, serve the demo
// from 127.0.0.1, and open pages in fresh contexts where every third-party
// request is recorded and answered by a fake, so no test reaches the internet;
// or stream a page in two parts, to act while the parser is still inside it.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'
import { startServer } from '../../scripts/serve.mjs'
import { fakeResponse } from './fakes/third-party'

export { CHROMIUM_ARGS, findChromium }

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
}

/**
 * Serves demo/ and dist/ on a free port; the tests run against the built bundles.
 * It serves a snapshot of both, so a build someone starts mid-run cannot swap
 * files under a test file.
 */
export async function startDemoServer(): Promise<{ url: string; close(): Promise<void> }> {
  const repo = fileURLToPath(new URL('../../', import.meta.url))
  if (!existsSync(join(repo, 'dist/koekje.js'))) {
    throw new Error('dist/koekje.js is missing: run `npm run build` before the browser tests')
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'koekje-e2e-'))
  for (const folder of ['demo', 'dist']) cpSync(join(repo, folder), join(snapshot, folder), { recursive: true })
  const server = await startServer({ port: 0, root: snapshot })
  return {
    url: server.url,
    async close() {
      await server.close()
      rmSync(snapshot, { recursive: true, force: true })
    },
  }
}

export interface TrackedPage {
  page: Page
  context: BrowserContext
  /** Every third-party URL requested, in order. */
  thirdParty: string[]
  /** The console's errors, from the first load on (a CSP violation is reported there). */
  errors: string[]
}

export interface OpenPageOptions {
  /** Cookies the visitor already has, set on the page's host. */
  cookies?: { name: string; value: string }[]
  /** Emulates the Global Privacy Control signal (`navigator.globalPrivacyControl`). */
  globalPrivacyControl?: boolean
  viewport?: { width: number; height: number }
  locale?: string
  colorScheme?: 'light' | 'dark'
  /** A site's own pages, made up by the test: HTML answered for these paths on the page's origin. */
  pages?: Record<string, string>
  /** Response headers of those pages (a Content-Security-Policy, say). */
  headers?: Record<string, string>
}

/** Loopback hosts are the site; anything else is a third party. `*.localhost` lets tests use a parent domain. */
const isFirstParty = (hostname: string) =>
  hostname === '127.0.0.1' || hostname === 'localhost' || hostname.endsWith('.localhost')

/** Opens `url` in a fresh context (no cookies, no cache) with every third-party request faked and recorded. */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'nl-NL',
    colorScheme: options.colorScheme,
  })
  const thirdParty: string[] = []
  const pages = new Map(Object.entries(options.pages ?? {}).map(([path, html]) => [new URL(path, url).href, html]))
  await context.route('**/*', async (route) => {
    const request = route.request()
    const html = pages.get(request.url())
    if (html !== undefined) return route.fulfill({ contentType: 'text/html', headers: options.headers, body: html })
    if (isFirstParty(new URL(request.url()).hostname)) return route.continue()
    thirdParty.push(request.url())
    const fake = fakeResponse(request.url(), request.resourceType())
    return route.fulfill({ status: fake.status, contentType: fake.contentType, body: fake.body })
  })
  if (options.globalPrivacyControl !== undefined) {
    const gpc = options.globalPrivacyControl
    await context.addInitScript((on: boolean) => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => on, configurable: true })
    }, gpc)
  }
  if (options.cookies?.length) {
    const origin = new URL(url).origin
    await context.addCookies(options.cookies.map((cookie) => ({ ...cookie, url: origin })))
  }
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(url)
  return { page, context, thirdParty, errors }
}

/** Names of the fake third-party scripts that ran, in order (see fakes/third-party.ts). */
export async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __loaded?: string[] }).__loaded ?? [])
}

/** Waits until the fake script `name` has run; on timeout, says which ones did. */
export async function waitForScript(page: Page, name: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction((n) => ((window as { __loaded?: string[] }).__loaded ?? []).includes(n), name, {
      timeout,
    })
  } catch (error) {
    const loaded = await loadedScripts(page).catch(() => [])
    throw new Error(`The fake ${name} script never ran (ran: ${JSON.stringify(loaded)})`, { cause: error })
  }
}

/** One dataLayer entry as plain data: a gtag command (an Arguments object) or an object pushed as is. */
export type DataLayerEntry = { gtag: unknown[] } | { push: Record<string, unknown> }

/** The page's dataLayer, telling gtag commands (`arguments`, which GTM requires) from plain pushes. */
export async function readDataLayer(page: Page): Promise<DataLayerEntry[]> {
  return page.evaluate(() =>
    (window.dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? { gtag: Array.from(entry as ArrayLike<unknown>) }
        : { push: entry as Record<string, unknown> },
    ),
  )
}

/** Gives the page time to do what it should not: the window a negative assertion watches. */
export async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForTimeout(ms)
}

export interface DemoBrowser {
  /**
   * Opens a demo path (`/`, `/cookies/`, `/?csp=strict`) on `origin` (default: the server's) in a fresh
   * context, closed after the test; or a page of the test's own, with `pages` (`{ '/site.html': html }`).
   */
  open(path: string, options?: OpenPageOptions & { origin?: string }): Promise<TrackedPage>
  /** A fresh context for a test that answers its own pages (`context.route`), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
  /**
   * Opens `path` on the demo's origin in a fresh context, its page sent in two parts: `head` at once,
   * the rest when the test calls `finish`. Until then the document is `loading` and the parser waits
   * where `head` ends (inside a script's text, even). Every other request goes to the demo server,
   * or to the routes of `context` when the test brings one (from `newContext`).
   */
  stream(path: string, head: string, context?: BrowserContext): Promise<StreamedPage>
  /** `http://127.0.0.1:<port>/` */
  readonly url: string
}

export interface StreamedPage {
  page: Page
  /** Sends the rest of the page and ends it. */
  finish(tail: string): void
}

/**
 * One server and one browser per test file, a fresh context per page, every
 * context closed after its test: call it at the top of a test file.
 */
export function useDemoBrowser(): DemoBrowser {
  let browser: Browser | undefined
  let server: { url: string; close(): Promise<void> } | undefined
  const contexts: BrowserContext[] = []
  const streams: Server[] = []
  beforeAll(async () => {
    server = await startDemoServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
    for (const stream of streams.splice(0)) {
      stream.closeAllConnections()
      stream.close()
    }
  })
  return {
    get url() {
      return server!.url
    },
    async open(path, { origin, ...options } = {}) {
      const tracked = await openPage(browser!, new URL(path, origin ?? server!.url).href, options)
      contexts.push(tracked.context)
      return tracked
    },
    async newContext(options) {
      const context = await browser!.newContext(options)
      contexts.push(context)
      return context
    },
    async stream(path, head, context) {
      let finish = (_tail: string) => {}
      const stream = createServer((_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        res.write(head)
        finish = (tail) => res.end(tail)
      })
      streams.push(stream)
      await new Promise<void>((resolve) => stream.listen(0, '127.0.0.1', resolve))
      const url = new URL(path, server!.url).href
      context ??= await this.newContext()
      // The page keeps the demo's origin (its cookies, its relative URLs); only its body comes from here.
      await context.route(url, (route) =>
        route.continue({ url: `http://127.0.0.1:${(stream.address() as AddressInfo).port}/` }),
      )
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'commit' })
      return { page, finish: (tail) => finish(tail) }
    },
  }
}
