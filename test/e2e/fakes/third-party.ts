// What the browser tests answer instead of the internet. A fake script only
// says it ran: it pushes its name to `window.__loaded`, notes how long
// `window.dataLayer` was at that moment (to prove what happened before it),
// and the nonce it ran with (to prove the CSP contract).

/** Which third-party script is which, by host and path. */
const SCRIPT_NAMES: { host: RegExp; path: RegExp; name: (url: URL) => string }[] = [
  { host: /(^|\.)googletagmanager\.com$/, path: /^\/gtm\.js$/, name: () => 'gtm' },
  {
    host: /(^|\.)googletagmanager\.com$/,
    path: /^\/gtag\/js$/,
    name: (url) => `gtag:${url.searchParams.get('id') ?? ''}`,
  },
  { host: /(^|\.)hotjar\.com$/, path: /./, name: () => 'hotjar' },
  { host: /(^|\.)facebook\.net$/, path: /fbevents\.js$/, name: () => 'fbevents' },
  { host: /(^|\.)onlinesucces\.nl$/, path: /\.js$/, name: () => 'onlinesucces' },
]

/** The name a fake script pushes to `window.__loaded`: `gtm`, `gtag:G-XXXXXXXXXX`, `hotjar`, `fbevents`, `onlinesucces`. */
export const scriptName = (href: string): string => {
  const url = new URL(href)
  const known = SCRIPT_NAMES.find((entry) => entry.host.test(url.hostname) && entry.path.test(url.pathname))
  return known ? known.name(url) : `unknown:${url.hostname}${url.pathname}`
}

/** A script that records that it ran, and nothing else. */
export const fakeScript = (name: string): string => {
  const quoted = JSON.stringify(name)
  return [
    '(function (w) {',
    `  (w.__loaded = w.__loaded || []).push(${quoted});`,
    `  (w.__dataLayerAt = w.__dataLayerAt || {})[${quoted}] = (w.dataLayer || []).length;`,
    '  var me = document.currentScript;',
    `  (w.__nonces = w.__nonces || {})[${quoted}] = me ? me.nonce : null;`,
    '})(window);',
  ].join('\n')
}

/** A transparent 1×1 GIF: what a tracking pixel answers. */
export const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

/** A tiny page standing in for an embed (Google Maps). */
export const fakeFrame = (href: string): string =>
  `<!doctype html><title>fake</title><p>Fake embed of ${new URL(href).hostname}</p>`

export interface FakeResponse {
  status: number
  contentType?: string
  body?: string | Buffer
}

/** The fake answer for one third-party request, by what the browser asked for. */
export const fakeResponse = (href: string, resourceType: string): FakeResponse => {
  const path = new URL(href).pathname
  if (resourceType === 'script' || path.endsWith('.js')) {
    return { status: 200, contentType: 'text/javascript', body: fakeScript(scriptName(href)) }
  }
  if (resourceType === 'image') return { status: 200, contentType: 'image/gif', body: PIXEL }
  if (resourceType === 'document') return { status: 200, contentType: 'text/html', body: fakeFrame(href) }
  return { status: 204 }
}

/** What callcenter-software.com loads without consent: GTM and the Maps embed (both functional, always on). */
const ALWAYS_ON = [/^https:\/\/www\.googletagmanager\.com\/gtm\.js\?/, /^https:\/\/www\.google\.com\/maps\/embed\?/]

/** The requests that needed consent: every third-party URL but GTM and the Maps embed. */
export const optionalRequests = (urls: string[]): string[] =>
  urls.filter((url) => !ALWAYS_ON.some((pattern) => pattern.test(url)))
