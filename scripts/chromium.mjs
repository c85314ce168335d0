// Debian's Chromium, as every real-browser test and the bench start it: found
// once, launched with one set of flags. No browser is ever downloaded.
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * Headless and offline-friendly: without the background-networking flags
 * Chromium keeps trying to reach Google's hosts, which this machine refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Path of the Chromium to drive: `CHROMIUM_PATH`, else the first one installed. */
export function findChromium(candidates = CANDIDATES) {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error('No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH')
  return found
}
