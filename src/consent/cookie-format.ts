import type { Catalogue, Consent } from '../types'
import { completeConsent } from './make-consent'

/**
 * The `koekje_consent` value, compact and readable by a server:
 *
 *   1.<revision>.<decidedAt>.<id>.<categories>.<services>.<checksum>
 *
 * - `1`: format version;
 * - `revision`: catalogue revision, decimal;
 * - `decidedAt`: Unix seconds in base 36;
 * - `id`: random hex id of the decision;
 * - `categories`, `services`: the granted ids joined by `~` (ids are `[a-z0-9-]`);
 * - `checksum`: FNV-1a (32 bit, base 36) of everything before the last dot.
 *
 * Only characters that RFC 6265 allows and that servers do not URL-decode
 * (no `+`, `%`, `,`, `;`). The checksum catches corruption and hand edits; it
 * is not a signature, which a script without a secret cannot make.
 */

const FORMAT = '1'
/** A day in milliseconds. */
const DAY = 864e5

/** FNV-1a, 32 bit: tiny, and good enough to detect a changed character. */
export const checksum = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

const granted = (record: Record<string, boolean>) =>
  Object.keys(record)
    .filter((id) => record[id])
    .join('~')

export const encodeConsent = (consent: Consent): string => {
  const seconds = Math.floor(Date.parse(consent.decidedAt) / 1000).toString(36)
  const body = [
    FORMAT,
    consent.revision,
    seconds,
    consent.id,
    granted(consent.categories),
    granted(consent.services),
  ].join('.')
  return `${body}.${checksum(body)}`
}

/**
 * Whether a `document.cookie` string holds a cookie in this format, under any
 * name: before the catalogue is read, its `consentCookie.name` is not known.
 * Only a hint (the core then skips fetching the banner layer early); the
 * value is checked with `decodeConsent` once the catalogue is in.
 */
export const mayHoldConsent = (cookies: string): boolean => /=1\.\d+\.\w+\.[0-9a-f]{8,32}\./.test(cookies)

type Fields = [string, string, string, string, string, string, string]

/**
 * Reads a stored value back. Missing, corrupt, tampered, expired, future-dated
 * or other-revision values all count as no decision: `null`.
 */
export const decodeConsent = (
  value: string | undefined,
  catalogue: Catalogue,
  doNotTrack: boolean,
  now = Date.now(),
): Consent | null => {
  const fields = value?.split('.') ?? []
  // Read before the length is checked: a missing field reads as undefined and fails below.
  const [format, revision, seconds, id, categories, services, sum] = fields as Fields
  const decidedAt = parseInt(seconds, 36) * 1000
  const age = now - decidedAt
  return fields.length === 7 &&
    format === FORMAT &&
    revision === `${catalogue.revision}` &&
    /^[0-9a-f]{8,32}$/.test(id) &&
    checksum(fields.slice(0, 6).join('.')) === sum &&
    // A little clock skew is tolerated; a date far in the future is not.
    age > -DAY &&
    age < catalogue.consentCookie.days * DAY
    ? completeConsent(
        catalogue,
        { categories: categories.split('~'), services: services.split('~') },
        doNotTrack,
        id,
        new Date(decidedAt).toISOString(),
      )
    : null
}
