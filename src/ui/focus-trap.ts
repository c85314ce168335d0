/**
 * Keeps Tab and Shift+Tab inside the open dialog (WAI-ARIA modal dialog
 * pattern) and lets Escape close it. It listens on the document, not the
 * dialog: a click on the backdrop leaves focus on <body>, and Tab from there
 * would leave the modal for the banner or the page. The dialog starts with
 * its close button and ends with its save button, so those are the two edges
 * to wrap at; from outside it, or from the dialog or its title (focused by a
 * click on its text, or on opening), Tab goes to the first and Shift+Tab to
 * the last.
 */
export function trapFocus(event: KeyboardEvent, dialog: HTMLElement, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault()
    close()
    return
  }
  if (event.key !== 'Tab') return
  const buttons = dialog.querySelectorAll('button')
  const first = buttons[0]
  const last = buttons[buttons.length - 1]
  const active = (dialog.getRootNode() as ShadowRoot).activeElement
  const inside = active !== dialog && dialog.contains(active)
  const atEdge =
    !inside || (event.shiftKey ? active === first || active === dialog.querySelector('h2') : active === last)
  if (atEdge && first && last) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
