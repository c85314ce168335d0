import type { Catalogue, Choice, Consent } from '../types'

/** A fresh random id for the site's consent log: 64 random bits as 16 hex digits. */
export const randomId = (): string => crypto.getRandomValues(new BigUint64Array(1))[0]!.toString(16).padStart(16, '0')

/**
 * Turns the ids switched on into a complete decision: every category and
 * service of the catalogue gets a boolean. Required categories and their
 * services are always granted; a service is granted only with its category;
 * ids the catalogue does not know are dropped. The core reads stored
 * decisions with it, so it takes the id and the date instead of making them.
 */
export const completeConsent = (
  catalogue: Catalogue,
  choice: Choice,
  doNotTrack: boolean,
  id: string,
  decidedAt: string,
): Consent => {
  const categories: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  for (const category of catalogue.categories)
    categories[category.id] = !!category.required || choice.categories.includes(category.id)
  for (const service of catalogue.services)
    services[service.id] =
      !!categories[service.category] &&
      (choice.services.includes(service.id) ||
        catalogue.categories.some((c) => c.id === service.category && c.required))
  return { id, revision: catalogue.revision, decidedAt, categories, services, doNotTrack }
}
