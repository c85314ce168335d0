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
  const service = serviceId === undefined ? undefined : catalogue.services.find((s) => s.id === serviceId)
  if (serviceId !== undefined && !service) return false
  // Markup that names a service of another category is a mistake: refuse rather than guess.
  if (service && categoryId !== undefined && service.category !== categoryId) return false
  const category = catalogue.categories.find((c) => c.id === (categoryId ?? service?.category))
  if (!category) return false
  if (service && doNotTrack && catalogue.doNotTrack.services.includes(service.id)) return false
  if (category.required) return true
  return !!consent?.categories[category.id] && (!service || !!consent.services[service.id])
}
