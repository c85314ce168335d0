// Where the numbers came from: they mean little without the machine.
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg, totalmem } from 'node:os'

/** @param {import('playwright-core').Browser} browser */
export const describeMachine = (browser) => {
  let cpu = 'unknown'
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu
  } catch {}
  return {
    nproc: availableParallelism(),
    cpu,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    // Other processes on the machine make wall-clock numbers noisy; this says how busy it was.
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  }
}
