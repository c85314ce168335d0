// The catalogue's JSON Schema, read once for the checker and its cross-checks.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A path rather than `new URL(…, import.meta.url)`, which Vite (the tests) rewrites into a web address.
const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'config', 'catalogue.schema.json')
export const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))
