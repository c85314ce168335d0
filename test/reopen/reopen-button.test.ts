import { afterEach, describe, expect, it, vi } from 'vitest'
import { showReopenButton } from '../../src/reopen-button'

const button = () => document.getElementById('koekje-reopen')?.shadowRoot?.querySelector('button')

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the floating cookie-settings button', () => {
  it('is a real button named by its visible label, that opens the preferences', () => {
    const open = vi.fn()
    showReopenButton(document, 'Cookie-instellingen', 'left', open)
    expect(button()?.textContent).toBe('Cookie-instellingen')
    expect(button()?.type).toBe('button')
    button()?.click()
    expect(open).toHaveBeenCalledOnce()
  })

  it('shows once however often it is asked for', () => {
    showReopenButton(document, 'a', 'left', () => {})
    showReopenButton(document, 'b', 'left', () => {})
    expect(document.querySelectorAll('#koekje-reopen')).toHaveLength(1)
  })

  it('sits on the side the catalogue names, styled without inline style attributes', () => {
    showReopenButton(document, 'Cookie settings', 'right', () => {})
    expect(button()?.className).toBe('right')
    expect(document.querySelector('[style]')).toBeNull()
    expect(button()?.hasAttribute('style')).toBe(false)
  })
})
