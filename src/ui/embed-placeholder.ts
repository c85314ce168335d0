import { isAllowed } from '../consent/decide'
import type { UiBase } from './ui'

/** On a frame whose `srcdoc` is Koekje's, so only that one is taken off again. */
const OURS = 'data-koekje-placeholder'

/** Catalogue text goes into the placeholder's HTML as text, never as markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * An embed held back for consent (an iframe with `data-src`: a video, a map)
 * says why in its own box: the catalogue's `blockedContent` and a
 * `loadContent` button that opens the preferences. It is drawn with `srcdoc`,
 * so the frame keeps its size and nothing on the page moves; system colours
 * follow the visitor's light or dark mode, as the site's theme cannot reach
 * into the frame. A frame's `srcdoc` outranks its `src`, so it comes off as
 * soon as the blocker has released the frame (the core's listener runs
 * before this one). A frame the site gave a `srcdoc` of its own is left alone.
 * Frames added after the decision are drawn at the next change.
 */
export const keepEmbedPlaceholders = ({ t, lang, host }: UiBase): void => {
  // Made only for a frame that needs it: most pages have none, and then keep no placeholder in memory.
  const placeholder = (withButton: boolean) =>
    `<!doctype html><html lang="${escapeHtml(lang)}"><style nonce="${escapeHtml(host.nonce)}">` +
    ':root{color-scheme:light dark;font:100%/1.5 system-ui,sans-serif;text-align:center}button{font:inherit;padding:.5em 1em}' +
    `</style><p>${escapeHtml(t('blockedContent'))}</p>` +
    (withButton ? `<button type="button">${escapeHtml(t('loadContent'))}</button>` : '')
  const sync = (): void => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe:is([data-category],[data-service])')) {
      const ours = frame.hasAttribute(OURS)
      if (frame.hasAttribute('data-koekje-activated')) {
        if (ours) {
          frame.removeAttribute(OURS)
          frame.removeAttribute('srcdoc')
        }
      } else if (
        !ours &&
        !frame.hasAttribute('srcdoc') &&
        // Only a frame the decision holds back: one it allows is the blocker's to release, and a
        // placeholder there (its srcdoc outranks the src the blocker sets) would keep it from loading.
        !isAllowed(
          host.catalogue,
          host.$consent.get(),
          host.$doNotTrack.get(),
          frame.dataset.category,
          frame.dataset.service,
        )
      ) {
        frame.setAttribute(OURS, '')
        // The placeholder's document has the page's origin, so the page wires its button;
        // in a frame sandboxed to another origin it could not, so there is no button.
        const wired = !frame.hasAttribute('sandbox') || frame.sandbox.contains('allow-same-origin')
        // Once: the frame's load after its release is the embed's own page, and its buttons are its own.
        frame.addEventListener(
          'load',
          () =>
            frame.hasAttribute(OURS) &&
            frame.contentDocument?.querySelector('button')?.addEventListener('click', () => host.api.showPreferences()),
          { once: true },
        )
        frame.srcdoc = placeholder(wired)
      }
    }
  }
  host.$consent.listen(sync)
  sync()
}
