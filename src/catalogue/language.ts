import type { Catalogue } from '../types'

/**
 * The visitor's language: `data-lang`, then `<html lang>`, then the
 * browser's, then the catalogue's default; only languages the catalogue has.
 */
export const pickLanguage = (catalogue: Catalogue, requested: string | null, doc: Document): string => {
  const wishes = [requested, doc.documentElement.lang, ...navigator.languages]
  return (
    wishes.map((wish) => wish?.toLowerCase().split('-')[0]).find((primary) => primary && catalogue.texts[primary]) ??
    catalogue.defaultLanguage
  )
}
