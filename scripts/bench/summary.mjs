#!/usr/bin/env node
// Markdown tables of a bench result, for docs/performance.md:
//   node scripts/bench/summary.mjs [bench/results/latest.json]
import { readFileSync } from 'node:fs'
import { ratio } from './stats.mjs'

const result = JSON.parse(readFileSync(process.argv[2] ?? 'bench/results/latest.json', 'utf8'))
const { machine, settings, cells } = result
const reference = settings.reference
const ids = settings.widgets.map((w) => w.id).filter((id) => id !== 'baseline')

const ROWS = [
  ['codeBytes', 'widget JS+CSS, gzip', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['catalogueBytes', 'catalogue / config, gzip', (v) => `${(v / 1024).toFixed(1)} KB`],
  ['requests', 'widget requests', (v) => `${v}`],
  ['bannerMs', 'banner painted', (v) => `${v.toFixed(0)} ms`],
  ['trackersStartMs', 'first consented tracker starts', (v) => `${v.toFixed(0)} ms`],
  ['scriptingMsCost', 'main-thread scripting (trace, own)', (v) => `${v.toFixed(1)} ms`],
  ['widgetScriptMs', 'main-thread CPU in widget code (profiled)', (v) => `${v.toFixed(1)} ms`],
  [
    'widgetOwnScriptMs',
    'main-thread CPU in widget code, released scripts apart (profiled)',
    (v) => `${v.toFixed(1)} ms`,
  ],
  ['widgetScriptWallMs', 'main-thread wall time in widget code (profiled)', (v) => `${v.toFixed(1)} ms`],
  ['scriptMsCost', 'CDP ScriptDuration (own)', (v) => `${v.toFixed(1)} ms`],
  ['taskMsCost', 'main-thread tasks (own)', (v) => `${v.toFixed(0)} ms`],
  ['longTasks', 'long tasks (page alone: see text)', (v) => `${v}`],
  ['widgetLongFrames', 'long frames with widget code', (v) => `${v}`],
  ['longestWidgetScriptMs', 'longest widget script in a long frame', (v) => `${v.toFixed(0)} ms`],
  ['cls', 'layout shift', (v) => v.toFixed(3)],
  ['heapBytes', 'JS heap after GC', (v) => `${(v / 1024).toFixed(0)} KB`],
  ['clickToTrackerMs', 'click → first tracker request', (v) => `${v.toFixed(1)} ms`],
]

console.log(
  `Measured ${result.date.slice(0, 10)} on ${machine.nproc} × ${machine.cpu}, Chromium ${machine.chromium}, ` +
    `${settings.runs} runs per widget per scenario; median, and the ratio to ${reference}.\n`,
)
for (const [scenario, title] of [
  ['first', 'First visit (banner shows)'],
  ['repeat', 'Repeat view (decision stored)'],
]) {
  for (const throttle of settings.throttles) {
    const byWidget = cells[scenario][throttle]
    const ref = byWidget[reference]?.summary
    console.log(`#### ${title}, CPU ${throttle}×\n`)
    console.log(`| | ${ids.join(' | ')} |`)
    console.log(`| --- |${ids.map(() => ' ---: |').join('')}`)
    for (const [key, label, format] of ROWS) {
      const values = ids.map((id) => byWidget[id]?.summary?.[key])
      if (values.every((v) => v === undefined)) continue
      const cellsText = ids.map((id, i) => {
        const stats = values[i]
        if (!stats) return '–'
        const r = ratio(byWidget[id].summary, ref, key)
        const shown = ['longTasks', 'cls', 'requests'].includes(key) || r === undefined ? '' : ` (${r.toFixed(2)}×)`
        return `${format(stats.median)}${shown}`
      })
      console.log(`| ${label} | ${cellsText.join(' | ')} |`)
    }
    console.log('')
  }
}
