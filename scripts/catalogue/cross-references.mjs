// What the schema cannot check: ids that refer to each other, and languages that must match.
import { schema } from './schema.mjs'
import { at, didYouMean, label, languageName, subject } from './wording.mjs'

const list = (value) => (Array.isArray(value) ? value : [])
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
const ids = (items) => [
  ...new Set(
    list(items)
      .map((item) => item?.id)
      .filter((id) => typeof id === 'string'),
  ),
]
const LANGUAGE = new RegExp(schema.definitions.language.pattern, 'u')

function* duplicateIds(catalogue, key, noun) {
  const firstAt = new Map()
  for (const [index, item] of list(catalogue[key]).entries()) {
    if (typeof item?.id !== 'string') continue
    if (firstAt.has(item.id)) {
      yield `${key}[${index}] ("${item.id}"): the id "${item.id}" is already used by ${key}[${firstAt.get(item.id)}]. Every ${noun} needs its own id.`
    } else firstAt.set(item.id, index)
  }
}

/** Every place a LocalizedText lives, as path segments. */
function* localizedTexts(catalogue) {
  if (isObject(catalogue.privacyPolicyUrl)) yield ['privacyPolicyUrl']
  for (const [i, category] of list(catalogue.categories).entries()) {
    for (const field of ['title', 'description']) if (isObject(category?.[field])) yield ['categories', i, field]
  }
  for (const [i, service] of list(catalogue.services).entries()) {
    if (isObject(service?.purpose)) yield ['services', i, 'purpose']
    for (const [j, cookie] of list(service?.cookies).entries()) {
      for (const field of ['retention', 'purpose'])
        if (isObject(cookie?.[field])) yield ['services', i, 'cookies', j, field]
    }
  }
}

export function* crossReferences(catalogue) {
  if (!isObject(catalogue)) return
  const categoryIds = ids(catalogue.categories)
  const serviceIds = ids(catalogue.services)
  // Keys the schema already rejects (such as "EN") are left out, so one mistake gives one message.
  const languages = Object.keys(isObject(catalogue.texts) ? catalogue.texts : {}).filter((key) => LANGUAGE.test(key))
  const knownCategories = `Known categories: ${categoryIds.join(', ')}.`

  yield* duplicateIds(catalogue, 'categories', 'category')
  yield* duplicateIds(catalogue, 'services', 'service')
  // A Consent Mode mapping key names a category or a service: one id for both would be read two ways.
  for (const [i, service] of list(catalogue.services).entries()) {
    if (typeof service?.id === 'string' && categoryIds.includes(service.id)) {
      yield `services[${i}] ("${service.id}"): the id "${service.id}" is also a category id. Give the service an id of its own, such as "${service.id}-service": consentMode.mapping names categories and services by id.`
    }
  }

  for (const [i, service] of list(catalogue.services).entries()) {
    if (typeof service?.category === 'string' && !categoryIds.includes(service.category)) {
      yield `${label(catalogue, ['services', String(i)])}: "category" is "${service.category}", but there is no such category. ${knownCategories}${didYouMean(service.category, categoryIds)}`
    }
  }
  for (const [i, id] of list(catalogue.doNotTrack?.services).entries()) {
    if (typeof id === 'string' && !serviceIds.includes(id)) {
      yield `doNotTrack.services[${i}] is "${id}", but there is no service with that id. Known services: ${serviceIds.join(', ')}.${didYouMean(id, serviceIds)}`
    }
  }
  // Keys are categories or, for a type that must follow one service rather than its category, services.
  for (const key of Object.keys(isObject(catalogue.consentMode?.mapping) ? catalogue.consentMode.mapping : {})) {
    if (!categoryIds.includes(key) && !serviceIds.includes(key)) {
      yield `consentMode.mapping: "${key}" is neither a category id nor a service id. ${knownCategories} Known services: ${serviceIds.join(', ')}.${didYouMean(key, [...categoryIds, ...serviceIds])}`
    }
  }
  const required = list(catalogue.categories).map((category) => category?.required)
  if (required.length && required.every((flag) => flag === undefined || flag === false)) {
    yield 'No category has "required": true. Mark the strictly necessary one (usually "functional") as required, so the site keeps working when a visitor refuses everything.'
  }
  if (
    typeof catalogue.defaultLanguage === 'string' &&
    languages.length &&
    !languages.includes(catalogue.defaultLanguage)
  ) {
    yield `"defaultLanguage" is "${catalogue.defaultLanguage}", but "texts" has no such language. Use one of: ${languages.join(', ')}, or add texts.${catalogue.defaultLanguage}.${didYouMean(catalogue.defaultLanguage, languages)}`
  }
  if (!languages.length) return
  for (const segments of localizedTexts(catalogue)) {
    const path = segments.map(String)
    const text = at(catalogue, path)
    const where = subject(catalogue, path)
    for (const language of languages) {
      if (!(language in text)) {
        yield `${where} has no ${languageName(language)} text. Add "${language}": "…", because the catalogue offers ${languages.join(', ')} (the languages in "texts").`
      }
    }
    for (const language of Object.keys(text)) {
      if (!languages.includes(language)) {
        yield `${where} has a "${language}" text, but "texts" has no "${language}" language. Remove it, or add texts.${language}.${didYouMean(language, languages)}`
      }
    }
  }
}
