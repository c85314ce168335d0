/** @jsxRuntime classic */
/** @jsx h */

// biome-ignore lint/correctness/noUnusedImports: the JSX factory the pragma above names
import { h } from 'preact'
import type { Ui } from './ui'

/**
 * The dialog's decision buttons. Refusing must be exactly as easy and as
 * visible as accepting (EDPB 03/2022, Dutch DPA), so all of them are made by
 * one function with one class: same size, weight, font and colours, no
 * nudging. The banner's buttons, built without Preact, follow the same rule.
 */
export const buttons = ({ host, t, decide }: Ui, save: () => void) => {
  const button = (action: string, label: string, onClick: () => void) => (
    <button type="button" class="btn" data-koekje-action={action} onClick={onClick}>
      {label}
    </button>
  )
  return (
    <div class="k">
      {button('accept-all', t('acceptAll'), () => decide(host.api.acceptAll))}
      {button('reject-all', t('rejectAll'), () => decide(host.api.rejectAll))}
      {button('save', t('save'), () => decide(save))}
    </div>
  )
}
