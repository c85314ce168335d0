import { el } from './dom'
import { safeHref } from './safe-href'
import type { UiBase } from './ui'

/**
 * The first layer: who processes the data, for which purposes, the privacy
 * statement, and the three equal choices. Not a cookie wall: no backdrop, the
 * page stays usable, and it never takes focus on its own.
 *
 * Refusing must be exactly as easy and as visible as accepting (EDPB 03/2022,
 * Dutch DPA), so the buttons are made by one function with one class: same
 * size, weight, font and colours, no nudging. (The dialog's Preact buttons
 * follow the same rule, in buttons.tsx.)
 *
 * `nearSettings` runs when the pointer or focus reaches Settings: the moment
 * to fetch the preferences layer, before the click asks for it.
 */
export const banner = ({ t, l, host, decide }: UiBase, nearSettings: () => void): HTMLElement => {
  const { catalogue, api } = host
  const button = (action: string, label: string, onClick: () => void) => {
    const element = el('button', { type: 'button', class: 'btn', 'data-koekje-action': action }, label)
    element.onclick = onClick
    return element
  }
  const settings = button('preferences', t('settings'), () => host.$view.set('preferences'))
  settings.onpointerenter = settings.onfocus = nearSettings
  const href = safeHref(l(catalogue.privacyPolicyUrl))
  const choices = el(
    'div',
    { class: 'k' },
    button('accept-all', t('acceptAll'), () => decide(api.acceptAll)),
    button('reject-all', t('rejectAll'), () => decide(api.rejectAll)),
    settings,
  )
  return el(
    'section',
    { 'aria-label': t('bannerTitle'), class: 'b' },
    el(
      'div',
      { class: 't' },
      el('h2', {}, t('bannerTitle')),
      el('p', {}, t('bannerText'), ' ', href ? el('a', { href }, t('privacyPolicy')) : t('privacyPolicy')),
      el('ul', { class: 'p' }, ...catalogue.categories.filter((c) => !c.required).map((c) => el('li', {}, l(c.title)))),
    ),
    choices,
  )
}
