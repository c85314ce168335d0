import { decodeConsent } from '../consent/cookie-format'
import { readCookie } from '../consent/cookie-jar'
import { $consent, $doNotTrack } from '../consent/store'
import type { Catalogue } from '../types'

/**
 * Reads the stored decision and the do-not-track switch into the stores.
 * An invalid or outdated decision counts as none. Do-not-track follows its
 * cookie; without one, a Global Privacy Control signal switches it on.
 * Returns true when it is on by that signal alone (not yet recorded).
 */
export const restoreDecision = (catalogue: Catalogue): boolean => {
  const { consentCookie, doNotTrack } = catalogue
  const storedDnt = readCookie(doNotTrack.cookie || 'koekje_dnt')
  $doNotTrack.set(
    storedDnt
      ? storedDnt === '1'
      : doNotTrack.honourGlobalPrivacyControl !== false && navigator.globalPrivacyControl === true,
  )
  $consent.set(decodeConsent(readCookie(consentCookie.name || 'koekje_consent'), catalogue, $doNotTrack.get()))
  return !storedDnt && $doNotTrack.get()
}
