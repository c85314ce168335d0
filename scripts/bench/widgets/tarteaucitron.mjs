// tarteaucitron 1.34.0 as its README embeds it: the (minified) script in
// <head>, then `tarteaucitron.init({...})` with the README's options; it loads
// its language file, its services file and its CSS itself. Trackers are its
// built-in services, switched on with `tarteaucitron.job.push(key)` and the
// ids in `tarteaucitron.user`, so there are no tagged <script> elements.
import { CATALOGUE, LANG, text } from '../catalogue.mjs'

const PACKAGE = new URL('../../../node_modules/tarteaucitronjs/', import.meta.url).pathname

/** Our catalogue's services as tarteaucitron's built-in services, with the ids that give the same tracker URLs. */
const SERVICES = [
  { key: 'gtag', user: { gtagUa: 'G-BENCH00001' } },
  { key: 'hotjar', user: { hotjarId: 1000001, HotjarSv: 6 } },
  { key: 'googleads', user: { googleadsId: 'AW-100000001' } },
  { key: 'facebookpixel', user: { facebookpixelId: '100000001' } },
  { key: 'linkedininsighttag', user: { linkedininsighttag: '100001' } },
]

/** The README's init options, with our privacy link and texts; everything else as documented. */
const init = {
  privacyUrl: CATALOGUE.privacyPolicyUrl[LANG],
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: true,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  cookieslist: false,
  showIcon: true,
  iconPosition: 'BottomLeft',
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  alwaysNeedConsent: false,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  mandatory: true,
  mandatoryCta: true,
  googleConsentMode: true,
  partnersList: false,
}

const configScript = () =>
  [
    `var tarteaucitronForceLanguage = ${JSON.stringify(LANG)};`,
    `var tarteaucitronCustomText = ${JSON.stringify({
      alertBigPrivacy: text('bannerText'),
      acceptAll: text('acceptAll'),
      denyAll: text('rejectAll'),
      personalize: text('settings'),
      close: text('close'),
    })};`,
    `tarteaucitron.init(${JSON.stringify(init)});`,
    ...SERVICES.flatMap(({ key, user }) => [
      ...Object.entries(user).map(([name, value]) => `tarteaucitron.user.${name} = ${JSON.stringify(value)};`),
      `(tarteaucitron.job = tarteaucitron.job || []).push(${JSON.stringify(key)});`,
    ]),
  ].join('\n')

export const tarteaucitron = {
  id: 'tarteaucitron',
  label: 'tarteaucitron 1.34.0',
  missing: () => '',
  files: {
    'tarteaucitron.min.js': { path: `${PACKAGE}tarteaucitron.min.js`, role: 'code' },
    'tarteaucitron.services.min.js': { path: `${PACKAGE}tarteaucitron.services.min.js`, role: 'code' },
    [`lang/tarteaucitron.${LANG}.min.js`]: { path: `${PACKAGE}lang/tarteaucitron.${LANG}.min.js`, role: 'code' },
    'css/tarteaucitron.min.css': { path: `${PACKAGE}css/tarteaucitron.min.css`, role: 'code' },
    'config.js': { content: `${configScript()}\n`, role: 'catalogue' },
  },
  head: (base) => `<script src="${base}tarteaucitron.min.js"></script>\n<script src="${base}config.js"></script>`,
  trackers: '',
  bodyEnd: () => '',
  // Its documented way to reopen the panel from the page.
  settingsLink: '<a href="#" onclick="tarteaucitron.userInterface.openPanel();return false">Cookie settings</a>',
  banner: '#tarteaucitronAlertBig',
  accept: '#tarteaucitronPersonalize2',
}
