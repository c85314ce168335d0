import type { Catalogue, Choice, Consent } from '../types'

const isRequired = (catalogue: Catalogue, category: string): boolean =>
  catalogue.categories.some((c) => c.id === category && c.required)

/** What the switches show when the preferences open: the stored decision, or only what is required. */
export function choiceFrom(catalogue: Catalogue, consent: Consent | null): Choice {
  return {
    categories: catalogue.categories.filter((c) => c.required || consent?.categories[c.id]).map((c) => c.id),
    services: catalogue.services
      .filter((s) => isRequired(catalogue, s.category) || consent?.services[s.id])
      .map((s) => s.id),
  }
}

const turn = (ids: string[], which: string[], on: boolean): string[] =>
  on ? [...new Set([...ids, ...which])] : ids.filter((id) => !which.includes(id))

/** A category switch carries all its services with it. */
export function switchCategory(catalogue: Catalogue, choice: Choice, id: string, on: boolean): Choice {
  const services = catalogue.services.filter((s) => s.category === id).map((s) => s.id)
  return { categories: turn(choice.categories, [id], on), services: turn(choice.services, services, on) }
}

/** A service switched on needs its category on, or it would still be blocked. */
export function switchService(catalogue: Catalogue, choice: Choice, id: string, on: boolean): Choice {
  const category = catalogue.services.find((s) => s.id === id)?.category
  return {
    categories: on && category ? turn(choice.categories, [category], true) : choice.categories,
    services: turn(choice.services, [id], on),
  }
}
