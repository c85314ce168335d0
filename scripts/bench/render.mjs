#!/usr/bin/env node
// Re-renders the console report, the goals and the SVG from a saved result,
// without measuring again (for a change in how results are presented):
//   node scripts/bench/render.mjs [bench/results/latest.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ratioChart } from './chart.mjs'
import { evaluateGoals } from './goals.mjs'
import { printGoals, printReport } from './report.mjs'
import { summariseCell } from './stats.mjs'

const file = process.argv[2] ?? 'bench/results/latest.json'
const result = JSON.parse(readFileSync(file, 'utf8'))
const { cells, settings, machine, date } = result
const slow = Math.max(...settings.throttles)
for (const byThrottle of Object.values(cells)) {
  for (const [throttle, byWidget] of Object.entries(byThrottle)) {
    const baseline = summariseCell((cells.first ?? cells.repeat)[throttle].baseline?.runs ?? [])
    for (const cell of Object.values(byWidget)) cell.summary = summariseCell(cell.runs, baseline)
  }
}
printReport(cells, settings.widgets, settings.reference)
result.goals = evaluateGoals(cells, { slow })
printGoals(result.goals)
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
const caption = `${date.slice(0, 10)} · Chromium ${machine.chromium} · ${machine.nproc} CPUs · ${settings.runs} runs`
writeFileSync(
  `${dirname(file)}/ratios.svg`,
  ratioChart(cells, {
    widgets: settings.widgets.map((w) => w.id),
    reference: settings.reference,
    throttle: slow,
    caption,
  }),
)
