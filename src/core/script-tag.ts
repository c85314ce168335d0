/**
 * What Koekje reads from its own `<script>` tag, as a tuple: the names stay
 * in the source and out of the bundle every page view downloads.
 */
export type EmbedSettings = [catalogueUrl: string, uiUrl: string, lang: string | undefined, nonce: string]

/**
 * Finds Koekje's own tag. `document.currentScript` covers a plain tag in
 * `<head>`, `async`/`defer`, and a tag a GTM Custom HTML tag appends to
 * `<body>` long after DOMContentLoaded; the search by `src` covers the rest
 * (a caller that runs us from a callback, where currentScript is null).
 */
const findOwnScript = (): HTMLScriptElement | undefined => {
  const current = document.currentScript as HTMLScriptElement | null
  if (current?.src) return current
  return [...document.scripts].reverse().find((script) => /koekje[\w.-]*\.js(\?|#|$)/.test(script.src))
}

/**
 * Settings come from `data-*` attributes; a GTM template's `injectScript`
 * cannot set attributes, so `?catalogue=` and `?lang=` on the script URL
 * work too. Relative URLs are relative to the page, like any attribute.
 */
export const readScriptTag = (): EmbedSettings => {
  const script = findOwnScript()
  const page = document.baseURI
  const src = new URL(script?.src || 'koekje.js', page)
  const setting = (name: string) => script?.getAttribute(`data-${name}`) ?? src.searchParams.get(name) ?? undefined
  const resolve = (path: string | undefined, fallback: string) => new URL(path || fallback, path ? page : src).href
  return [
    resolve(setting('catalogue'), 'catalogue.json'),
    resolve(setting('ui'), 'koekje-ui.js'),
    setting('lang'),
    // The nonce attribute is hidden from getAttribute once the page has a CSP; the property keeps it.
    script?.nonce || script?.getAttribute('nonce') || '',
  ]
}
