import type { Catalogue } from '../types'

/**
 * The few checks the browser keeps so that a broken catalogue fails closed
 * with a message instead of half-working. The full rules, with messages for
 * the marketing team, live in scripts/check-catalogue.mjs, which the build
 * runs.
 */
export const assertUsableCatalogue = (value: unknown): Catalogue => {
  const c = value as Catalogue
  // Each of these would otherwise throw somewhere deeper, or let a mistake pass.
  // A value of another shape throws while it is checked (`.map` of a
  // non-array, a field of undefined): unusable too.
  try {
    if (
      Number.isInteger(c.revision) &&
      c.categories.some((category) => category.required) &&
      c.services.every((service) => service.cookies.map) &&
      c.consentCookie.days > 0 &&
      c.texts[c.defaultLanguage] &&
      c.consentMode.mapping &&
      c.doNotTrack.services.map(String)
    )
      return c
  } catch {}
  throw new Error('invalid cookie catalogue (`npm run check:catalogue` explains)')
}

/**
 * Fetched at once on every page view (an outdated revision must hold
 * everything optional back). Sites serve it with an ETag so repeat views
 * revalidate with a 304.
 *
 * XMLHttpRequest rather than fetch: the answer is the critical path of every
 * page view (nothing is released and Consent Mode gets no update before it),
 * and it arrives while the page is still parsed and laid out. Chromium hands
 * an XMLHttpRequest's complete body over in one task, where `response.json()`
 * waits for further tasks behind the parser and the first layout: on the
 * bench's page at 4× CPU the consented trackers started about 90 ms earlier.
 * Cookies go along to the site's own origin only, as with fetch's default.
 */
export const loadCatalogue = (url: string): Promise<Catalogue> =>
  new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('GET', url)
    // Anything that is not JSON arrives as null, which the check below refuses.
    request.responseType = 'json'
    request.onloadend = () =>
      request.status > 199 && request.status < 300
        ? resolve(request.response)
        : reject(new Error(`cookie catalogue ${url}: ${request.status ? `HTTP ${request.status}` : 'no response'}`))
    request.send()
  }).then(assertUsableCatalogue)
