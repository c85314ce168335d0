/** Set on every element Koekje activated: a re-created script, a loaded iframe or image. */
const ACTIVATED = 'data-koekje-activated'

/**
 * Only http(s), protocol-relative and relative URLs: an element that names
 * anything else stays blocked. A `javascript:` iframe would run in the page
 * the moment its `src` is set. No URL at all (an inline script) is safe.
 */
export const isSafeUrl = (url: string | null): boolean => {
  try {
    return !url || /^https?:/.test(new URL(url, document.baseURI).href)
  } catch {
    return false
  }
}

/**
 * A new script for a held-back one. A script prepared as `text/plain` is
 * "already started" (HTML, "prepare the script element"), so changing its
 * `type` in place never runs it: only a fresh element does (a clone inherits
 * the flag). It keeps every attribute except `type`; `data-type` gives the
 * real one (`module`). `url` is its `data-src` or `src`, null for an inline one.
 * Attributes are copied as nodes: the parser accepts names that setAttribute
 * rejects (`a="1"="2"` makes one named `="2"`), and a throw here would stop the
 * blocker, and with it the core.
 */
export const recreateScript = (old: HTMLScriptElement, url: string | null, nonce?: string): HTMLScriptElement => {
  const script = document.createElement('script')
  for (const attr of old.attributes) if (attr.name !== 'type') script.setAttributeNode(attr.cloneNode() as Attr)
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
export const activateMedia = (el: Element): void => {
  for (const name of ['srcset', 'src']) {
    const value = el.getAttribute(`data-${name}`)
    if (value) el.setAttribute(name, value)
  }
  el.setAttribute(ACTIVATED, '')
}
