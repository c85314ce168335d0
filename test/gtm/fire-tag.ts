import { DECIDED_AT } from './consent-cookie'
import { runTemplate, type SandboxOptions } from './sandbox'
import { readTemplate } from './template-file'

/** The template as Tag Manager would import it, read once per test file. */
export const template = readTemplate()

/** A minute after the stored decisions were made. */
export const NOW = DECIDED_AT + 60_000

/** The tag's fields as callcenter-software.com fills them in (config/catalogue.json); tests override what they are about. */
export const TAG_FIELDS = {
  scriptUrl: 'https://www.callcenter-software.com/koekje/koekje.js',
  catalogueUrl: 'https://www.callcenter-software.com/koekje/catalogue.json',
  lang: 'nl',
  cookieName: 'koekje_consent',
  revision: '1',
  lifetimeDays: '365',
  requiredCategories: 'functional',
  doNotTrackServices: 'online-succes',
  mapping: [] as { category: string; consentTypes: string }[],
  waitForUpdate: '500',
  adsDataRedaction: true,
  urlPassthrough: false,
}

/** Fires the tag once on a page whose `koekje_consent` cookie holds `cookie` (none when undefined). */
export const fireTag = (
  fields: Partial<Record<keyof typeof TAG_FIELDS, unknown>> = {},
  options: Partial<SandboxOptions> & { cookie?: string } = {},
) => {
  const { cookie, ...rest } = options
  return runTemplate(
    template.code,
    { ...TAG_FIELDS, ...fields },
    {
      permissions: template.permissions,
      now: NOW,
      script: 'loads',
      cookies: cookie === undefined ? {} : { koekje_consent: [cookie] },
      ...rest,
    },
  )
}

/** A full Consent Mode state: the listed types granted, every other type denied. */
export const stateGranting = (...granted: string[]) => {
  const state: Record<string, string> = {}
  for (const type of [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
  ])
    state[type] = granted.includes(type) ? 'granted' : 'denied'
  return state
}
