// vanilla-cookieconsent 3.1.0 as its Getting Started page embeds it: the CSS
// in <head> with the recommended deferred loading, the UMD script and an init
// file with `defer` at the end of <body>, tagged scripts with
// type="text/plain" + data-category (+ data-service for a per-service toggle).
import { CATALOGUE, LANG, servicesOf, text } from '../catalogue.mjs'
import { TRACKERS } from '../trackers.mjs'

const PACKAGE = new URL('../../../node_modules/vanilla-cookieconsent/dist/', import.meta.url).pathname
const localized = (value) => value?.[LANG] ?? ''

/** The same catalogue as CookieConsent.run() configuration. */
const config = () => ({
  categories: Object.fromEntries(
    CATALOGUE.categories.map((category) => [
      category.id,
      category.required
        ? { enabled: true, readOnly: true }
        : {
            autoClear: { cookies: servicesOf(category.id).flatMap((s) => s.cookies.map((c) => ({ name: c.name }))) },
            services: Object.fromEntries(servicesOf(category.id).map((s) => [s.id, { label: s.name }])),
          },
    ]),
  ),
  language: {
    default: LANG,
    translations: {
      [LANG]: {
        consentModal: {
          title: text('bannerTitle'),
          description: text('bannerText'),
          acceptAllBtn: text('acceptAll'),
          acceptNecessaryBtn: text('rejectAll'),
          showPreferencesBtn: text('settings'),
          footer: `<a href="${CATALOGUE.privacyPolicyUrl[LANG]}">${text('privacyPolicy')}</a>`,
        },
        preferencesModal: {
          title: text('preferencesTitle'),
          acceptAllBtn: text('acceptAll'),
          acceptNecessaryBtn: text('rejectAll'),
          savePreferencesBtn: text('save'),
          closeIconLabel: text('close'),
          sections: [
            { description: text('preferencesText') },
            ...CATALOGUE.categories.map((category) => ({
              title: localized(category.title),
              description: localized(category.description),
              linkedCategory: category.id,
              cookieTable: {
                headers: { name: text('cookies'), service: text('service'), retention: text('retention') },
                body: servicesOf(category.id).flatMap((s) =>
                  s.cookies.map((c) => ({ name: c.name, service: s.name, retention: localized(c.retention) })),
                ),
              },
            })),
          ],
        },
      },
    },
  },
})

const tag = (tracker) =>
  `<script type="text/plain" data-category="${tracker.category}" data-service="${tracker.service}" data-src="${tracker.url}" async></script>`

export const vanillaCookieconsent = {
  id: 'vanilla-cookieconsent',
  label: 'vanilla-cookieconsent 3.1.0',
  missing: () => '',
  files: {
    'cookieconsent.umd.js': { path: `${PACKAGE}cookieconsent.umd.js`, role: 'code' },
    'cookieconsent.css': { path: `${PACKAGE}cookieconsent.css`, role: 'code' },
    'cookieconsent-init.js': { content: `CookieConsent.run(${JSON.stringify(config())});\n`, role: 'catalogue' },
  },
  head: (base) => `<link rel="stylesheet" href="${base}cookieconsent.css" media="print" onload="this.media='all'">`,
  trackers: TRACKERS.map(tag).join('\n'),
  bodyEnd: (base) =>
    `<script defer src="${base}cookieconsent.umd.js"></script>\n<script defer src="${base}cookieconsent-init.js"></script>`,
  // Its documented way to reopen the preferences from the page.
  settingsLink: '<a href="#" data-cc="show-preferencesModal">Cookie settings</a>',
  banner: '#cc-main .cm',
  accept: '#cc-main .cm [data-role="all"]',
}
