// Koekje as its README embeds it: one synchronous tag first in <head> (it must
// set the Consent Mode default before any Google tag) after the preload of the
// catalogue beside it, the UI fetched only when something must show.
import { existsSync } from 'node:fs'
import { CATALOGUE_PATH, LANG } from '../catalogue.mjs'
import { buildInlineVariant } from '../inline-build.mjs'
import { TRACKERS } from '../trackers.mjs'

const DIST = new URL('../../../dist/', import.meta.url).pathname

const tag = (tracker) =>
  `<script type="text/plain" data-category="${tracker.category}" data-service="${tracker.service}" data-src="${tracker.url}" async></script>`

/**
 * Shared by the two Koekje variants. The UI renders into an open shadow root
 * on `#koekje`; the banner is the region holding the contract's accept button.
 * Playwright's locators look into open shadow roots by themselves.
 */
const common = {
  trackers: TRACKERS.map(tag).join('\n'),
  banner: '#koekje >>> [data-koekje-action="accept-all"]',
  accept: '#koekje [data-koekje-action="accept-all"]',
  bodyEnd: () => '',
  // The footer link to reopen the settings that sites have (and Dutch practice expects); with
  // it, Koekje's default leaves the floating button (koekje-button.js) out.
  settingsLink: '<a href="#" data-koekje="preferences">Cookie settings</a>',
}

export const koekje = {
  id: 'koekje',
  label: 'Koekje',
  ...common,
  missing: () => (existsSync(`${DIST}koekje.js`) ? '' : 'dist/koekje.js is missing: run `npm run build`'),
  files: {
    'koekje.js': { path: `${DIST}koekje.js`, role: 'code' },
    'koekje-ui.js': { path: `${DIST}koekje-ui.js`, role: 'code' },
    'koekje-button.js': { path: `${DIST}koekje-button.js`, role: 'code' },
    'koekje-preferences.js': { path: `${DIST}koekje-preferences.js`, role: 'code' },
    'catalogue.json': { path: CATALOGUE_PATH, role: 'catalogue' },
  },
  // The README's snippet: the catalogue's preload, then the tag.
  head: (base) =>
    `<link rel="preload" href="${base}catalogue.json" as="fetch" crossorigin="anonymous">\n` +
    `<script src="${base}koekje.js" data-catalogue="${base}catalogue.json" data-lang="${LANG}"></script>`,
}

/**
 * The build with the catalogue inlined: one request instead of two on a
 * repeat view. dist/koekje.inline.js carries the site's catalogue, so the
 * bench rebuilds the same entry with bench/catalogue.json (see inline-build.mjs).
 */
export const koekjeInline = {
  id: 'koekje-inline',
  label: 'Koekje, catalogue inlined',
  ...common,
  missing: () =>
    existsSync(`${DIST}koekje.inline.js`) ? '' : 'dist/koekje.inline.js does not exist yet: skipping the inline row',
  files: {
    'koekje-ui.js': { path: `${DIST}koekje-ui.js`, role: 'code' },
    'koekje-button.js': { path: `${DIST}koekje-button.js`, role: 'code' },
    'koekje-preferences.js': { path: `${DIST}koekje-preferences.js`, role: 'code' },
  },
  async prepare() {
    this.files['koekje.inline.js'] = { content: await buildInlineVariant(), role: 'code+catalogue' }
  },
  head: (base) => `<script src="${base}koekje.inline.js" data-lang="${LANG}"></script>`,
}
