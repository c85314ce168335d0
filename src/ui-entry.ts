/**
 * The UI bundle's entry: the Preact interface and the actions that write
 * decisions, both loaded on demand by the core, which finds them on
 * `window.koekjeUi`. Assigned here rather than through rollup's IIFE `name`,
 * which terser's toplevel mode would drop as an unused variable.
 */
import { createActions } from './consent/actions'
import { mount } from './ui/index'

window.koekjeUi = { mount, actions: createActions }
