/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { Fragment, h, render } from 'preact'
import { pickLanguage } from '../catalogue/language'
import type { Choice, UiHost, View } from '../types'
import { banner } from './banner'
import { choiceFrom } from './choice'
import { declaration } from './declaration'
import { doNotTrack } from './do-not-track'
import { words } from './language'
import { preferences } from './preferences'
import { keepRoomForBanner } from './room-for-banner'
import { applyStyles } from './styles'
import type { Ui } from './ui'

/** The element with focus, looking into shadow roots (ours included). */
function focused(): Element | null {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/**
 * Builds the interface for the core. Without preact/hooks (1.2 KB we cannot
 * afford) every store change simply renders the whole tree again: Preact's
 * diff keeps the DOM, and with it focus, stable. Every list comes from the
 * catalogue, which does not change while the page lives, so the lists need
 * no keys: Preact matches their items by position.
 */
export function mount(host: UiHost): void {
  // The core may mount as soon as the catalogue is in, while the page is still
  // parsing: wait for <body> and for the placeholders further down the page.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => mount(host), { once: true })
    return
  }
  const { $view, $consent, $doNotTrack, catalogue } = host
  const lang = pickLanguage(catalogue, host.requestedLang, document)
  const shell = document.createElement('div')
  shell.id = 'koekje'
  shell.lang = lang
  const shadow = shell.attachShadow({ mode: 'open' })
  applyStyles(shadow, host.nonce)
  const app = shadow.appendChild(document.createElement('div'))
  document.body.append(shell)

  // Set each time the preferences open, before they render.
  let draft: Choice
  let message = ''
  let shown: View = 'none'
  let opener: Element | null = null

  const ui: Ui = {
    ...words(catalogue, lang),
    host,
    decide(act) {
      act()
      // Empty first, so a second "saved" is still a change the screen reader announces.
      message = ''
      draw()
      setTimeout(() => {
        message = ui.t('saved')
        draw()
      }, 100)
    },
    close: () => $view.set($consent.get() ? 'none' : 'banner'),
    setDraft(choice) {
      draft = choice
      draw()
    },
    bannerRef: keepRoomForBanner(document.documentElement, shell),
  }

  const dnt = [...document.querySelectorAll<HTMLElement>('[data-koekje="do-not-track"]')]
  function draw(): void {
    const view = $view.get()
    render(
      <>
        {/* While nothing is decided the banner stays under the dialog, so focus can return to its Settings button. */}
        {(view === 'banner' || (view === 'preferences' && !$consent.get())) && banner(ui)}
        {view === 'preferences' && preferences(ui, draft)}
        <div class="sr" aria-live="polite">
          {message}
        </div>
      </>,
      app,
    )
    dnt.forEach((el, i) => {
      render(doNotTrack(ui, `koekje-dnt-${i}`, 'koekje-'), el)
    })
  }

  function onView(view: View): void {
    const open = view === 'preferences'
    const wasOpen = shown === 'preferences'
    const opening = open && !wasOpen
    if (opening) {
      opener = focused()
      draft = choiceFrom(catalogue, $consent.get())
    }
    shown = view
    draw()
    if (opening) shadow.querySelector<HTMLElement>('#k-t')?.focus()
    // The opener may be gone (the banner's Settings button, after a decision): then the
    // floating button that reopens the settings, rather than losing focus to <body>.
    if (wasOpen && !open)
      (
        (opener?.isConnected
          ? opener
          : document.getElementById('koekje-reopen')?.shadowRoot?.querySelector('button')) as HTMLElement | undefined
      )?.focus?.()
  }

  for (const el of document.querySelectorAll<HTMLElement>('[data-koekje="declaration"]')) {
    el.textContent = ''
    render(declaration(ui), el)
  }
  for (const el of dnt) el.textContent = ''
  $view.listen(onView)
  $consent.listen(draw)
  $doNotTrack.listen(draw)
  onView($view.get())
}
