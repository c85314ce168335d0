import { describe, expect, it } from 'vitest'
import type { Catalogue } from '../../src/types'
import { checkCatalogue, defaultCatalogue, serviceIndex, set } from './checker'

/** Breaks a fresh default catalogue and returns what the checker says about it. */
const problemsAfter = (breakIt: (catalogue: Catalogue) => void): string[] => {
  const catalogue = defaultCatalogue()
  breakIt(catalogue)
  return checkCatalogue(catalogue)
}

describe('checking a catalogue someone edited by hand', () => {
  it('names the service, the wrong category and the known ones when a category id has a typo', () => {
    let hotjar = -1
    const problems = problemsAfter((catalogue) => {
      hotjar = serviceIndex(catalogue, 'hotjar')
      set(catalogue.services[hotjar]!, 'category', 'analytic')
    })
    expect(problems).toEqual([
      `services[${hotjar}] ("hotjar"): "category" is "analytic", but there is no such category. Known categories: functional, analytics, marketing. Did you mean "analytics"?`,
    ])
  })

  it('points at the second use of an id that is already taken', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.services.push({ ...catalogue.services[0]! })
      catalogue.categories.push({ ...catalogue.categories[1]! })
    })
    expect(problems).toEqual([
      'categories[3] ("analytics"): the id "analytics" is already used by categories[1]. Every category needs its own id.',
      'services[10] ("google-tag-manager"): the id "google-tag-manager" is already used by services[0]. Every service needs its own id.',
    ])
  })

  it('refuses a service whose id is also a category id, which a Consent Mode mapping key would name twice', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.services.push({ ...catalogue.services[0]!, id: 'marketing', category: 'marketing' })
    })
    expect(problems).toEqual([
      'services[10] ("marketing"): the id "marketing" is also a category id. Give the service an id of its own, such as "marketing-service": consentMode.mapping names categories and services by id.',
    ])
  })

  it('says which English text is missing and what to add', () => {
    const problems = problemsAfter((catalogue) => {
      delete catalogue.categories[1]!.title.en
      delete catalogue.texts.en!.save
    })
    expect(problems).toEqual([
      'texts.en: "save" is missing. Add the English ("en") text for "save".',
      'categories[1] ("analytics"): "title" has no English ("en") text. Add "en": "…", because the catalogue offers nl, en (the languages in "texts").',
    ])
  })

  it('refuses a javascript: link and says which schemes are allowed', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.services[0]!.url = 'javascript:alert(1)'
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^services\[0\] \("google-tag-manager"\): "url" is "javascript:alert\(1\)", but links must start with https:\/\/, http:\/\/ or mailto:/,
    )
  })

  it('explains that a revision is a number without quotes', () => {
    expect(problemsAfter((catalogue) => set(catalogue, 'revision', '2'))).toEqual([
      '"revision" is "2" (text), but it must be a whole number like 2, without quotes.',
    ])
  })

  it('suggests the right name for an unknown field', () => {
    const problems = problemsAfter((catalogue) => set(catalogue.services[1]!, 'purpse', { nl: 'x', en: 'x' }))
    expect(problems).toEqual([
      'services[1] ("sharethis"): unknown field "purpse". Did you mean "purpose"? Known fields: id, category, name, provider, purpose, url, cookies.',
    ])
  })

  it('explains why the consent cookie may live at most 13 months', () => {
    const [problem, ...rest] = problemsAfter((catalogue) => {
      catalogue.consentCookie.days = 730
    })
    expect(rest).toEqual([])
    expect(problem).toContain('consentCookie: "days" is 730, but it must be at most 395.')
    expect(problem).toContain('13 months')
  })

  it('finds a do-not-track service, a Consent Mode category and a default language that do not exist', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.doNotTrack.services = ['online-sukses']
      catalogue.consentMode.mapping = { ...catalogue.consentMode.mapping, analytic: ['analytics_storage'] }
      catalogue.defaultLanguage = 'de'
    })
    expect(problems).toEqual([
      expect.stringMatching(
        /^doNotTrack\.services\[0\] is "online-sukses", but there is no service with that id\. .* Did you mean "online-succes"\?$/,
      ),
      'consentMode.mapping: "analytic" is neither a category id nor a service id. Known categories: functional, analytics, marketing. Known services: google-tag-manager, sharethis, chat, google-maps, recaptcha, google-analytics, hotjar, online-succes, facebook, google-ads. Did you mean "analytics"?',
      '"defaultLanguage" is "de", but "texts" has no such language. Use one of: nl, en, or add texts.de.',
    ])
  })

  it('accepts a service id as a Consent Mode key and suggests the service when one is misspelt', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.consentMode.mapping = { hotjar: ['analytics_storage'], 'google-add': ['ad_storage'] }
    })
    expect(problems).toEqual([
      'consentMode.mapping: "google-add" is neither a category id nor a service id. Known categories: functional, analytics, marketing. Known services: google-tag-manager, sharethis, chat, google-maps, recaptcha, google-analytics, hotjar, online-succes, facebook, google-ads. Did you mean "google-ads"?',
    ])
  })

  it('names the six Consent Mode types a mapping may list, and why security_storage is not one', () => {
    const problems = problemsAfter((catalogue) => {
      set(catalogue.consentMode.mapping, 'google-ads', ['ad_storge', 'security_storage'])
    })
    const six =
      'ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage'
    expect(problems).toEqual([
      `consentMode.mapping.google-ads[0] is "ad_storge", but it must be one of: ${six}. Did you mean "ad_storage"?`,
      `consentMode.mapping.google-ads[1] is "security_storage", but it must be one of: ${six}. Koekje always grants security_storage itself, so it is never mapped.`,
    ])
  })

  it('asks for a required category when none is marked', () => {
    const problems = problemsAfter((catalogue) => {
      delete catalogue.categories[0]!.required
    })
    expect(problems).toEqual([expect.stringContaining('No category has "required": true.')])
  })

  it('reports a text in a language the catalogue does not offer', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.categories[2]!.description.eng = 'Marketing'
    })
    expect(problems).toEqual([
      'categories[2] ("marketing"): "description" has a "eng" text, but "texts" has no "eng" language. Remove it, or add texts.eng. Did you mean "en"?',
    ])
  })

  it('names the cookie whose name would match every cookie', () => {
    const problems = problemsAfter((catalogue) => {
      catalogue.services[serviceIndex(catalogue, 'google-analytics')]!.cookies.push({ name: '*' })
    })
    expect(problems).toEqual([
      expect.stringMatching(
        /^services\[5\] \("google-analytics"\)\.cookies\[2\] \("\*"\): "name" is "\*", but .*more than just \*/,
      ),
    ])
  })

  it('reports a badly written language once, not once per missing text', () => {
    const problems = problemsAfter((catalogue) => set(catalogue.texts, 'EN', {}))
    expect(problems).toEqual([
      'texts: the key "EN" is not allowed: use a lowercase language code such as "nl" or "en", without a region ("en-GB" visitors get "en").',
    ])
  })

  it('lists every problem at once, so one run is enough to fix them all', () => {
    const problems = problemsAfter((catalogue) => {
      set(catalogue, 'revision', 0)
      set(catalogue.ui!, 'floatingButtonPosition', 'middle')
      set(catalogue.categories[0]!, 'required', 'yes')
    })
    expect(problems).toEqual([
      '"revision" is 0, but it must be at least 1.',
      'ui: "floatingButtonPosition" is "middle", but it must be one of: left, right.',
      'categories[0] ("functional"): "required" is "yes" (text), but it must be true or false, without quotes.',
    ])
  })

  it('explains the three floating-button settings, and a true written in quotes', () => {
    expect(problemsAfter((catalogue) => set(catalogue.ui!, 'floatingButton', 'Auto'))).toEqual([
      'ui: "floatingButton" is "Auto", but it must be one of: true, false, "auto". Did you mean "auto"?',
    ])
    expect(problemsAfter((catalogue) => set(catalogue.ui!, 'floatingButton', 'true'))).toEqual([
      'ui: "floatingButton" is "true", but it must be one of: true, false, "auto". Write true without quotes.',
    ])
    expect(problemsAfter((catalogue) => set(catalogue.ui!, 'floatingButton', 'auto'))).toEqual([])
  })

  it('says so when the whole file is not a catalogue', () => {
    expect(checkCatalogue([])).toEqual(['The catalogue is a list, but it must be a group of fields in { }.'])
  })
})
