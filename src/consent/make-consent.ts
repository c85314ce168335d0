import type { Catalogue, Choice, Consent } from '../types'

/** A fresh random id for the site's consent log: 8 random bytes as hex. */
export const randomId = (): string =>
  // `| 256` then slice keeps the leading zero of bytes below 16.
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => (byte | 256).toString(16).slice(1)).join('')

/**
 * Turns the ids switched on into a complete decision: every category and
 * service of the catalogue gets a boolean. Required categories and their
 * services are always granted; a service is granted only with its category;
 * ids the catalogue does not know are dropped.
 */
export const makeConsent = (
  catalogue: Catalogue,
  choice: Choice,
  doNotTrack: boolean,
  id = randomId(),
  decidedAt = new Date().toISOString(),
): Consent => {
  const categories: Record<string, boolean> = {}
  const services: Record<string, boolean> = {}
  for (const category of catalogue.categories)
    categories[category.id] = !!category.required || choice.categories.includes(category.id)
  for (const service of catalogue.services) {
    const required = catalogue.categories.some((c) => c.id === service.category && c.required)
    services[service.id] = required || (!!categories[service.category] && choice.services.includes(service.id))
  }
  return { id, revision: catalogue.revision, decidedAt, categories, services, doNotTrack }
}

/** Every category and service. */
export const choiceOfAll = (catalogue: Catalogue): Choice => ({
  categories: catalogue.categories.map((c) => c.id),
  services: catalogue.services.map((s) => s.id),
})

/**
 * What `koekje.accept(ids)` means: a category id grants the category and all
 * its services; a service id grants the service and its category.
 */
export const choiceOfIds = (catalogue: Catalogue, ids: string[]): Choice => {
  const categories = new Set<string>()
  const services = new Set<string>()
  for (const service of catalogue.services) {
    if (ids.includes(service.category) || ids.includes(service.id)) {
      categories.add(service.category)
      services.add(service.id)
    }
  }
  for (const id of ids) if (catalogue.categories.some((c) => c.id === id)) categories.add(id)
  return { categories: [...categories], services: [...services] }
}
