// klaro 0.7.22 as its README embeds it: the config script, then klaro.js
// (styles and translations included), both `defer` so the config comes first;
// tagged scripts with type="text/plain", data-type, data-name and data-src.
import { CATALOGUE, LANG, text } from '../catalogue.mjs'
import { TRACKERS } from '../trackers.mjs'

const PACKAGE = new URL('../../../node_modules/klaro/dist/', import.meta.url).pathname
const localized = (value) => value?.[LANG] ?? ''

/** A cookie name pattern as klaro wants it: a RegExp where the catalogue has `*`. */
const cookiePattern = (name) => (name.includes('*') ? `/^${name.replaceAll('*', '.*')}$/` : JSON.stringify(name))

/** The same catalogue as a klaroConfig; written as source because cookie patterns are RegExps. */
const config = () => {
  const purposes = Object.fromEntries(
    CATALOGUE.categories.map((c) => [c.id, { title: localized(c.title), description: localized(c.description) }]),
  )
  const translations = {
    privacyPolicyUrl: CATALOGUE.privacyPolicyUrl[LANG],
    consentNotice: { title: text('bannerTitle'), description: text('bannerText'), learnMore: text('settings') },
    consentModal: { title: text('preferencesTitle'), description: text('preferencesText') },
    acceptAll: text('acceptAll'),
    acceptSelected: text('save'),
    decline: text('rejectAll'),
    ok: text('acceptAll'),
    close: text('close'),
    purposes,
  }
  const services = CATALOGUE.services.map(
    (s) =>
      `{name:${JSON.stringify(s.id)},title:${JSON.stringify(s.name)},purposes:[${JSON.stringify(s.category)}],` +
      `cookies:[${s.cookies.map((c) => cookiePattern(c.name)).join(',')}],` +
      `translations:{${LANG}:{description:${JSON.stringify(localized(s.purpose))}}}}`,
  )
  return [
    'var klaroConfig = {',
    `version:1,elementID:'klaro',storageMethod:'cookie',cookieName:'klaro',cookieExpiresAfterDays:${CATALOGUE.consentCookie.days},`,
    `lang:${JSON.stringify(LANG)},htmlTexts:false,groupByPurpose:true,default:false,mustConsent:false,acceptAll:true,hideDeclineAll:false,`,
    `translations:{${LANG}:${JSON.stringify(translations)}},`,
    `services:[${services.join(',')}]`,
    '};',
  ].join('\n')
}

const tag = (tracker) =>
  `<script type="text/plain" data-type="text/javascript" data-name="${tracker.service}" data-src="${tracker.url}" async></script>`

export const klaro = {
  id: 'klaro',
  label: 'klaro 0.7.22',
  missing: () => '',
  files: {
    'config.js': { content: `${config()}\n`, role: 'catalogue' },
    'klaro.js': { path: `${PACKAGE}klaro.js`, role: 'code' },
  },
  head: (base) =>
    `<script defer type="text/javascript" src="${base}config.js"></script>\n<script defer type="text/javascript" src="${base}klaro.js"></script>`,
  trackers: TRACKERS.map(tag).join('\n'),
  bodyEnd: () => '',
  // Its documented way to reopen the consent manager from the page.
  settingsLink: '<a href="#" onclick="klaro.show();return false">Cookie settings</a>',
  banner: '#klaro .cookie-notice',
  accept: '#klaro .cookie-notice .cm-btn-success',
}
