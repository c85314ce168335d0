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
 */
export const loadCatalogue = async (url: string): Promise<Catalogue> => {
  // Cookies go along to the site's own origin only: fetch's default credentials mode.
  const response = await fetch(url)
  if (!response.ok) throw new Error(`cookie catalogue ${url}: HTTP ${response.status}`)
  return assertUsableCatalogue(await response.json())
}
