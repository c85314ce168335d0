import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script of the bench, without types
import { stopProfiling } from '../../scripts/bench/cpu-profile.mjs'

/**
 * A V8 profile as CDP returns it: a tree of call frames and, every 200 µs,
 * the node that was running. Here: the widget's `drain` inserts a script
 * (native `replaceWith`), and the inline tracker it released runs inside
 * that call; the page's own code runs elsewhere.
 */
const frame = (url: string, functionName = '') => ({ url, functionName, scriptId: '0', lineNumber: 0, columnNumber: 0 })
const profile = {
  nodes: [
    { id: 1, callFrame: frame('', '(root)'), children: [2, 6] },
    { id: 2, callFrame: frame('https://site.test/koekje/assets/koekje.js', 'drain'), children: [3] },
    { id: 3, callFrame: frame('', 'replaceWith'), children: [4] },
    { id: 4, callFrame: frame('https://site.test/', 'fbq-snippet'), children: [5] },
    { id: 5, callFrame: frame('', 'appendChild') },
    { id: 6, callFrame: frame('https://site.test/page.js', 'pageCode') },
  ],
  // drain ×2, replaceWith ×3, the released snippet ×4, native work under it ×1, the page ×5
  samples: [2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 6, 6, 6, 6, 6],
  timeDeltas: Array(15).fill(200),
}
const cdp = { send: async (method: string) => (method === 'Profiler.stop' ? { profile } : {}) }

describe("the bench's CPU attribution", () => {
  it('charges the widget with everything under its frames, released scripts included', async () => {
    const { cpuMs } = await stopProfiling(cdp, (url: string) => url.includes('/koekje/assets/'))
    expect(cpuMs).toBeCloseTo(2.0)
  })

  it("also counts the widget's own code and the native work it calls, without the scripts it released", async () => {
    const { ownCpuMs } = await stopProfiling(cdp, (url: string) => url.includes('/koekje/assets/'))
    expect(ownCpuMs).toBeCloseTo(1.0)
  })
})
