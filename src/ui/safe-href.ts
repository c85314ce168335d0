/**
 * The catalogue is edited by people, not by us: a link leaves the widget only
 * for http(s) and mailto. Parsing with `URL` (not a regex on the raw string)
 * also catches `java\tscript:` and leading spaces, which browsers strip.
 */
export function safeHref(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url || 'x:', document.baseURI)
    return /^(https?|mailto):$/.test(parsed.protocol) ? parsed.href : undefined
  } catch {
    return undefined
  }
}
