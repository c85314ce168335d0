// From raw runs to what the report shows: medians with min–max per metric,
// the widget's own cost (the page-alone baseline taken off), and ratios to
// the reference peer measured in the same run.

/** The widget's JS and CSS; the inline build counts whole, as it is one script (its catalogue share is shown apart). */
const scriptBytes = (run, field) => (run.bytes?.code?.[field] ?? 0) + (run.bytes?.['code+catalogue']?.[field] ?? 0)

/** Metrics read off one run; `cost` ones also get the baseline's median subtracted. */
export const METRICS = [
  { key: 'codeBytes', label: 'widget JS+CSS gzip', unit: 'B', read: (r) => scriptBytes(r, 'encoded') },
  { key: 'codeDecoded', label: 'widget JS+CSS decoded', unit: 'B', read: (r) => scriptBytes(r, 'decoded') },
  { key: 'catalogueBytes', label: 'catalogue/config gzip', unit: 'B', read: (r) => r.bytes?.catalogue?.encoded ?? 0 },
  {
    key: 'inlineBytes',
    label: 'inlined JS+catalogue gzip',
    unit: 'B',
    read: (r) => r.bytes?.['code+catalogue']?.encoded,
  },
  {
    key: 'requests',
    label: 'widget requests',
    unit: '',
    read: (r) => Object.values(r.bytes ?? {}).reduce((sum, role) => sum + role.requests, 0),
  },
  { key: 'bannerMs', label: 'banner painted', unit: 'ms', read: (r) => r.bannerMs },
  { key: 'trackersStartMs', label: 'first consented tracker starts', unit: 'ms', read: (r) => r.trackersStartMs },
  { key: 'scriptingMs', label: 'main-thread scripting (trace)', unit: 'ms', read: (r) => r.scriptingMs, cost: true },
  {
    key: 'widgetScriptMs',
    label: "main-thread CPU in the widget's code (profiled)",
    unit: 'ms',
    read: (r) => r.widgetScriptMs,
  },
  {
    key: 'widgetOwnScriptMs',
    label: "main-thread CPU in the widget's code, not the scripts it releases (profiled)",
    unit: 'ms',
    read: (r) => r.widgetOwnScriptMs,
  },
  {
    key: 'widgetScriptWallMs',
    label: "main-thread wall time in the widget's code (profiled)",
    unit: 'ms',
    read: (r) => r.widgetScriptWallMs,
  },
  {
    key: 'scriptMs',
    label: 'main-thread script (CDP ScriptDuration)',
    unit: 'ms',
    read: (r) => r.scriptMs,
    cost: true,
  },
  { key: 'taskMs', label: 'main-thread tasks', unit: 'ms', read: (r) => r.taskMs, cost: true },
  { key: 'longTasks', label: 'long tasks', unit: '', read: (r) => r.longTasks },
  { key: 'widgetLongFrames', label: 'long frames running widget code', unit: '', read: (r) => r.widgetLongFrames },
  {
    key: 'longestWidgetScriptMs',
    label: 'longest widget script in a long frame',
    unit: 'ms',
    read: (r) => r.longestWidgetScriptMs,
  },
  { key: 'longestTaskMs', label: 'longest task', unit: 'ms', read: (r) => r.longestTaskMs },
  { key: 'cls', label: 'layout shift (CLS)', unit: '', read: (r) => r.cls },
  { key: 'heapBytes', label: 'JS heap after GC', unit: 'B', read: (r) => r.heapBytes, cost: true },
  { key: 'clickToTrackerMs', label: 'click → first tracker request', unit: 'ms', read: (r) => r.clickToTrackerMs },
]

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** `{ median, min, max, n }` of the defined values, or undefined when a metric does not apply. */
export const summarise = (values) => {
  const defined = values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  if (!defined.length) return undefined
  return { median: median(defined), min: Math.min(...defined), max: Math.max(...defined), n: defined.length }
}

/** Per metric summary of one cell (widget × scenario × throttle); cost metrics get `<key>Cost` too. */
export const summariseCell = (runs, baselineCell) => {
  const summary = {}
  for (const metric of METRICS) {
    const values = runs.map(metric.read)
    const stats = summarise(values)
    if (!stats) continue
    summary[metric.key] = stats
    const base = baselineCell?.[metric.key]?.median
    if (metric.cost && base !== undefined) {
      summary[`${metric.key}Cost`] = summarise(values.map((v) => (typeof v === 'number' ? v - base : v)))
    }
  }
  return summary
}

/** Median of this cell over the reference's; undefined when either is missing or the reference is 0. */
export const ratio = (cell, reference, key) => {
  const a = cell?.[key]?.median
  const b = reference?.[key]?.median
  return a === undefined || !b ? undefined : a / b
}
