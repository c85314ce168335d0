// Main-thread script time as Chrome's Performance panel counts "Scripting":
// the union of script-running trace events (evaluate, function calls,
// microtasks, timers, event handlers, frame callbacks, compiling) on the
// page's renderer main thread. CDP's ScriptDuration leaves out promise
// reactions; the trace does not.

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8']

/** Trace events during which script runs or is compiled; nested ones are merged, not added. */
const SCRIPTING = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'XHRReadyStateChange',
  'XHRLoad',
  'v8.compile',
  'v8.compileModule',
  'V8.Execute',
])

export const startTrace = (browser, page) => browser.startTracing(page, { categories: CATEGORIES })

/**
 * Stops the trace and returns the page's scripting time in ms. The main
 * thread is the one that parsed the page (`pagePath` in its ParseHTML event),
 * so a navigation into a new renderer process is followed.
 */
export const stopTrace = async (browser, pagePath) => {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString())
  const parse = traceEvents.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(pagePath))
  if (!parse) return undefined
  const intervals = traceEvents
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && SCRIPTING.has(e.name))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0])
  let total = 0
  let [start, end] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]
  for (const [from, to] of intervals) {
    if (from > end) {
      if (end > start) total += end - start
      ;[start, end] = [from, to]
    } else if (to > end) end = to
  }
  if (end > start) total += end - start
  return total / 1000
}
