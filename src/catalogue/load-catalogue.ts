import type { Catalogue } from '../types'

/**
 * The few checks the browser keeps so that a broken catalogue fails closed
 * with a message instead of half-working. The full rules (and the messages
 * for the marketing team) live in scripts/check-catalogue.mjs and the build.
 */
export const assertUsableCatalogue = (value: unknown): Catalogue => {
  const c = value as Catalogue
  const problem =
    !c || typeof c !== 'object'
      ? 'it is not a JSON object'
      : !Number.isInteger(c.revision)
        ? '"revision" is not a whole number'
        : !Array.isArray(c.categories) || !Array.isArray(c.services)
          ? '"categories" or "services" is not a list'
          : !c.categories.some((category) => category.required)
            ? 'no category is "required"'
            : !(c.consentCookie?.days > 0)
              ? '"consentCookie.days" is missing'
              : !c.texts?.[c.defaultLanguage]
                ? `"texts" has no "${c.defaultLanguage}" (the defaultLanguage)`
                : !c.consentMode?.mapping || !Array.isArray(c.doNotTrack?.services)
                  ? '"consentMode.mapping" or "doNotTrack.services" is missing'
                  : ''
  if (problem) throw new Error(`the cookie catalogue is invalid: ${problem}`)
  return c
}

/**
 * Fetched at once on every page view (an outdated revision must hold
 * everything optional back). Sites serve it with an ETag so repeat views
 * revalidate with a 304.
 */
export const loadCatalogue = async (url: string): Promise<Catalogue> => {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`could not load the cookie catalogue ${url}: HTTP ${response.status}`)
  return assertUsableCatalogue(await response.json())
}
