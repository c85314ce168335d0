import { afterEach, describe, expect, it, vi } from 'vitest'
import { findChromium } from '../../scripts/chromium.mjs'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('finding the browser for the real-browser tests', () => {
  it('takes CHROMIUM_PATH first', () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath)
    expect(findChromium(['/nowhere/chromium'])).toBe(process.execPath)
  })

  it('falls back to the first installed candidate', () => {
    vi.stubEnv('CHROMIUM_PATH', '')
    expect(findChromium(['/nowhere/chromium', process.execPath])).toBe(process.execPath)
  })

  it('fails with a message that says how to install one', () => {
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/either')
    expect(() => findChromium(['/nowhere/chromium'])).toThrow(
      'No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH',
    )
  })
})
