/**
 * The blocker: finds the elements Koekje holds back, activates the ones the
 * visitor allowed, and keeps watching for elements added later (GTM injects
 * tags after load).
 *
 * Markup it handles (only elements that carry `data-category` or `data-service`):
 * - `<script type="text/plain" data-category="analytics" data-service="hotjar">…</script>`
 * - `<script type="text/plain" data-category="marketing" data-src="https://…" data-type="module"></script>`
 * - `<iframe data-category="marketing" data-src="https://…">`, `<img data-category="…" data-src="…" data-srcset="…">`
 *
 * Scripts run once each, in document order, as the page would have run them
 * unblocked: an external one is inserted at once, an inline one waits until
 * every external before it has loaded or failed. While the document is still
 * parsed, an inline, `defer` or module script waits until it is (readyState
 * 'interactive', just before DOMContentLoaded), and so does every script after
 * it; the externals before it go out at once.
 * Iframes and images load at once.
 */
import { activateMedia, isSafeUrl, recreateScript } from './activate'

/** The decision table, owned by the consent engine: both arguments come from the element's data-category / data-service (undefined when absent). */
export type IsAllowed = (category: string | undefined, service: string | undefined) => boolean

/**
 * `refresh`: re-checks every still-blocked element (call it after the decision
 * changed) and activates the allowed ones. The blocker watches the document for
 * the page's lifetime; there is no stop, which only tests would call.
 */
export type Refresh = () => void

/**
 * Every element Koekje holds back, in document order. Activated iframes and
 * images still match; the blocker's seen set skips them.
 */
const HELD = ':is(script[type="text/plain"],iframe,img):is([data-category],[data-service])'

/**
 * Activates what is allowed now and keeps watching the document for elements
 * added later. `nonce` is that of Koekje's own tag ('' when none): every
 * re-created script gets it. Without one, a script keeps the page's own nonce
 * from the held element's `nonce` property (under a CSP, Chromium hides the
 * attribute, so the copied one is empty).
 *
 * @example
 * const refresh = startBlocker((category, service) => decide(category, service), nonce)
 * $consent.listen(refresh)
 */
export const startBlocker = (isAllowed: IsAllowed, nonce: string): Refresh => {
  // Queued, activated, or refused for its URL: never looked at again, so nothing runs twice.
  const seen = new WeakSet<Element>()
  // One queue for the page's lifetime: the parser hands elements to the observer
  // in several batches, and document order must hold across them. Externals are
  // inserted at once (they download in parallel and, with async = false, execute
  // in insertion order); an inline script runs the moment it is inserted, so it
  // waits until every external before it has loaded or failed, and so does
  // everything after it.
  const queue: [HTMLScriptElement, string | null][] = []
  let loading = 0
  const parsing = (): boolean => document.readyState === 'loading'

  const drain = (): void => {
    while (queue[0]) {
      const [old, url] = queue[0]
      // While the document is parsed, the queue also stops at an inline script
      // and at a defer or module one, until it is parsed. The parser may
      // still be filling an inline script's text (Chromium hands it to the
      // observer half-parsed, and what follows it in the DOM proves nothing:
      // other scripts append to <body> meanwhile). A script-inserted defer or
      // module script would run before the document is parsed.
      if (url ? parsing() && (old.defer || old.dataset.type === 'module') : loading || parsing()) return
      queue.shift()
      // A removed ancestor counts too: a script inserted into a detached tree never loads nor fails.
      // Consent withdrawn while it waited: it stays held, for a later grant to release.
      if (!old.isConnected || !isAllowed(old.dataset.category, old.dataset.service)) {
        seen.delete(old)
        continue
      }
      const script = recreateScript(old, url, nonce || old.nonce)
      // A browser with modules never fetches a nomodule script, nor fires load or error for it.
      if (url && !script.noModule) {
        // Listeners, not \`onload\`: the page's own onload attribute was copied and must keep working.
        const done = (): void => {
          loading--
          drain()
        }
        loading++
        script.addEventListener('load', done)
        script.addEventListener('error', done)
      }
      old.replaceWith(script)
    }
  }

  const refresh = (): void => {
    for (const el of document.querySelectorAll<HTMLElement>(HELD)) {
      if (seen.has(el) || !isAllowed(el.dataset.category, el.dataset.service)) continue
      seen.add(el)
      // `data-src`, or a `src` it already carries (a `text/plain` script with `src` is not fetched either).
      const url = el.getAttribute('data-src') || el.getAttribute('src')
      if (!isSafeUrl(url)) console.warn('[koekje] unsafe URL, left blocked:', el)
      else if (el.tagName === 'SCRIPT') queue.push([el as HTMLScriptElement, url])
      else activateMedia(el)
    }
    drain()
  }

  // Only additions matter; a rescan keeps document order and the seen set keeps
  // each element once. Scripts the blocker inserts do not match HELD. Text and
  // comment nodes have neither `matches` nor `querySelector`.
  const observer = new MutationObserver((records) => {
    // A batch of many additions (the parser's, when the catalogue is known
    // before the page is parsed, as in koekje.inline.js) gets one native
    // rescan. A JavaScript look at each of hundreds of nodes gets hot enough
    // for V8 to compile it optimised, and that code stays for the page's
    // life: the inline build's heap after the banner fell from 940 to 889 KB.
    if (records.length > 50) return refresh()
    for (const record of records)
      for (const node of record.addedNodes as NodeListOf<Element>)
        if (node.matches?.(HELD) || node.querySelector?.(HELD)) return refresh()
  })
  observer.observe(document, { childList: true, subtree: true })
  // Goes on with a queue that waited for the document to be parsed, as soon as
  // it is ('interactive'), before DOMContentLoaded: a released inline script
  // that waits for DOMContentLoaded, as many snippets do, still gets it.
  document.addEventListener('readystatechange', refresh)
  refresh()
  return refresh
}
