import { pickLanguage } from '../catalogue/language'
import { loadBundle } from '../core/load-bundle'
import type { UiHost, View } from '../types'
import { banner } from './banner'
import { el } from './dom'
import { keepEmbedPlaceholders } from './embed-placeholder'
import { words } from './language'
import { keepRoomForBanner } from './room-for-banner'
import { applyStyles, BANNER_CSS } from './styles'
import type { UiBase } from './ui'

/**
 * The element with focus, looking into shadow roots (ours included) and
 * same-origin frames (a held-back embed's placeholder button opens the
 * preferences, and focus goes back to it).
 */
function focused(): Element | null {
  let active = document.activeElement
  for (;;) {
    const inner =
      active?.shadowRoot?.activeElement ?? (active as HTMLIFrameElement | null)?.contentDocument?.activeElement
    if (!inner || inner.localName === 'body') return active
    active = inner
  }
}

/**
 * The interface in two layers. This one, the first, is what a first visit
 * pays for: the banner (plain DOM), the live region, and the choice of what
 * shows. The second, Preact's (koekje-preferences.js from `layerUrl`), renders
 * the preferences dialog and the cookie page's widgets; it is fetched when
 * they are first needed, or as soon as the pointer or focus reaches Settings.
 */
export function mount(host: UiHost, layerUrl = 'koekje-preferences.js'): void {
  // The core may mount as soon as the catalogue is in, while the page is still
  // parsing: wait for <body> and for the placeholders further down the page.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => mount(host, layerUrl), { once: true })
    return
  }
  const { $view, $consent, $doNotTrack, catalogue } = host
  const lang = pickLanguage(catalogue, host.requestedLang, document)
  const shell = el('div', { id: 'koekje', lang })
  const shadow = shell.attachShadow({ mode: 'open' })
  applyStyles(shadow, host.nonce, BANNER_CSS)
  const dialogRoot = el('div')
  const live = el('div', { class: 'sr', 'aria-live': 'polite' })
  shadow.append(dialogRoot, live)
  document.body.append(shell)
  const keepRoom = keepRoomForBanner(document.documentElement, shell)
  const hasPlaceholders = !!document.querySelector('[data-koekje=declaration],[data-koekje=do-not-track]')

  const ui: UiBase = {
    ...words(catalogue, lang),
    host,
    decide(act) {
      act()
      // Empty first, so a second "saved" is still a change the screen reader announces.
      live.textContent = ''
      setTimeout(() => {
        live.textContent = ui.t('saved')
      }, 100)
    },
    close: () => $view.set($consent.get() ? 'none' : 'banner'),
  }

  let drawPreferences: ((open: boolean) => boolean) | undefined
  let loading: Promise<unknown> | undefined
  /** Runs `then` with the second layer: at once when it is there, else once it has loaded. */
  const withPreferences = (then: (draw: (open: boolean) => boolean) => void): void => {
    if (!drawPreferences && window.koekjePreferences) drawPreferences = window.koekjePreferences(ui, dialogRoot)
    if (drawPreferences) {
      then(drawPreferences)
      return
    }
    loading ||= loadBundle(layerUrl, host.nonce, 'koekjePreferences').catch((error) => {
      console.error(`[koekje] ${error}`)
      // Nothing to show: do not leave the visitor with an invisible "open" dialog.
      loading = undefined
      if ($view.get() === 'preferences') ui.close()
    })
    loading.then(() => {
      shell.removeAttribute('aria-busy')
      if (window.koekjePreferences) withPreferences(then)
    })
  }

  const bannerElement = banner(ui, () => withPreferences(() => {}))
  let shown: View = 'none'
  let opener: Element | null = null

  const sync = (): void => {
    const view = $view.get()
    const open = view === 'preferences'
    const wasOpen = shown === 'preferences'
    shown = view
    // While nothing is decided the banner stays under the dialog, so focus can return to its Settings button.
    const showBanner = view === 'banner' || (open && !$consent.get())
    if (showBanner !== bannerElement.isConnected) {
      if (showBanner) shadow.prepend(bannerElement)
      else bannerElement.remove()
      keepRoom(showBanner ? bannerElement : null)
    }
    if (open && !wasOpen) opener = focused()
    // On a slow connection the click on Settings waits for the preferences layer: say so.
    if (open && !drawPreferences && !window.koekjePreferences) shell.setAttribute('aria-busy', 'true')
    if (open || drawPreferences || hasPlaceholders)
      withPreferences((draw) => {
        // The view may have changed while the layer loaded: draw what holds now.
        if (draw($view.get() === 'preferences')) shadow.querySelector<HTMLElement>('#k-t')?.focus()
      })
    // The opener may be gone (the banner's Settings button, after a decision): then the
    // floating button that reopens the settings, rather than losing focus to <body>.
    if (wasOpen && !open)
      (
        (opener?.isConnected
          ? opener
          : document.getElementById('koekje-reopen')?.shadowRoot?.querySelector('button')) as HTMLElement | undefined
      )?.focus?.()
  }

  $view.listen(sync)
  $consent.listen(sync)
  $doNotTrack.listen(sync)
  sync()
  keepEmbedPlaceholders(ui)
}
