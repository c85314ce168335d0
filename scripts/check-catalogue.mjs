// Checks the cookie catalogue the marketing team edits, in words they can act on.
//
// Why ajv: a maintained JSON Schema validator applies exactly the rules that
// VS Code shows while editing (config/catalogue.schema.json), so the editor,
// this command and the build never disagree, and we do not hand-write (and
// forget to update) a second set of type checks. What a schema cannot express
// (ids that refer to each other, languages that must match) is checked in
// scripts/catalogue/cross-references.mjs; the wording lives beside it.
//
//   node scripts/check-catalogue.mjs [file]     (default config/catalogue.json)
import { readFileSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import { crossReferences } from './catalogue/cross-references.mjs'
import { describeSyntaxError } from './catalogue/json-syntax.mjs'
import { schema } from './catalogue/schema.mjs'
import { explainSchemaError } from './catalogue/schema-errors.mjs'

const DEFAULT_FILE = 'config/catalogue.json'

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
