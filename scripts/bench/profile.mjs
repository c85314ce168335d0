#!/usr/bin/env node
// Where a widget's main-thread time goes: one page view under the V8 sampling
// profiler, self time summed per script and per function. For finding what
// to shrink, not for comparing (the profiler itself costs time).
//
//   node scripts/bench/profile.mjs [koekje] [--scenario first|repeat|click] [--throttle 4] [--runs 3]
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { findChromium } from '../chromium.mjs'
import { readStacks } from './cpu-profile.mjs'
import { LAUNCH_ARGS } from './launch.mjs'
import { decisionStorage, openPage } from './measure.mjs'
import { pagePath, routesFor } from './pages.mjs'
import { startServer } from './server.mjs'
import { WIDGETS } from './widgets/index.mjs'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scenario: { type: 'string', default: 'first' },
    throttle: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
  },
})
const widget = WIDGETS.find((w) => w.id === (positionals[0] ?? 'koekje'))
if (!widget || widget.missing())
  throw new Error(`cannot profile ${positionals[0]}: ${widget?.missing() ?? 'unknown widget'}`)
await widget.prepare?.()

const SAMPLING_INTERVAL_US = 100

/** Self time (ms) per key of the profile's nodes, over all samples. */
const selfTimes = (profile, keyOf) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map()
  for (const id of profile.samples) {
    const key = keyOf(byId.get(id).callFrame)
    // Samples × interval rather than the time between samples: a descheduled thread takes no samples.
    totals.set(key, (totals.get(key) ?? 0) + SAMPLING_INTERVAL_US / 1000)
  }
  return totals
}

/**
 * What the widget's time is spent on: the samples with a widget frame anywhere on the
 * stack (what the bench counts), by their leaf, so native work it calls (DOM insertion,
 * fetch, cookies) shows by name.
 */
const underWidgetByLeaf = (profile, isWidget) => {
  const { byId, underWidget } = readStacks(profile, isWidget)
  const totals = new Map()
  for (const id of profile.samples) {
    if (!underWidget(id)) continue
    const key = functionName(byId.get(id).callFrame)
    totals.set(key, (totals.get(key) ?? 0) + SAMPLING_INTERVAL_US / 1000)
  }
  return totals
}

const shortUrl = (url) => url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '') || '(no script: native, GC, idle)'
/** A frame by name and place in its script; a native function by its name alone. */
const functionName = (frame) =>
  frame.url
    ? `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    : frame.functionName
const add = (into, from) => {
  for (const [key, ms] of from) into.set(key, (into.get(key) ?? 0) + ms)
}
const byScript = new Map()
const byFunction = new Map()
const byLeafUnderWidget = new Map()

const server = await startServer(routesFor([widget]))
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: LAUNCH_ARGS,
})
const storageState = args.scenario === 'repeat' ? await decisionStorage(browser, server, widget) : undefined
const runs = Number(args.runs)
for (let run = 0; run < runs; run++) {
  const { context, page, cdp } = await openPage(browser, widget, {
    storageState,
    throttle: Number(args.throttle),
    watchBanner: args.scenario !== 'repeat',
  })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
  const click = args.scenario === 'click'
  if (!click) await cdp.send('Profiler.start')
  await page.goto(server.origin + pagePath(widget), { waitUntil: 'load' })
  if (args.scenario === 'repeat') await page.evaluate(() => window.__bench.trackersRan())
  else await page.evaluate(() => window.__bench.banner)
  if (click) {
    // Only what runs between "accept all" and the first consented request.
    await page.waitForTimeout(1000)
    await cdp.send('Profiler.start')
    await page.locator(widget.accept).first().click()
    await page.evaluate(() => window.__bench.trackerStarted(window.__bench.clickAt))
  } else {
    await page.waitForTimeout(600)
  }
  const { profile } = await cdp.send('Profiler.stop')
  add(
    byScript,
    selfTimes(profile, (frame) => shortUrl(frame.url)),
  )
  add(byFunction, selfTimes(profile, functionName))
  add(
    byLeafUnderWidget,
    underWidgetByLeaf(profile, (url) => url.includes(`/${widget.id}/assets/`)),
  )
  await context.close()
}
await browser.close()
await server.close()

const print = (title, totals, top) => {
  console.log(`\n${title} (self time, mean of ${runs} runs, ms)`)
  const rows = [...totals].filter(([key]) => !['(idle)', '(program)'].includes(key)).sort((a, b) => b[1] - a[1])
  for (const [key, ms] of rows.slice(0, top))
    console.log(`${(ms / runs).toFixed(1).padStart(8)}  ${key || '(unnamed)'}`)
}
console.log(
  `${widget.label}, ${args.scenario === 'click' ? 'accept click' : `${args.scenario} visit`}, CPU ${args.throttle}×`,
)
print('Per script', byScript, 12)
print('Per function', byFunction, 20)
print("Under the widget's frames, by leaf (what the bench counts as its CPU)", byLeafUnderWidget, 25)
