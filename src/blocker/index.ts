/**
 * The blocker: finds the elements Koekje holds back, activates the ones the
 * visitor allowed, and keeps watching for elements added later (GTM injects
 * tags after load).
 *
 * Markup it handles (only elements that carry `data-category` or `data-service`):
 * - `<script type="text/plain" data-category="analytics" data-service="hotjar">…</script>`
 * - `<script type="text/plain" data-category="marketing" data-src="https://…" data-type="module"></script>`
 * - `<iframe data-category="marketing" data-src="https://…">`, `<img data-category="…" data-src="…" data-srcset="…">`
 */
import { activateMedia, isSafeUrl, recreateScript, targetUrl } from './activate'

export interface BlockerOptions {
  /** The decision table, owned by the consent engine. Both arguments come from the element's data-category / data-service (undefined when absent). */
  isAllowed(category: string | undefined, service: string | undefined): boolean
  /** Nonce of Koekje's own script tag ('' when none); every re-created script gets it. */
  nonce: string
}

export interface Blocker {
  /** Re-check every still-blocked element (call after the decision changed) and activate the allowed ones. */
  refresh(): void
  /** Stop observing the document. */
  stop(): void
}

/**
 * Every element Koekje holds back, in document order. Activated iframes and
 * images still match; the blocker's seen set skips them.
 */
const HELD =
  'script[type="text/plain"][data-category],script[type="text/plain"][data-service],iframe[data-category],iframe[data-service],img[data-category],img[data-service]'

/**
 * Activates what is allowed now and keeps watching the document for elements added later.
 *
 * @example
 * const blocker = startBlocker(document, { isAllowed: (c, s) => decide(c, s), nonce })
 * $consent.listen(() => blocker.refresh())
 */
export function startBlocker(doc: Document, { isAllowed, nonce }: BlockerOptions): Blocker {
  // Queued or refused: never looked at again, so nothing runs twice.
  const seen = new WeakSet<Element>()
  // One queue for the page's lifetime: the parser hands elements to the observer
  // in several batches, and document order must hold across them. Externals are
  // inserted at once (they download in parallel and, with async = false, execute
  // in insertion order); an inline script runs the moment it is inserted, so it
  // waits until every external before it has loaded or failed, and so does
  // everything after it.
  const queue: [HTMLScriptElement, string | null][] = []
  let loading = 0

  const drain = (): void => {
    for (let next = queue[0]; next && !(loading && !next[1]); next = queue[0]) {
      queue.shift()
      const [old, url] = next
      if (!old.parentNode) continue
      const script = recreateScript(old, url, nonce)
      if (url) {
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

  // While the page loads, the last node may still be receiving text from the
  // parser (Chromium hands a half-parsed inline script to the observer); it waits
  // for the next rescan, at the latest DOMContentLoaded.
  const isParsing = (el: Node | null): boolean => {
    for (; el; el = el.parentNode) if (el.nextSibling) return false
    return doc.readyState === 'loading'
  }

  const refresh = (): void => {
    for (const el of doc.querySelectorAll<HTMLElement>(HELD)) {
      if (seen.has(el) || isParsing(el) || !isAllowed(el.dataset.category, el.dataset.service)) continue
      seen.add(el)
      const url = targetUrl(el)
      if (!isSafeUrl(url, doc.baseURI)) console.warn('[koekje] unsafe URL, left blocked:', el)
      else if (el.tagName === 'SCRIPT') queue.push([el as HTMLScriptElement, url])
      else activateMedia(el)
    }
    drain()
  }

  // Only additions matter; a rescan keeps document order and the seen set keeps
  // each element once. Scripts the blocker inserts do not match HELD.
  const observer = new MutationObserver((records) => {
    if (
      records.some((record) =>
        [...record.addedNodes].some(
          (node) => node.nodeType === 1 && ((node as Element).matches(HELD) || (node as Element).querySelector(HELD)),
        ),
      )
    )
      refresh()
  })
  observer.observe(doc.documentElement, { childList: true, subtree: true })
  doc.addEventListener('DOMContentLoaded', refresh)
  refresh()
  return {
    refresh,
    stop: () => {
      observer.disconnect()
      doc.removeEventListener('DOMContentLoaded', refresh)
    },
  }
}
