import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * rollup.config.mjs shortens every `__x` property in koekje-ui.js: those are
 * Preact's internals. A property of ours with such a name, in the UI's code
 * or in the contract with the core (whose bundle is not mangled the same
 * way), would be renamed on one side only and silently break.
 */
const UI_SOURCES = [
  ...readdirSync('src/ui').map((file) => `src/ui/${file}`),
  'src/ui-entry.ts',
  'src/consent/actions.ts',
  'src/types.ts',
]

describe('the `__` names the UI bundle mangles', () => {
  it('are used by none of our own properties', () => {
    const offenders = UI_SOURCES.flatMap((path) =>
      (readFileSync(path, 'utf8').match(/\b__(?!html\b)[A-Za-z]\w*/g) ?? []).map((name) => `${path}: ${name}`),
    )
    expect(offenders).toEqual([])
  })

  it('recognise such a name where it is used', () => {
    expect('host.__lang'.match(/\b__(?!html\b)[A-Za-z]\w*/g)).toEqual(['__lang'])
  })
})
