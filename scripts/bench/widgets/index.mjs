// Every page the bench serves, in the order a round starts with. Each widget
// says which files it ships (role `code` counts as the widget, `catalogue` as
// its configuration), what goes in <head>, the tagged trackers, what goes at
// the end of <body>, and how to find its banner and its "accept all" button.
import { TRACKERS } from '../trackers.mjs'
import { klaro } from './klaro.mjs'
import { koekje, koekjeInline } from './koekje.mjs'
import { tarteaucitron } from './tarteaucitron.mjs'
import { vanillaCookieconsent } from './vanilla-cookieconsent.mjs'

/** The page alone, trackers tagged but never run: what every widget's cost is measured on top of. */
export const baseline = {
  id: 'baseline',
  label: 'page without a widget',
  missing: () => '',
  files: {},
  head: () => '',
  trackers: TRACKERS.map((t) => `<script type="text/plain" data-src="${t.url}" async></script>`).join('\n'),
  bodyEnd: () => '',
  banner: null,
  accept: null,
}

/** The reference all ratios are taken to. */
export const REFERENCE = vanillaCookieconsent.id

export const WIDGETS = [koekje, koekjeInline, vanillaCookieconsent, tarteaucitron, klaro, baseline]
