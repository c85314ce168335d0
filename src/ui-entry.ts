/**
 * The UI bundle's entry, `koekje-ui.js`: the first layer of the interface
 * (the banner, without Preact) and the actions that write decisions, both
 * loaded on demand by the core, which finds them on `window.koekjeUi`.
 * Assigned here rather than through rollup's IIFE `name`, which terser's
 * toplevel mode would drop as an unused variable. The second layer is fetched
 * from beside this script, wherever the site serves it.
 */
import { createActions } from './consent/actions'
import { mount } from './ui/index'

const layerUrl = new URL(
  'koekje-preferences.js',
  (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI,
).href

window.koekjeUi = { mount: (host) => mount(host, layerUrl), actions: createActions }
