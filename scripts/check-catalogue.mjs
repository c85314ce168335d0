// Checks the cookie catalogue the marketing team edits, in words they can act on.
//
// Why ajv: a maintained JSON Schema validator applies exactly the rules that
// VS Code shows while editing (config/catalogue.schema.json), so the editor,
// this command and the build never disagree, and we do not hand-write (and
// forget to update) a second set of type checks. What a schema cannot express
// (ids that refer to each other, languages that must match) is checked below.
//
//   node scripts/check-catalogue.mjs [file]     (default config/catalogue.json)
import { readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'

const DEFAULT_FILE = 'config/catalogue.json'
// A path rather than `new URL(…, import.meta.url)`, which Vite (the tests) rewrites into a web address.
const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'config', 'catalogue.schema.json')
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))

let validate
/** Compiles the schema once, on first use, so importing this module (rollup.config.mjs does) costs nothing. */
const compiled = () => {
  if (!validate) {
    // verbose: errors carry their schema, which holds the titles, examples and
    // the plain-language patternErrorMessage/errorMessage VS Code also shows.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true })
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' })
    ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' })
    validate = ajv.compile(schema)
  }
  return validate
}

// ---------------------------------------------------------------- wording

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })
const languageName = (code) => {
  try {
    const name = languageNames.of(code)
    return name ? `${name} ("${code}")` : `"${code}"`
  } catch {
    return `"${code}"`
  }
}

const show = (value) => {
  if (typeof value === 'string') return value === '' ? 'empty' : `"${value}" (text)`
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'a group of fields { … }'
  return String(value)
}
const quote = (value) => (typeof value === 'string' ? `"${value}"` : String(value))

const TYPE_WORDS = {
  integer: 'a whole number like 2, without quotes',
  number: 'a number, without quotes',
  string: 'a text in "double quotes"',
  boolean: 'true or false, without quotes',
  array: 'a list in [ ]',
  object: 'a group of fields in { }',
}

/** Levenshtein distance, to turn "analytic" into 'Did you mean "analytics"?'. */
const distance = (a, b) => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
const didYouMean = (word, known) => {
  if (typeof word !== 'string') return ''
  const best = known
    .map((candidate) => ({ candidate, d: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(1, Math.floor(word.length / 3)) ? ` Did you mean "${best.candidate}"?` : ''
}

// ---------------------------------------------------------------- places

const segmentsOf = (pointer) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))

/** `services[3] ("hotjar").cookies[0] ("_ga")`: array items are named by their id or name, so people find them. */
const label = (root, segments) => {
  let text = ''
  let node = root
  for (const segment of segments) {
    if (Array.isArray(node)) {
      node = node[Number(segment)]
      const name = node && typeof node === 'object' ? (node.id ?? node.name) : undefined
      text += `[${segment}]${typeof name === 'string' ? ` ("${name}")` : ''}`
    } else {
      node = node?.[segment]
      text += text ? `.${segment}` : segment
    }
  }
  return text
}

/** What the message is about: `services[3] ("hotjar"): "category"`, `"revision"`, `doNotTrack.services[0]`. */
const subject = (root, segments) => {
  if (segments.length === 0) return 'The catalogue'
  const last = segments.at(-1)
  const parent = segments.slice(0, -1)
  if (/^\d+$/.test(last)) return label(root, segments)
  return parent.length ? `${label(root, parent)}: "${last}"` : `"${last}"`
}

const at = (root, segments) => segments.reduce((node, s) => node?.[s], root)

// ---------------------------------------------------------------- schema errors in plain words

const explainSchemaError = (root, error) => {
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
      return `${where} is ${quote(value)}, but it must be one of: ${params.allowedValues.join(', ')}.${didYouMean(value, params.allowedValues)}`
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

// ---------------------------------------------------------------- what the schema cannot check

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

function* crossReferences(catalogue) {
  if (!isObject(catalogue)) return
  const categoryIds = ids(catalogue.categories)
  const serviceIds = ids(catalogue.services)
  // Keys the schema already rejects (such as "EN") are left out, so one mistake gives one message.
  const languages = Object.keys(isObject(catalogue.texts) ? catalogue.texts : {}).filter((key) => LANGUAGE.test(key))
  const knownCategories = `Known categories: ${categoryIds.join(', ')}.`

  yield* duplicateIds(catalogue, 'categories', 'category')
  yield* duplicateIds(catalogue, 'services', 'service')

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
  for (const key of Object.keys(isObject(catalogue.consentMode?.mapping) ? catalogue.consentMode.mapping : {})) {
    if (!categoryIds.includes(key)) {
      yield `consentMode.mapping: "${key}" is not a category id. ${knownCategories}${didYouMean(key, categoryIds)}`
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

// ---------------------------------------------------------------- public API

/**
 * Every problem in a catalogue, as sentences that name the place and the fix.
 * @param {unknown} value the parsed catalogue
 * @returns {string[]} empty when the catalogue is valid
 * @example checkCatalogue({ ...catalogue, revision: '2' })
 * // ['"revision" is "2" (text), but it must be a whole number like 2, without quotes.']
 */
export function checkCatalogue(value) {
  const check = compiled()
  check(value)
  const errors = check.errors ?? []
  // A rejected key ("EN" in texts) is reported once; what ajv then says about its contents is noise.
  const rejectedKeys = errors
    .filter((e) => e.propertyName !== undefined)
    .map((e) => `${e.instancePath}/${e.propertyName.replaceAll('~', '~0').replaceAll('/', '~1')}`)
  const fromSchema = errors
    .filter((e) => e.keyword !== 'propertyNames') // it wraps the pattern error that names the key
    .filter((e) => !rejectedKeys.some((key) => e.instancePath === key || e.instancePath.startsWith(`${key}/`)))
    .map((e) => explainSchemaError(value, e))
  return [...new Set([...fromSchema, ...crossReferences(value)])]
}

/** Offset of the first JSON syntax error, found by a strict scan, since V8's messages often omit it. */
const syntaxErrorOffset = (text) => {
  let i = 0
  const fail = () => {
    throw i
  }
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? 'x')) i++
  }
  const string = () => {
    for (i++; i < text.length; i++) {
      if (text[i] === '"') return i++
      if (text[i] < ' ') fail()
      if (text[i] === '\\') {
        const sequence = text.slice(i + 1, i + 6)
        if (/^u[0-9a-fA-F]{4}/.test(sequence)) i += 5
        else if ('"\\/bfnrt'.includes(sequence[0] || 'x')) i += 1
        else fail()
      }
    }
    fail()
  }
  const items = (close, item) => {
    i++
    space()
    if (text[i] === close) return i++
    for (;;) {
      item()
      space()
      if (text[i] === close) return i++
      if (text[i] !== ',') fail()
      i++
      space()
    }
  }
  const value = () => {
    space()
    const c = text[i]
    if (c === '{') return items('}', member)
    if (c === '[') return items(']', value)
    if (c === '"') return string()
    const word = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i))
    if (!word) fail()
    i += word[0].length
  }
  const member = () => {
    if (text[i] !== '"') fail()
    string()
    space()
    if (text[i] !== ':') fail()
    i++
    value()
  }
  try {
    value()
    space()
    return Math.min(i, text.length)
  } catch (offset) {
    return offset
  }
}

const lineAndColumn = (text, offset) => {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** Where the JSON breaks and the usual reason, for people who edit JSON by hand now and then. */
const describeSyntaxError = (text) => {
  const offset = syntaxErrorOffset(text)
  const before = text.slice(0, offset).trimEnd()
  const char = text[offset]
  const place = (errorAt) => {
    const { line, column } = lineAndColumn(text, errorAt)
    return {
      where: `line ${line}, column ${column}`,
      excerpt: `\n    ${text.split('\n')[line - 1]?.replaceAll('\t', ' ')}\n    ${' '.repeat(column - 1)}^`,
    }
  }
  if (char === undefined) {
    return `the file ends too early (${place(before.length).where}): a closing } or ] or a "double quote" is missing.`
  }
  if ('}]'.includes(char) && before.endsWith(',')) {
    const { where, excerpt } = place(before.length - 1)
    return `${where}: there is a comma after the last item. Remove that comma.${excerpt}`
  }
  if (/["{[\d-]/.test(char) && /["}\]\del]$/.test(before)) {
    const { where, excerpt } = place(before.length)
    return `${where}: a comma is missing between two items. Add a comma here.${excerpt}`
  }
  const { where, excerpt } = place(offset)
  if (char === '\\')
    return `${where}: this backslash \\ starts no valid escape. Write \\\\ for a backslash itself.${excerpt}`
  return `${where}: unexpected "${char}". Look for a text without "double quotes" around it, or a stray character.${excerpt}`
}

/**
 * Reads and checks a catalogue file.
 * @param {string} file path as the user typed it (it heads the messages)
 * @returns {{ catalogue?: any, problems: string[] }}
 */
export function checkCatalogueFile(file) {
  let text
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'there is no such file' : (error.code ?? error.message)
    return { problems: [`cannot be read (${reason}).`] }
  }
  let catalogue
  try {
    catalogue = JSON.parse(text)
  } catch {
    return { problems: [`is not valid JSON: ${describeSyntaxError(text)}`] }
  }
  return { catalogue, problems: checkCatalogue(catalogue) }
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`

/** `config/catalogue.json has 2 problems:` and a numbered list; a file that cannot be read or parsed gets one line. */
const report = (file, problems) =>
  problems.length === 1 && /^(is not valid JSON|cannot be read)/.test(problems[0])
    ? `${file} ${problems[0]}`
    : `${file} has ${plural(problems.length, 'problem', 'problems')}:\n${problems.map((p, n) => `  ${n + 1}. ${p}`).join('\n')}`

/**
 * Throws an Error listing every problem, headed by the file name. The build
 * (rollup.config.mjs) calls it so an invalid catalogue is never shipped.
 * @param {string} file
 */
export function assertValidCatalogueFile(file) {
  const { problems } = checkCatalogueFile(file)
  if (problems.length) throw new Error(report(file, problems))
}

const isCli = () => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isCli()) {
  const file = process.argv[2] ?? DEFAULT_FILE
  const { catalogue, problems } = checkCatalogueFile(file)
  if (problems.length) {
    console.error(`✗ ${report(file, problems)}`)
    process.exitCode = 1
  } else {
    const categories = plural(catalogue.categories.length, 'category', 'categories')
    const services = plural(catalogue.services.length, 'service', 'services')
    const languages = plural(Object.keys(catalogue.texts).length, 'language', 'languages')
    console.log(`✓ ${file} is valid: ${categories}, ${services}, ${languages}`)
  }
}
