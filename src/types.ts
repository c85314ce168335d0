/**
 * Koekje's public surface, typed in one place: the cookie catalogue that the
 * marketing team edits, the stored decision, the `window.koekje` API, and the
 * contract between the small core bundle and the on-demand UI bundle.
 *
 * Everything here is types only: importing this file adds no bytes.
 */
import type { WritableAtom } from 'nanostores'
import type { PreferencesLayer } from './ui/ui'

/** A text in every language the catalogue offers, e.g. `{ nl: 'Analytisch', en: 'Analytics' }`. */
export type LocalizedText = Record<string, string>

/** One cookie (or a family of cookies) that a service sets. */
export interface CookieInfo {
  /**
   * Exact cookie name, or a pattern where `*` stands for any run of
   * characters: `_ga`, `_ga_*`, `_hjSession_*`.
   */
  name: string
  /** Domain the cookie is set on when it is not the site itself, e.g. `.facebook.com`. */
  domain?: string
  /** How long it is kept, as the visitor should read it: `{ nl: '2 jaar', en: '2 years' }`. */
  retention?: LocalizedText
  /** What this particular cookie is for, when it differs from the service's purpose. */
  purpose?: LocalizedText
}

/** A purpose the visitor consents to (or, when `required`, cannot refuse). */
export interface Category {
  /** Lowercase id, referenced by `data-category="…"` in markup: `functional`, `analytics`, `marketing`. */
  id: string
  /** Always on; cannot be switched off. Strictly necessary cookies only. */
  required?: boolean
  title: LocalizedText
  description: LocalizedText
}

/** A third party (or first-party tool) that sets cookies for one category. */
export interface Service {
  /** Lowercase id, referenced by `data-service="…"` in markup: `google-analytics`, `hotjar`. */
  id: string
  /** Id of the category this service belongs to. */
  category: string
  /** Display name: `Google Analytics`. */
  name: string
  /** Who processes the data: `Google Ireland Ltd.` */
  provider?: string
  purpose: LocalizedText
  /** More information (the provider's privacy page): http(s) or mailto only. */
  url?: string
  cookies: CookieInfo[]
}

/** Google Consent Mode v2 consent types. */
export type ConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

export interface ConsentModeSettings {
  /**
   * Which Consent Mode types a category or a service grants (security_storage is always granted).
   * A type that one or more services map is granted only while one of those services is allowed
   * (granted, and not held back by do-not-track), whatever its category; a type that no service
   * maps is granted while a required or consented category maps it. Map Google's services, so
   * that a visitor who allows marketing but switches Google Ads off keeps ad_storage denied.
   * @example
   * {
   *   analytics: ['analytics_storage'],
   *   marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
   *   'google-analytics': ['analytics_storage'],
   *   'google-ads': ['ad_storage', 'ad_user_data', 'ad_personalization'],
   * }
   */
  mapping: Record<string, ConsentType[]>
  /**
   * Milliseconds Google tags wait for the `update` after the `default`. Default 500. Used by
   * `koekje.inline.js` and the GTM template; `koekje.js` sends its default before it has read the
   * catalogue, so it always waits 500.
   */
  waitForUpdate?: number
  /** Send `gtag('set', 'ads_data_redaction', true)` while ad_storage is denied. Default true. */
  adsDataRedaction?: boolean
  /** Send `gtag('set', 'url_passthrough', true)`. Default false. */
  urlPassthrough?: boolean
}

export interface ConsentCookieSettings {
  /** Cookie name. Default `koekje_consent`. */
  name?: string
  /** Lifetime in days (Max-Age). Dutch DPA practice: at most 12 months. */
  days: number
  /** Share the decision across subdomains: `.callcenter-software.com`. Omit for host-only. */
  domain?: string
}

export interface DoNotTrackSettings {
  /** First-party cookie that keeps the switch. Default `koekje_dnt`. */
  cookie?: string
  /** Lifetime of that cookie in days. Default: the consent cookie's. */
  days?: number
  /** Service ids held back while do-not-track is on, even when their category is consented. */
  services: string[]
  /** Let `navigator.globalPrivacyControl === true` switch it on until the visitor chooses. Default true. */
  honourGlobalPrivacyControl?: boolean
}

/**
 * The visitor-facing texts for one language. The UI owns the exact list of
 * keys; the checker requires every key in every language.
 */
export type Texts = Record<string, string>

export interface UiSettings {
  /**
   * After a decision, show a small floating button that reopens the settings: `true` always,
   * `false` never, `'auto'` (the default) unless the page has its own link, an element with
   * `data-koekje="preferences"` (looked for once the DOM is ready).
   * @example { "floatingButton": "auto" }
   */
  floatingButton?: boolean | 'auto'
  /** Where the floating button sits. Default `left`. */
  floatingButtonPosition?: 'left' | 'right'
}

/** The cookie catalogue (`config/catalogue.json`). See `config/catalogue.schema.json`. */
export interface Catalogue {
  $schema?: string
  /** Raise it and every visitor is asked again. */
  revision: number
  /** Language used when neither the page nor the browser asks for one the catalogue has. */
  defaultLanguage: string
  /** Who processes the data, named on the banner: `Codelogic B.V.` */
  controller: string
  /** The privacy statement, per language. */
  privacyPolicyUrl: LocalizedText
  consentCookie: ConsentCookieSettings
  /** Reload the page after a withdrawal, since a script that ran cannot be stopped. Default true. */
  reloadOnWithdraw?: boolean
  consentMode: ConsentModeSettings
  doNotTrack: DoNotTrackSettings
  ui?: UiSettings
  /** Per language: `{ nl: {...}, en: {...} }`. */
  texts: Record<string, Texts>
  categories: Category[]
  services: Service[]
}

/** The visitor's decision, as `koekje.getConsent()` returns it. */
export interface Consent {
  /** Random id of this decision, for the site's consent log. */
  id: string
  /** Catalogue revision the decision was made under. */
  revision: number
  /** When the visitor decided, ISO 8601. */
  decidedAt: string
  /** Every category of the catalogue: granted or not. Required ones are always true. */
  categories: Record<string, boolean>
  /** Every service of the catalogue: granted or not. */
  services: Record<string, boolean>
  /** Whether do-not-track holds the catalogue's do-not-track services back. */
  doNotTrack: boolean
}

/** What the visitor chose, before it becomes a `Consent`: the ids switched on. */
export interface Choice {
  categories: string[]
  services: string[]
}

/** Which layer of the interface is showing. */
export type View = 'none' | 'banner' | 'preferences'

/**
 * `window.koekje`. Every method can be called before the catalogue has
 * loaded: it then runs as soon as it has.
 *
 * @example
 * koekje.on('change', (consent) => {
 *   if (consent?.categories.analytics) startMyAnalytics()
 * })
 */
export interface KoekjeApi {
  /**
   * The stored decision, or null before the visitor has decided (or when it is outdated or invalid).
   * Also null until the catalogue is read: only then is a stored decision's revision checked.
   */
  getConsent(): Consent | null
  /** Grant every category and service. */
  acceptAll(): void
  /** Refuse everything that is not required. */
  rejectAll(): void
  /**
   * Grant exactly these category and service ids (plus the required ones).
   * A category id grants the category and all its services; a service id
   * grants the service and its category.
   * @example koekje.accept(['analytics', 'facebook'])
   */
  accept(ids: string[]): void
  /** Show the first layer (the banner). */
  showBanner(): void
  /** Open the preferences centre. */
  showPreferences(): void
  /** Switch do-not-track on or off; kept in its own first-party cookie. */
  setDoNotTrack(on: boolean): void
  /** Forget the decision, erase the optional cookies, and ask again. */
  withdraw(): void
  /**
   * Listen to changes of the decision. Returns the function that stops listening.
   * @example const off = koekje.on('change', (c) => console.log(c)); off()
   */
  on(event: 'change', listener: (consent: Consent | null) => void): () => void
  /** Koekje's version. */
  readonly version: string
}

/**
 * What the core hands the UI bundle when it loads it. Components read the
 * stores and decide through `api` and `save`; only `$view` is theirs to set.
 * The decision-writing actions (also in the UI bundle, so that a repeat page
 * view never pays for them) write `$consent` and `$doNotTrack`.
 */
export interface UiHost {
  catalogue: Catalogue
  /** `data-lang` of the script tag (or `?lang=` on its URL); null when it has none. */
  requestedLang: string | null
  /** Nonce of Koekje's own script tag, for a `<style>` under a strict CSP. */
  nonce: string
  $consent: WritableAtom<Consent | null>
  $doNotTrack: WritableAtom<boolean>
  $view: WritableAtom<View>
  api: KoekjeApi
  /** Store exactly this choice (required categories are added). */
  save(choice: Choice): void
}

/** The decisions, as the UI bundle carries them out. */
export interface UiActions {
  decide(choice: Choice): void
  acceptAll(): void
  rejectAll(): void
  accept(ids: string[]): void
  withdraw(): void
  setDoNotTrack(on: boolean): void
}

/** The UI bundle: `window.koekjeUi`. */
export interface UiModule {
  /** Renders what `$view` and the page's placeholders ask for, from now on. */
  mount(host: UiHost): void
  /** The decision-writing actions. */
  actions(host: UiHost): UiActions
}

/** The floating button's bundle (`koekje-button.js`): `window.koekjeButton`. */
export interface ButtonModule {
  /**
   * Shows the floating "cookie settings" button, in the visitor's language, once however often it is called.
   * `focus`: the decision that brings it was made in the preferences dialog, so the button takes the
   * focus if the closed dialog left it nowhere (on `<body>`).
   * @example koekjeButton.show({ catalogue, requestedLang: 'nl', api: koekje })
   */
  show(host: Pick<UiHost, 'catalogue' | 'requestedLang' | 'api'>, focus?: boolean): void
}

/** The bundles loaded on demand (by the core, and the Preact layer by the banner layer), by the global each one sets. */
export interface KoekjeBundles {
  koekjeUi: UiModule
  koekjeButton: ButtonModule
  koekjePreferences: PreferencesLayer
}

declare global {
  interface Window {
    koekje?: KoekjeApi
    koekjeUi?: UiModule
    /** The UI's second layer (koekje-preferences.js), which koekje-ui.js loads. */
    koekjePreferences?: PreferencesLayer
    dataLayer?: unknown[]
    gtag?: (...args: unknown[]) => void
    /** The floating button's bundle (koekje-button.js), which the core loads. */
    koekjeButton?: ButtonModule
  }
  interface Navigator {
    globalPrivacyControl?: boolean
  }
}
