import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * What each shipped file is built from, read from its source map: a repeat
 * view (koekje.js) and a first visit (koekje-ui.js) must never pay for
 * Preact, which only the preferences layer carries. An import added in the
 * wrong place would quietly put 4.5 KB back. npm test builds first.
 */
const sourcesOf = (file: string): string[] => {
  const map = `dist/${file}.map`
  if (!existsSync(map)) throw new Error(`${map} is missing: run \`npm run build\` first`)
  return JSON.parse(readFileSync(map, 'utf8')).sources
}
const preactIn = (file: string) => sourcesOf(file).filter((source) => source.includes('node_modules/preact/'))

describe('the shipped bundles', () => {
  it('keep Preact out of the core that every page view runs', () => {
    expect(preactIn('koekje.js')).toEqual([])
  })

  it('keep Preact out of the banner layer that a first visit fetches', () => {
    expect(preactIn('koekje-ui.js')).toEqual([])
  })

  it('put Preact in the preferences layer, with the dialog', () => {
    expect(preactIn('koekje-preferences.js')).not.toEqual([])
    expect(sourcesOf('koekje-preferences.js').some((source) => source.endsWith('src/ui/preferences.tsx'))).toBe(true)
  })
})
