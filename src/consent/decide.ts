import type { Catalogue, Consent } from '../types'

/**
 * The decision table: may an element tagged with this category and/or
 * service run? Anything unknown or inconsistent is refused (fail closed).
 */
export const isAllowed = (
  catalogue: Catalogue,
  consent: Consent | null,
  doNotTrack: boolean,
  categoryId: string | undefined,
  serviceId: string | undefined,
): boolean => {
  const service = serviceId ? catalogue.services.find((s) => s.id === serviceId) : undefined
  const id = categoryId ?? service?.category
  const category = catalogue.categories.find((c) => c.id === id)
  return (
    !!category &&
    // An unknown service, or markup that names a service of another category,
    // is a mistake: refuse rather than guess. Do-not-track holds its services back.
    (serviceId === undefined ||
      (service?.category === id && !(doNotTrack && catalogue.doNotTrack.services.includes(serviceId)))) &&
    (!!category.required || (!!consent?.categories[category.id] && (!service || !!consent.services[service.id])))
  )
}
