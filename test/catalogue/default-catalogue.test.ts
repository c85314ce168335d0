/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATALOGUE_FILE, checkCatalogue, defaultCatalogue, SCHEMA_FILE } from './checker'

const ISSUE_SERVICES = {
  functional: ['google-tag-manager', 'sharethis', 'chat', 'google-maps', 'recaptcha'],
  analytics: ['google-analytics', 'hotjar'],
  marketing: ['online-succes', 'facebook', 'google-ads'],
}

const VISITOR_TEXT_KEYS = [
  'bannerTitle',
  'bannerText',
  'acceptAll',
  'rejectAll',
  'settings',
  'privacyPolicy',
  'preferencesTitle',
  'preferencesText',
  'save',
  'close',
  'alwaysOn',
  'services',
  'service',
  'provider',
  'cookies',
  'purpose',
  'retention',
  'moreInfo',
  'doNotTrackTitle',
  'doNotTrackText',
  'doNotTrackGpc',
  'saved',
  'reopen',
  'blockedContent',
  'loadContent',
]

describe('the default catalogue (callcenter-software.com)', () => {
  it('passes the checker without a single problem', () => {
    expect(checkCatalogue(defaultCatalogue())).toEqual([])
  })

  it('points editors at the schema with "$schema" as its first field', () => {
    const text = readFileSync(CATALOGUE_FILE, 'utf8')
    expect(Object.keys(JSON.parse(text))[0]).toBe('$schema')
    expect(defaultCatalogue().$schema).toBe('./catalogue.schema.json')
  })

  it('has every category and service the issue names, each in the category the statement gives it', () => {
    const catalogue = defaultCatalogue()
    expect(catalogue.categories.map((category) => category.id)).toEqual(Object.keys(ISSUE_SERVICES))
    for (const [category, services] of Object.entries(ISSUE_SERVICES)) {
      for (const id of services) {
        expect(catalogue.services.find((service) => service.id === id)?.category, id).toBe(category)
      }
    }
    expect(catalogue.services).toHaveLength(10)
  })

  it('lets visitors refuse analytics and marketing: only functional is required', () => {
    const required = defaultCatalogue()
      .categories.filter((category) => category.required)
      .map((category) => category.id)
    expect(required).toEqual(['functional'])
  })

  it('keeps the cookie, Consent Mode and do-not-track settings the core relies on', () => {
    const catalogue = defaultCatalogue()
    expect(catalogue).toMatchObject({
      revision: 1,
      defaultLanguage: 'nl',
      controller: 'Codelogic B.V.',
      consentCookie: { name: 'koekje_consent', days: 365 },
      reloadOnWithdraw: true,
      consentMode: {
        mapping: {
          functional: ['functionality_storage', 'personalization_storage'],
          analytics: ['analytics_storage'],
          marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
          // Google's tags follow these, so they must follow the visitor's switch for each service.
          'google-analytics': ['analytics_storage'],
          'google-ads': ['ad_storage', 'ad_user_data', 'ad_personalization'],
        },
        waitForUpdate: 500,
        adsDataRedaction: true,
        urlPassthrough: false,
      },
      doNotTrack: { cookie: 'koekje_dnt', services: ['online-succes'], honourGlobalPrivacyControl: true },
      ui: { floatingButton: true, floatingButtonPosition: 'left' },
    })
  })

  it('has exactly the visitor text keys in Dutch and English, and names the controller on the banner', () => {
    const { texts } = defaultCatalogue()
    expect(Object.keys(texts)).toEqual(['nl', 'en'])
    for (const language of ['nl', 'en']) {
      expect(Object.keys(texts[language] ?? {}).sort()).toEqual([...VISITOR_TEXT_KEYS].sort())
      expect(texts[language]?.bannerText).toContain('{controller}')
    }
  })

  it('lists the real cookies of the tracking services', () => {
    const names = (id: string) =>
      defaultCatalogue()
        .services.find((service) => service.id === id)
        ?.cookies.map((cookie) => cookie.name)
    expect(names('google-analytics')).toEqual(['_ga', '_ga_*'])
    expect(names('hotjar')).toEqual(expect.arrayContaining(['_hjSessionUser_*', '_hjSession_*', '_hjTLDTest']))
    expect(names('facebook')).toEqual(expect.arrayContaining(['_fbp', 'fr']))
    expect(names('google-ads')).toEqual(expect.arrayContaining(['_gcl_au', 'IDE', 'test_cookie']))
    expect(names('google-tag-manager')).toEqual([])
  })
})

describe('the catalogue schema', () => {
  type Node = { [key: string]: unknown; properties?: Record<string, Node>; $ref?: string }
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Node & { definitions: Record<string, Node> }
  const resolve = (node: Node): Node =>
    node.$ref ? { ...schema.definitions[node.$ref.replace('#/definitions/', '')], ...node } : node

  it('gives every field a title, a description and an example, for hints in VS Code', () => {
    const missing: string[] = []
    const visit = (node: Node, path: string) => {
      for (const [name, field] of Object.entries(node.properties ?? {})) {
        const resolved = resolve(field)
        for (const annotation of ['title', 'description', 'examples']) {
          if (!(annotation in resolved)) missing.push(`${path}.${name} has no ${annotation}`)
        }
        visit(resolved, `${path}.${name}`)
      }
    }
    visit(schema, 'catalogue')
    for (const [name, definition] of Object.entries(schema.definitions)) visit(definition, name)
    expect(missing).toEqual([])
  })

  it('requires every visitor text key in every language', () => {
    expect(schema.definitions.texts?.required).toEqual(VISITOR_TEXT_KEYS)
  })
})
