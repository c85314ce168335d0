// ajv's schema errors, retold in plain words with the place, the value and the fix.
import { didYouMean, label, languageName, quote, segmentsOf, show, subject, TYPE_WORDS } from './wording.mjs'

/**
 * `left, right`; where true and false are allowed too, texts are quoted
 * (`true, false, "auto"`), so `"true"` in quotes reads as the mistake it is.
 */
const allowedWords = (values) => values.map(values.every((v) => typeof v === 'string') ? String : quote).join(', ')

export const explainSchemaError = (root, error) => {
  const segments = segmentsOf(error.instancePath)
  const where = subject(root, segments)
  const value = error.data
  const hint = error.parentSchema?.errorMessage ? ` ${error.parentSchema.errorMessage}` : ''
  const { params } = error
  switch (error.keyword) {
    case 'required': {
      const field = params.missingProperty
      const example = error.parentSchema.properties?.[field]?.examples?.[0]
      const shown = example === undefined ? '' : JSON.stringify(example)
      const inTexts = segments[0] === 'texts' && segments.length === 2
      const fix = inTexts
        ? `Add the ${languageName(segments[1])} text for "${field}".`
        : shown && shown.length <= 80
          ? `Add it, for example: "${field}": ${shown}`
          : 'Add it.'
      return `${segments.length ? label(root, segments) : 'The catalogue'}: "${field}" is missing. ${fix}`
    }
    case 'additionalProperties': {
      const known = Object.keys(error.parentSchema.properties ?? {})
      const place = segments.length ? `${label(root, segments)}: ` : ''
      const knownFields = known.length ? ` Known fields: ${known.join(', ')}.` : ''
      return `${place}unknown field "${params.additionalProperty}".${didYouMean(params.additionalProperty, known)}${knownFields}`
    }
    case 'type':
      return `${where} is ${show(value)}, but it must be ${TYPE_WORDS[params.type] ?? params.type}.${hint}`
    case 'pattern':
      if (error.propertyName !== undefined) {
        return `${label(root, segments) || 'The catalogue'}: the key "${error.propertyName}" is not allowed: ${error.parentSchema.patternErrorMessage ?? `it must match ${params.pattern}`}`
      }
      return `${where} is ${quote(value)}, but ${error.parentSchema.patternErrorMessage ?? `it must match ${params.pattern}`}`
    case 'enum':
      // The schema's hint only when the value is no near miss, which the suggestion fixes.
      return `${where} is ${quote(value)}, but it must be one of: ${allowedWords(params.allowedValues)}.${
        params.allowedValues.some((v) => typeof v !== 'string' && String(v) === value)
          ? ` Write ${value} without quotes.`
          : didYouMean(value, params.allowedValues) || hint
      }`
    case 'minimum':
    case 'maximum':
      return `${where} is ${value}, but it must be at ${error.keyword === 'minimum' ? 'least' : 'most'} ${params.limit}.${hint}`
    case 'minLength':
      return `${where} is empty. Write a text.`
    case 'minItems':
      return `${where} is an empty list; it needs at least ${params.limit}.`
    case 'minProperties':
      return `${where} is empty. Add a text per language, e.g. { "nl": "…", "en": "…" }.`
    case 'uniqueItems':
      return `${where} lists ${quote(value[params.j])} twice (items ${params.j} and ${params.i}). Remove one.`
    default:
      return `${where}: ${error.message}.${hint}`
  }
}
