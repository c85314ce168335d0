/**
 * Keeps Tab and Shift+Tab inside the open dialog (WAI-ARIA modal dialog
 * pattern) and lets Escape close it. The dialog starts with its close button
 * and ends with its save button, so those are the two edges to wrap at.
 */
export function trapFocus(event: KeyboardEvent, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault()
    close()
    return
  }
  if (event.key !== 'Tab') return
  const dialog = event.currentTarget as HTMLElement
  const buttons = dialog.querySelectorAll('button')
  const first = buttons[0]
  const last = buttons[buttons.length - 1]
  const active = (dialog.getRootNode() as ShadowRoot).activeElement
  // The title holds focus right after opening; it sits before the first button.
  const atEdge = event.shiftKey ? active === first || active === dialog.querySelector('h2') : active === last
  if (atEdge && first && last) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
