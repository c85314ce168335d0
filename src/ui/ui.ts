import type { Choice, UiHost } from '../types'
import type { Words } from './language'

/** What every component gets: the core's host, the texts, and the few actions the UI adds. */
export interface Ui extends Words {
  host: UiHost
  /** Runs a decision through the core, then announces `saved` in the live region. */
  decide(act: () => void): void
  /** Closes the preferences without deciding: back to the banner while nothing is decided. */
  close(): void
  /** Replaces the preferences draft (what the switches show before saving). */
  setDraft(choice: Choice): void
  /** Ref for the banner, to keep room for it at the bottom of the page. */
  bannerRef(banner: HTMLElement | null): void
}
