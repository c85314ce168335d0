import type { Catalogue, Choice, Consent } from '../types'

/** What the switches show when the preferences open: the stored decision, or only what is required. */
export function choiceFrom(catalogue: Catalogue, consent: Consent | null): Choice {
  return {
    categories: catalogue.categories.filter((c) => c.required || consent?.categories[c.id]).map((c) => c.id),
    services: catalogue.services
      .filter((s) => consent?.services[s.id] || catalogue.categories.some((c) => c.id === s.category && c.required))
      .map((s) => s.id),
  }
}

const turn = (ids: string[], which: string[], on: boolean): string[] =>
  on ? [...new Set([...ids, ...which])] : ids.filter((id) => !which.includes(id))

/**
 * The draft with these ids switched on or off. A category switch carries all
 * its services with it; a service switched on brings its category, or it
 * would still be blocked.
 */
export const switchIds = (choice: Choice, categories: string[], services: string[], on: boolean): Choice => ({
  categories: turn(choice.categories, categories, on),
  services: turn(choice.services, services, on),
})
