import { atom } from 'nanostores'
import type { Catalogue, Consent, View } from '../types'

/**
 * The single source of truth. The blocker, the Consent Mode bridge and the
 * UI subscribe to these atoms; nothing else keeps consent state.
 */

/** The catalogue, once loaded and checked. */
export const $catalogue = atom<Catalogue | undefined>()

/** The valid stored decision, or null while there is none. */
export const $consent = atom<Consent | null>(null)

/** Whether do-not-track holds the catalogue's do-not-track services back. */
export const $doNotTrack = atom(false)

/** Which layer of the interface shows. */
export const $view = atom<View>('none')
