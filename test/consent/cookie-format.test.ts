import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checksum, decodeConsent, encodeConsent, mayHoldConsent } from '../../src/consent/cookie-format'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'

const catalogue = makeCatalogue()
const NOW = Date.parse('2026-11-25T10:00:00Z')
const decision = () =>
  makeConsent(
    catalogue,
    { categories: ['analytics'], services: ['hotjar'] },
    false,
    '0123456789abcdef',
    new Date(NOW).toISOString(),
  )

describe('the koekje_consent cookie value', () => {
  it('reads back exactly the decision it stored', () => {
    const consent = decision()
    expect(decodeConsent(encodeConsent(consent), catalogue, false, NOW)).toEqual(consent)
  })

  it('is compact, documented and free of characters servers decode', () => {
    const value = encodeConsent(decision())
    expect(value).toMatch(
      /^1\.3\.[0-9a-z]+\.0123456789abcdef\.functional~analytics\.google-tag-manager~hotjar\.[0-9a-z]+$/,
    )
    expect(value).not.toMatch(/[\s,;"\\+%]/)
  })

  it('round-trips any choice of categories and services', () => {
    const ids = catalogue.services.map((s) => s.id)
    fc.assert(
      fc.property(
        fc.subarray(['analytics', 'marketing']),
        fc.subarray(ids),
        fc.boolean(),
        (categories, services, dnt) => {
          const consent = makeConsent(
            catalogue,
            { categories, services },
            dnt,
            'abcdef0123456789',
            new Date(NOW).toISOString(),
          )
          expect(decodeConsent(encodeConsent(consent), catalogue, dnt, NOW)).toEqual(consent)
        },
      ),
    )
  })

  const valid = encodeConsent(decision())
  const corrupt: [string, string | undefined][] = [
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'hello'],
    ['JSON from another tool', '{"analytics":true}'],
    ['too few fields', valid.split('.').slice(0, 6).join('.')],
    ['too many fields', `${valid}.x`],
    ['another format version', valid.replace(/^1\./, '2.')],
    ['a granted category added by hand', valid.replace('functional~analytics', 'functional~analytics~marketing')],
    [
      'a flipped checksum',
      valid.replace(/\.([0-9a-z]+)$/, (_, sum: string) => `.${sum === 'a' ? 'b' : 'a'}${sum.slice(1)}`),
    ],
    ['a non-hex id', valid.replace('0123456789abcdef', 'ZZZZZZZZZZZZZZZZ')],
    ['URL-encoded', encodeURIComponent(valid.replace(/\./g, ';'))],
  ]
  it.each(corrupt)('counts a %s value as no decision', (_, value) => {
    expect(decodeConsent(value, catalogue, false, NOW)).toBeNull()
  })

  it('counts a decision under an older or newer revision as no decision', () => {
    expect(decodeConsent(valid, makeCatalogue({ revision: 4 }), false, NOW)).toBeNull()
    expect(decodeConsent(valid, makeCatalogue({ revision: 2 }), false, NOW)).toBeNull()
  })

  it('counts an expired or future-dated decision as no decision', () => {
    const day = 86400_000
    expect(decodeConsent(valid, catalogue, false, NOW + 366 * day)).toBeNull()
    expect(decodeConsent(valid, catalogue, false, NOW + 364 * day)).not.toBeNull()
    expect(decodeConsent(valid, catalogue, false, NOW - 2 * day)).toBeNull()
  })

  it('rejects every single-character change to a valid value', () => {
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (at, char) => {
        fc.pre(valid[at] !== char)
        const changed = valid.slice(0, at) + char + valid.slice(at + 1)
        const decoded = decodeConsent(changed, catalogue, false, NOW)
        // Either refused, or (for a change that keeps meaning, e.g. none) identical.
        expect(decoded).toBeNull()
      }),
    )
  })

  it('drops ids the catalogue no longer knows instead of failing', () => {
    const body = `1.3.${Math.floor(NOW / 1000).toString(36)}.0123456789abcdef.analytics~gone.hotjar~vanished`
    const consent = decodeConsent(`${body}.${checksum(body)}`, catalogue, false, NOW)
    expect(consent?.categories).toEqual({ functional: true, analytics: true, marketing: false })
    expect(consent?.services.hotjar).toBe(true)
    expect(Object.keys(consent?.services ?? {})).not.toContain('vanished')
  })
})

describe('spotting a stored decision before the catalogue is read', () => {
  it('finds one under any cookie name, among other cookies', () => {
    fc.assert(
      fc.property(
        fc.subarray(['analytics', 'marketing']),
        fc.stringMatching(/^[a-z_][a-z0-9_]{0,20}$/),
        fc.integer({ min: 1, max: 10_000 }),
        (categories, name, revision) => {
          const value = encodeConsent({
            ...decision(),
            revision,
            categories: Object.fromEntries(categories.map((id) => [id, true])),
          })
          expect(mayHoldConsent(`_ga=GA1.1.123.456; ${name}=${value}; theme=dark`)).toBe(true)
        },
      ),
    )
  })

  it('does not take the cookies trackers and sites set for one', () => {
    expect(mayHoldConsent('')).toBe(false)
    // Google Ads' first-party cookie starts like ours.
    expect(mayHoldConsent('_gcl_au=1.1.1234567890.1700000000; _ga=GA1.1.987654321.1700000000')).toBe(false)
    expect(mayHoldConsent('_fbp=fb.1.1700000000000.123456789; koekje_dnt=1')).toBe(false)
  })
})
