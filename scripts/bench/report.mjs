// The console report: per scenario and throttling, each metric's median
// (min–max) per widget, and under it the ratio to the reference peer.
import { ratio } from './stats.mjs'

/** What is printed, in order; `Cost` keys are the widget's own share (page-alone baseline taken off). */
const ROWS = [
  ['codeBytes', 'widget JS+CSS gzip B'],
  ['codeDecoded', 'widget JS+CSS decoded B'],
  ['catalogueBytes', 'catalogue/config gzip B'],
  ['inlineBytes', 'inlined JS+catalogue gzip B'],
  ['requests', 'widget requests'],
  ['bannerMs', 'banner painted ms'],
  ['trackersStartMs', 'consented tracker starts ms'],
  ['scriptingMsCost', 'scripting ms (trace, own)'],
  ['widgetScriptMs', 'widget code CPU ms (profiled)'],
  ['widgetOwnScriptMs', 'widget code CPU ms, released scripts apart'],
  ['widgetScriptWallMs', 'widget code wall ms (profiled)'],
  ['scriptMsCost', 'ScriptDuration ms (own)'],
  ['taskMsCost', 'tasks ms (own)'],
  ['longTasks', 'long tasks'],
  ['widgetLongFrames', 'long frames w/ widget code'],
  ['longestWidgetScriptMs', 'longest widget script ms'],
  ['longestTaskMs', 'longest task ms'],
  ['cls', 'CLS'],
  ['heapBytes', 'JS heap KB'],
  ['clickToTrackerMs', 'click → tracker ms'],
]

const compact = (n, key) => {
  const v = key === 'heapBytes' ? n / 1024 : n
  if (key === 'cls') return v.toFixed(3)
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1)
}
const cellText = (stats, key) =>
  stats ? `${compact(stats.median, key)} (${compact(stats.min, key)}–${compact(stats.max, key)})` : '–'

const COLUMN = 24
const LABEL = 30

/** Prints one table per scenario × throttling. */
export const printReport = (cells, widgets, reference) => {
  const shown = widgets.filter((w) => w.id !== 'baseline')
  for (const [scenario, byThrottle] of Object.entries(cells)) {
    for (const [throttle, byWidget] of Object.entries(byThrottle)) {
      const ids = shown.map((w) => w.id).filter((id) => byWidget[id])
      console.log(
        `\n${scenario === 'first' ? 'First visit (banner)' : 'Repeat view (decision stored)'}, CPU ${throttle}×`,
      )
      console.log(''.padEnd(LABEL) + ids.map((id) => id.padEnd(COLUMN)).join(''))
      const ref = byWidget[reference]?.summary
      for (const [key, label] of ROWS) {
        const values = ids.map((id) => byWidget[id].summary[key])
        if (values.every((v) => v === undefined)) continue
        console.log(label.padEnd(LABEL) + values.map((v) => cellText(v, key).padEnd(COLUMN)).join(''))
        const ratios = ids.map((id) => ratio(byWidget[id].summary, ref, key))
        if (ratios.some((r) => r !== undefined) && !['cls', 'longTasks', 'widgetLongFrames'].includes(key)) {
          console.log(
            `  × ${reference}`.padEnd(LABEL) +
              ratios.map((r) => (r === undefined ? '' : `${r.toFixed(2)}×`).padEnd(COLUMN)).join(''),
          )
        }
      }
      const errors = ids.flatMap((id) => byWidget[id].errors.map((e) => `${id}: ${e}`))
      if (errors.length) console.log(`  failed runs:\n    ${errors.join('\n    ')}`)
    }
  }
}

export const printGoals = (goals) => {
  console.log('\nGoals (Koekje vs the reference, same run)')
  for (const { goal, measured, met } of goals) {
    const mark = met === undefined ? '  · ' : met ? '  ✓ ' : '  ✗ '
    console.log(`${mark}${goal}: ${measured}`)
  }
}
