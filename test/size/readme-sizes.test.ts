import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The README quotes sizes between markers, `<!-- sizes:core -->2.9 KB<!-- /sizes -->`,
// which `node scripts/size.mjs --write-readme` fills in from dist/sizes.json
// (the format is in docs/performance.md). npm test builds and sizes first.
const MARKER = /<!-- sizes:([a-z-]+) -->([^<]*)<!-- \/sizes -->/g
const TOLERANCE = 0.02

const readmeMarkers = () =>
  [...(existsSync('README.md') ? readFileSync('README.md', 'utf8') : '').matchAll(MARKER)].map(
    ([, key = '', text = '']) => ({ key, text }),
  )

/** "2.9 KB" → 2969.6 bytes; "812 B" → 812. KB are of 1024 bytes, as in the budgets. */
const quotedBytes = (text: string) => {
  const match = /^\s*([\d.]+)\s*(KB|B)\s*$/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * (match[2] === 'KB' ? 1024 : 1)
}

describe('the README quotes the real bundle sizes', () => {
  it('has size markers to keep in sync', () => {
    expect(
      readmeMarkers(),
      'README.md has no <!-- sizes:core -->…<!-- /sizes --> markers; see docs/performance.md',
    ).not.toEqual([])
  })

  it('quotes each size within 2% of dist/sizes.json', () => {
    expect(existsSync('dist/sizes.json'), 'dist/sizes.json is missing: run `npm run build && npm run size`').toBe(true)
    const sizes: Record<string, { gzip: number }> = JSON.parse(readFileSync('dist/sizes.json', 'utf8'))
    for (const { key, text } of readmeMarkers()) {
      const actual = sizes[key]?.gzip
      expect(
        actual,
        `README marker "${key}" names no size in dist/sizes.json (${Object.keys(sizes).join(', ')})`,
      ).toBeTypeOf('number')
      const quoted = quotedBytes(text)
      expect(
        quoted,
        `README marker "${key}" holds "${text}", not a size like "2.9 KB": run \`node scripts/size.mjs --write-readme\``,
      ).toBeTypeOf('number')
      const drift = Math.abs((quoted as number) - (actual as number)) / (actual as number)
      expect(
        drift,
        `README says ${text.trim()} for "${key}" but it is ${actual} B gzip: run \`node scripts/size.mjs --write-readme\``,
      ).toBeLessThanOrEqual(TOLERANCE)
    }
  })
})
