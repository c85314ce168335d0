#!/usr/bin/env node
// `npm run bench`: Koekje against its peers on the same page, in Debian's
// Chromium. Each run is a fresh context; the widgets take turns round-robin
// (with a rotating start) so slow drift of the machine hits all of them alike.
//
//   node scripts/bench/run.mjs [--runs 5] [--throttle 1,4] [--scenario first,repeat] [--only koekje,klaro] [--out bench/results]
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { findChromium } from '../chromium.mjs'
import { ratioChart } from './chart.mjs'
import { evaluateGoals } from './goals.mjs'
import { LAUNCH_ARGS } from './launch.mjs'
import { describeMachine } from './machine.mjs'
import { decisionStorage, measureRun } from './measure.mjs'
import { routesFor } from './pages.mjs'
import { printGoals, printReport } from './report.mjs'
import { startServer } from './server.mjs'
import { summariseCell } from './stats.mjs'
import { REFERENCE, WIDGETS } from './widgets/index.mjs'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '1,4' },
    scenario: { type: 'string', default: 'first,repeat' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench/results' },
  },
})
const runs = Number(args.runs)
const throttles = args.throttle.split(',').map(Number)
const only = args.only?.split(',')

const widgets = []
for (const widget of WIDGETS) {
  if (only && !only.includes(widget.id) && widget.id !== 'baseline' && widget.id !== REFERENCE) continue
  let missing = widget.missing()
  if (!missing && widget.prepare) {
    try {
      await widget.prepare()
    } catch (error) {
      missing = `could not be built: ${error.message.split('\n')[0]}`
    }
  }
  if (missing) console.log(`note: ${widget.label}: ${missing}`)
  else widgets.push(widget)
}
if (!widgets.some((w) => w.id === 'koekje')) console.log('note: Koekje is not built; measuring the peers only.')

const server = await startServer(routesFor(widgets))
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: LAUNCH_ARGS,
})
const machine = describeMachine(browser)
const started = Date.now()
console.log(
  `Chromium ${machine.chromium}, ${machine.nproc} CPUs (${machine.cpu}); ${runs} runs per widget per scenario`,
)

/** cells[scenario][throttle][widget] = { runs, errors } */
const cells = Object.fromEntries(args.scenario.split(',').map((scenario) => [scenario, {}]))
for (const scenario of Object.keys(cells)) {
  for (const throttle of throttles) {
    cells[scenario][throttle] = Object.fromEntries(widgets.map((w) => [w.id, { runs: [], errors: [] }]))
  }
}

const storage = {}
for (const widget of widgets.filter((w) => w.accept)) {
  try {
    storage[widget.id] = await decisionStorage(browser, server, widget)
  } catch (error) {
    console.log(`warm-up of ${widget.id} failed: ${error.message}`)
  }
}

for (let round = 0; round < runs; round++) {
  for (const scenario of Object.keys(cells)) {
    for (const throttle of throttles) {
      const order = widgets.map((_, i) => widgets[(i + round) % widgets.length])
      for (const widget of order) {
        if (scenario === 'repeat' && widget.accept && !storage[widget.id]) continue
        const cell = cells[scenario][throttle][widget.id]
        try {
          cell.runs.push(
            await measureRun({ browser, server, widget, scenario, throttle, storageState: storage[widget.id] }),
          )
        } catch (error) {
          cell.errors.push(error.message.split('\n')[0])
        }
      }
    }
  }
  process.stdout.write(`round ${round + 1}/${runs} done (${Math.round((Date.now() - started) / 1000)} s)\n`)
}
await browser.close()
await server.close()

// The page alone is the baseline of both scenarios: a repeat view without a widget is the same page.
for (const scenario of Object.keys(cells)) {
  for (const throttle of throttles) {
    const byWidget = cells[scenario][throttle]
    const baseline = summariseCell((cells.first ?? cells.repeat)[throttle].baseline?.runs ?? [])
    for (const cell of Object.values(byWidget)) cell.summary = summariseCell(cell.runs, baseline)
  }
}

printReport(cells, widgets, REFERENCE)
const goals = evaluateGoals(cells, { slow: Math.max(...throttles) })
printGoals(goals)

machine.loadAverageAtEnd = loadavg().map((n) => Math.round(n * 100) / 100)
const date = new Date().toISOString()
const result = {
  date,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine,
  settings: { runs, throttles, reference: REFERENCE, widgets: widgets.map((w) => ({ id: w.id, label: w.label })) },
  goals,
  cells,
}
mkdirSync(args.out, { recursive: true })
writeFileSync(`${args.out}/latest.json`, `${JSON.stringify(result, null, 2)}\n`)
const caption = `${date.slice(0, 10)} · Chromium ${machine.chromium} · ${machine.nproc} CPUs · ${runs} runs`
writeFileSync(
  `${args.out}/ratios.svg`,
  ratioChart(cells, {
    widgets: widgets.map((w) => w.id),
    reference: REFERENCE,
    throttle: Math.max(...throttles),
    caption,
  }),
)
console.log(`\nWrote ${args.out}/latest.json and ${args.out}/ratios.svg in ${result.durationSeconds} s.`)
