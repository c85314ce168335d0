/**
 * What Koekje reads from its own `<script>` tag, as a tuple: the names stay
 * in the source and out of the bundle every page view downloads.
 */
export type EmbedSettings = [catalogueUrl: string, uiUrl: string, lang: string | null, nonce: string]

/**
 * Settings come from `data-*` attributes; a GTM template's `injectScript`
 * cannot set attributes, so `?catalogue=` and `?lang=` on the script URL
 * work too. A catalogue URL is relative to the page, like any attribute; by
 * default the catalogue sits beside the script, and the UI bundles always do.
 */
export const readScriptTag = (): EmbedSettings => {
  // A classic script's own tag while its top level runs, however it was
  // inserted: a plain tag in <head>, `async`/`defer`, a GTM Custom HTML tag
  // appended to <body> long after load, the GTM template's `injectScript`.
  // Null only for a module or an eval, which cannot set the Consent Mode
  // default in time anyway; then the defaults below point beside the page,
  // and the catalogue's failed fetch says so and holds everything back.
  const script = document.currentScript as HTMLScriptElement | null
  const page = document.baseURI
  const src = new URL(script?.src || 'koekje.js', page)
  const setting = (name: string) => script?.getAttribute(`data-${name}`) ?? src.searchParams.get(name)
  const catalogue = setting('catalogue')
  return [
    new URL(catalogue || 'catalogue.json', catalogue ? page : src).href,
    new URL('koekje-ui.js', src).href,
    setting('lang'),
    // The nonce attribute is hidden from getAttribute once the page has a CSP; the property keeps it.
    script?.nonce || script?.getAttribute('nonce') || '',
  ]
}
