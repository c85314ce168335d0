/**
 * Builds `koekje_consent` values for the template tests, written from the
 * format's description rather than imported from the core, so the template
 * is checked against the spec and (in one test) against the core as well.
 *
 *   1.<revision>.<decidedAt base36>.<id>.<categories ~>.<services ~>.<checksum>
 */

/** FNV-1a, 32 bit, unsigned, base 36: the checksum of everything before the last dot. */
export const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

export const withChecksum = (body: string): string => `${body}.${fnv1a(body)}`

/** 2025-11-25 10:00 UTC: when the visitors in these tests decided. */
export const DECIDED_AT = Date.UTC(2025, 10, 25, 10, 0, 0)

export interface StoredDecision {
  format?: string
  revision?: number | string
  decidedAt?: number
  id?: string
  categories?: string[]
  services?: string[]
}

export const consentCookie = (decision: StoredDecision = {}): string =>
  withChecksum(
    [
      decision.format ?? '1',
      decision.revision ?? 1,
      Math.floor((decision.decidedAt ?? DECIDED_AT) / 1000).toString(36),
      decision.id ?? 'a1b2c3d4e5f60718',
      (decision.categories ?? []).join('~'),
      (decision.services ?? []).join('~'),
    ].join('.'),
  )
