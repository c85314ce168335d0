import type { Choice, UiHost } from '../types'
import type { Words } from './language'

/** What the first layer (the banner, in ui/index.ts) gives every part of the interface. */
export interface UiBase extends Words {
  host: UiHost
  /** Runs a decision through the core, then announces `saved` in the live region. */
  decide(act: () => void): void
  /** Closes the preferences without deciding: back to the banner while nothing is decided. */
  close(): void
}

/** What the Preact components of the second layer get: the base plus the preferences' draft. */
export interface Ui extends UiBase {
  /** Replaces the preferences draft (what the switches show before saving). */
  setDraft(choice: Choice): void
}

/**
 * The second layer, `window.koekjePreferences` (koekje-preferences.js): given
 * the base and the element the dialog goes in, it fills the cookie page's
 * placeholders and returns the function that draws the preferences open or
 * closed. That function returns true when its call opened them, so the first
 * layer knows to move focus in.
 */
export type PreferencesLayer = (ui: UiBase, dialogRoot: HTMLElement) => (open: boolean) => boolean
