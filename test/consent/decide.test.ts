import { describe, expect, it } from 'vitest'
import { isAllowed } from '../../src/consent/decide'
import { makeCatalogue } from '../fixtures/catalogue'
import { makeConsent } from '../fixtures/consent'

const catalogue = makeCatalogue()
const consentTo = (categories: string[], services: string[], dnt = false) =>
  makeConsent(catalogue, { categories, services }, dnt)

describe('which tagged element may run', () => {
  it('runs required categories and their services without any decision', () => {
    expect(isAllowed(catalogue, null, false, 'functional', undefined)).toBe(true)
    expect(isAllowed(catalogue, null, false, 'functional', 'google-tag-manager')).toBe(true)
    expect(isAllowed(catalogue, null, false, undefined, 'google-tag-manager')).toBe(true)
  })

  it('holds every optional category back until there is a decision', () => {
    expect(isAllowed(catalogue, null, false, 'analytics', undefined)).toBe(false)
    expect(isAllowed(catalogue, null, false, 'analytics', 'hotjar')).toBe(false)
  })

  const table: [string, string | undefined, string | undefined, ReturnType<typeof consentTo>, boolean, boolean][] = [
    ['consented category, no service named', 'analytics', undefined, consentTo(['analytics'], []), false, true],
    ['consented category and service', 'analytics', 'hotjar', consentTo(['analytics'], ['hotjar']), false, true],
    [
      'consented category, service refused',
      'analytics',
      'hotjar',
      consentTo(['analytics'], ['google-analytics']),
      false,
      false,
    ],
    ['refused category', 'marketing', 'facebook', consentTo(['analytics'], ['hotjar']), false, false],
    ['service alone in markup, consented', undefined, 'facebook', consentTo(['marketing'], ['facebook']), false, true],
    [
      'do-not-track service, consented, DNT off',
      'marketing',
      'online-succes',
      consentTo(['marketing'], ['online-succes']),
      false,
      true,
    ],
    [
      'do-not-track service, consented, DNT on',
      'marketing',
      'online-succes',
      consentTo(['marketing'], ['online-succes']),
      true,
      false,
    ],
    ['other marketing service, DNT on', 'marketing', 'facebook', consentTo(['marketing'], ['facebook']), true, true],
    ['unknown category', 'advertising', undefined, consentTo(['analytics', 'marketing'], []), false, false],
    ['unknown service', 'analytics', 'mixpanel', consentTo(['analytics'], []), false, false],
    [
      'service named under the wrong category',
      'analytics',
      'facebook',
      consentTo(['analytics', 'marketing'], ['facebook']),
      false,
      false,
    ],
    ['neither category nor service', undefined, undefined, consentTo(['analytics'], []), false, false],
  ]
  it.each(table)('%s', (_, category, service, consent, dnt, expected) => {
    expect(isAllowed(catalogue, consent, dnt, category, service)).toBe(expected)
  })
})
