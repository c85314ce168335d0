import type { Catalogue, LocalizedText } from '../types'

/** The visitor text keys every language of the catalogue carries (see the common brief). */
export type TextKey =
  | 'bannerTitle'
  | 'bannerText'
  | 'acceptAll'
  | 'rejectAll'
  | 'settings'
  | 'privacyPolicy'
  | 'preferencesTitle'
  | 'preferencesText'
  | 'save'
  | 'close'
  | 'alwaysOn'
  | 'services'
  | 'service'
  | 'provider'
  | 'cookies'
  | 'purpose'
  | 'retention'
  | 'moreInfo'
  | 'doNotTrackTitle'
  | 'doNotTrackText'
  | 'doNotTrackGpc'
  | 'saved'
  | 'blockedContent'
  | 'loadContent'

/** Reads catalogue texts in one language, falling back to the default one. */
export interface Words {
  lang: string
  /** A visitor text, with `{controller}` filled in. */
  t(key: TextKey): string
  /** A catalogue text (title, purpose, retention…) in the visitor's language. */
  l(text: LocalizedText | undefined): string
}

export function words(catalogue: Catalogue, lang: string): Words {
  const fallback = catalogue.defaultLanguage
  const l = (text: LocalizedText | undefined): string => text?.[lang] ?? text?.[fallback] ?? ''
  return {
    lang,
    l,
    // Every occurrence, and a function replacement, so a `$&` in the controller's name stays literal.
    t: (key) =>
      (catalogue.texts[lang]?.[key] ?? catalogue.texts[fallback]?.[key] ?? key).replaceAll(
        '{controller}',
        () => catalogue.controller,
      ),
  }
}
