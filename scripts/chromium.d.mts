/** Types for scripts/chromium.mjs, so the TypeScript browser tests can share it with the bench. */
export const CHROMIUM_ARGS: string[]
/** `candidates` replaces the usual install paths (for tests). */
export function findChromium(candidates?: string[]): string
