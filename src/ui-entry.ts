/**
 * The UI bundle's entry (`window.koekjeUi`): the Preact interface and the
 * actions that write decisions, both loaded on demand by the core.
 */
export { createActions as actions } from './consent/actions'
export { mount } from './ui/index'
