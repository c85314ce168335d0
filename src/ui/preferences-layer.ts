import { render } from 'preact'
import type { Choice } from '../types'
import { choiceFrom } from './choice'
import { declaration } from './declaration'
import { doNotTrack } from './do-not-track'
import { trapFocus } from './focus-trap'
import { preferences } from './preferences'
import { applyStyles, DIALOG_CSS } from './styles'
import type { PreferencesLayer, Ui } from './ui'

/**
 * The second layer, rendered by Preact: the preferences dialog in the
 * widget's shadow root, and the cookie page's declaration and do-not-track
 * widgets in the page itself. Without preact/hooks (1.2 KB) every draw simply
 * renders the whole tree again: Preact's diff keeps the DOM, and with it
 * focus, stable. Every list comes from the catalogue, which does not change
 * while the page lives, so the lists need no keys.
 */
export const preferencesLayer: PreferencesLayer = (base, dialogRoot) => {
  const { host } = base
  applyStyles(dialogRoot.getRootNode() as ShadowRoot, host.nonce, DIALOG_CSS)
  // Set each time the preferences open, before they render.
  let draft: Choice
  let open = false
  const ui: Ui = {
    ...base,
    setDraft(choice) {
      draft = choice
      draw(open)
    },
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-koekje="declaration"]')) {
    el.textContent = ''
    render(declaration(ui), el)
  }
  const dnt = [...document.querySelectorAll<HTMLElement>('[data-koekje="do-not-track"]')]
  for (const el of dnt) el.textContent = ''
  // Where the dialog's button bar sticks to its bottom (DIALOG_CSS), it must not cover the
  // control with focus (WCAG 2.4.11): the dialog's scroll padding (--kb) follows the bar's
  // height, so the browser scrolls focused controls above it.
  let dialog: HTMLElement | undefined
  let bar: HTMLElement
  const barSize = new ResizeObserver(() => dialog!.style.setProperty('--kb', `${bar.offsetHeight}px`))

  // Tab and Escape wherever focus is while the dialog is open, i.e. in the page (focus-trap.ts),
  // but not in a <dialog> the site opened over it (a newsletter pop-up): its keys are its own.
  document.addEventListener('keydown', (event) => {
    if (dialog?.isConnected && !(event.target as Element).closest?.('dialog[open]'))
      trapFocus(event, dialog, base.close)
  })

  const draw = (show: boolean): boolean => {
    const opening = show && !open
    if (opening) draft = choiceFrom(host.catalogue, host.$consent.get())
    open = show
    render(show ? preferences(ui, draft) : null, dialogRoot)
    if (opening) {
      dialog = dialogRoot.querySelector<HTMLElement>('.d')!
      bar = dialog.querySelector<HTMLElement>('.k')!
      // The previous opening's bar is gone.
      barSize.disconnect()
      barSize.observe(bar)
    }
    dnt.forEach((el, i) => {
      render(doNotTrack(ui, `koekje-dnt-${i}`, 'koekje-'), el)
    })
    return opening
  }
  return draw
}
