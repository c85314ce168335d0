// The one catalogue every widget on the bench shows: Koekje reads the JSON as
// is; each peer gets the same categories, services, cookies and texts in its
// own configuration format (see widgets/).
import { readFileSync } from 'node:fs'

export const CATALOGUE_PATH = new URL('../../bench/catalogue.json', import.meta.url).pathname
export const CATALOGUE = JSON.parse(readFileSync(CATALOGUE_PATH, 'utf8'))
export const LANG = 'en'

/** A visitor text of the bench language, with `{controller}` filled in as Koekje does. */
export const text = (key) => CATALOGUE.texts[LANG][key].replaceAll('{controller}', CATALOGUE.controller)

export const servicesOf = (categoryId) => CATALOGUE.services.filter((service) => service.category === categoryId)
