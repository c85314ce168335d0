/** Set on every element Koekje activated: a re-created script, a loaded iframe or image. */
export const ACTIVATED = 'data-koekje-activated'

/**
 * The URL an activated element will load: its `data-src`, or a `src` it
 * already carries (a `text/plain` script with `src` is not fetched either), or
 * null when it loads nothing (an inline script).
 */
export const targetUrl = (el: Element): string | null => el.getAttribute('data-src') || el.getAttribute('src')

/**
 * Only http(s), protocol-relative and relative URLs: an element that names
 * anything else stays blocked. A `javascript:` iframe would run in the page
 * the moment its `src` is set.
 */
export const isSafeUrl = (url: string | null, base: string): boolean => {
  try {
    return !url || /^https?:$/.test(new URL(url, base).protocol)
  } catch {
    return false
  }
}

/**
 * A new script for a held-back one. A script prepared as `text/plain` is
 * "already started" (HTML, "prepare the script element"), so changing its
 * `type` in place never runs it: only a fresh element does. It keeps every
 * attribute except `type`; `data-type` gives the real one (`module`).
 */
export function recreateScript(old: HTMLScriptElement, url: string | null, nonce: string): HTMLScriptElement {
  const script = old.ownerDocument.createElement('script')
  for (const { name, value } of old.attributes) if (name !== 'type') script.setAttribute(name, value)
  const type = old.getAttribute('data-type')
  if (type) script.type = type
  if (nonce) {
    // Chromium hides the nonce attribute once inserted; CSP checks the property.
    script.nonce = nonce
    script.setAttribute('nonce', nonce)
  }
  // Inserted scripts are async unless told otherwise; in-order execution needs `async = false`.
  script.async = old.hasAttribute('async')
  if (url) script.src = url
  else script.text = old.text
  script.setAttribute(ACTIVATED, '')
  return script
}

/** Loads a held-back iframe or image; `srcset` first, so an image is fetched once. */
export function activateMedia(el: Element): void {
  const srcset = el.getAttribute('data-srcset')
  const src = el.getAttribute('data-src')
  if (srcset) el.setAttribute('srcset', srcset)
  if (src) el.setAttribute('src', src)
  el.setAttribute(ACTIVATED, '')
}
