// The goals, checked against one bench result. Ratios are to the
// reference peer (vanilla-cookieconsent) measured in the same run. Main-thread
// time is the profiled CPU in the widget's own code (robust when other
// processes share the machine); the trace's scripting wall time, baseline
// taken off, is shown beside it. Time goals are read at 4× CPU throttling,
// where a slow phone would feel them.
import { ratio } from './stats.mjs'

const FRAME_MS = 1000 / 60
const CORE_BUDGET = 3072
const FIRST_VISIT_BUDGET = 9216

const value = (cell, key) => cell?.[key]?.median
/** Met, not met, or unknown (undefined) when a number is missing. */
const check = (numbers, test) => (numbers.some((n) => n === undefined || Number.isNaN(n)) ? undefined : test())

/** @returns {{ goal: string, measured: string, met: boolean | undefined }[]} */
export const evaluateGoals = (cells, { subject = 'koekje', reference = 'vanilla-cookieconsent', slow = 4 } = {}) => {
  const at = (scenario, throttle, widget) => {
    const cell = cells[scenario]?.[throttle]?.[widget]
    return cell?.runs.length ? cell.summary : undefined
  }
  const goals = []
  const add = (goal, measured, met) => goals.push({ goal, measured, met })
  const fmt = (n, digits = 2) => (n === undefined ? 'n/a' : n.toFixed(digits))

  const repeat = at('repeat', slow, subject)
  const repeatRef = at('repeat', slow, reference)
  const repeatBytes = value(repeat, 'codeBytes')
  const repeatBytesRatio = ratio(repeat, repeatRef, 'codeBytes')
  add(
    `repeat view: widget code ≤ ${CORE_BUDGET} B gzip and ≤ 0.2× the reference`,
    `${repeatBytes ?? 'n/a'} B, ${fmt(repeatBytesRatio)}×`,
    check([repeatBytes, repeatBytesRatio], () => repeatBytes <= CORE_BUDGET && repeatBytesRatio <= 0.2),
  )
  // Everything but the core is fetched on demand: none of it may come on a repeat view.
  const onDemand = ['koekje-ui.js', 'koekje-preferences.js', 'koekje-button.js']
  const fetchedOnRepeat = [
    ...new Set(
      (cells.repeat?.[slow]?.[subject]?.runs ?? []).flatMap((run) =>
        (run.files ?? []).map((f) => f.split('/').pop()).filter((name) => onDemand.includes(name)),
      ),
    ),
  ]
  add(
    'repeat view: the UI bundles (and the floating button, on a page with its own settings link) are not loaded',
    repeat ? (fetchedOnRepeat.length ? `${fetchedOnRepeat.join(', ')} fetched` : 'none fetched') : 'n/a',
    repeat ? !fetchedOnRepeat.length : undefined,
  )
  /** Main-thread CPU in the widget's code, with and without the scripts it releases, as a ratio to the reference's. */
  const cpuGoal = (name, mine, theirs, limit) => {
    const withReleased = ratio(mine, theirs, 'widgetScriptMs')
    add(
      `${name}: main-thread CPU in its code ≤ ${limit}× the reference (${slow}×)`,
      `${fmt(withReleased)}× with the scripts it releases, ${fmt(ratio(mine, theirs, 'widgetOwnScriptMs'))}× without (trace scripting, wall time: ${fmt(ratio(mine, theirs, 'scriptingMsCost'))}×)`,
      check([withReleased], () => withReleased <= limit),
    )
  }
  cpuGoal('repeat view', repeat, repeatRef, 0.2)
  add(
    'repeat view: catalogue bytes (reported, no goal)',
    `${value(repeat, 'catalogueBytes') ?? 'n/a'} B gzip`,
    undefined,
  )

  const first = at('first', slow, subject)
  const firstRef = at('first', slow, reference)
  const firstBytes = value(first, 'codeBytes')
  const firstBytesRatio = ratio(first, firstRef, 'codeBytes')
  add(
    `first visit: widget JS+CSS ≤ ${FIRST_VISIT_BUDGET} B gzip and ≤ 0.6× the reference`,
    `${firstBytes ?? 'n/a'} B, ${fmt(firstBytesRatio)}×`,
    check([firstBytes, firstBytesRatio], () => firstBytes <= FIRST_VISIT_BUDGET && firstBytesRatio <= 0.6),
  )
  cpuGoal('first visit', first, firstRef, 0.5)
  for (const throttle of Object.keys(cells.first ?? {})) {
    const mine = value(at('first', throttle, subject), 'bannerMs')
    const theirs = value(at('first', throttle, reference), 'bannerMs')
    add(
      `first visit: banner painted no later than the reference (${throttle}×)`,
      `${fmt(mine, 0)} ms vs ${fmt(theirs, 0)} ms`,
      check([mine, theirs], () => mine <= theirs),
    )
  }
  const longTasks = cells.first?.[slow]?.[subject]?.runs.map((run) => run.longTasks) ?? []
  const baselineLong = value(at('first', slow, 'baseline'), 'longTasks')
  add(
    `first visit: zero long tasks at ${slow}×`,
    `${longTasks.join(', ') || 'n/a'} per run (page alone: median ${baselineLong ?? 'n/a'})`,
    longTasks.length ? longTasks.every((n) => n === 0) : undefined,
  )
  const shifts = Object.values(cells.first ?? {}).flatMap((byWidget) => byWidget[subject]?.runs.map((r) => r.cls) ?? [])
  add(
    'first visit: zero layout shift',
    shifts.length ? `max CLS ${fmt(Math.max(...shifts), 4)}` : 'n/a',
    shifts.length ? shifts.every((c) => c === 0) : undefined,
  )
  for (const throttle of Object.keys(cells.first ?? {})) {
    const click = at('first', throttle, subject)?.clickToTrackerMs
    const clicks =
      cells.first[throttle]?.[subject]?.runs.map((run) => run.clickToTrackerMs).filter(Number.isFinite) ?? []
    const inFrame = clicks.filter((ms) => ms <= FRAME_MS).length
    add(
      `after a click: first consented script starts within one frame (${throttle}×)`,
      click
        ? `median ${fmt(click.median, 1)} ms, max ${fmt(click.max, 1)} ms; ${inFrame} of ${clicks.length} runs within ${fmt(FRAME_MS, 1)} ms`
        : 'n/a',
      click ? click.median <= FRAME_MS : undefined,
    )
  }
  const heap = value(first, 'heapBytes')
  const heapRef = value(firstRef, 'heapBytes')
  add(
    `memory: JS heap after the banner ≤ the reference's (${slow}×)`,
    `${fmt((heap ?? Number.NaN) / 1024, 0)} KB vs ${fmt((heapRef ?? Number.NaN) / 1024, 0)} KB`,
    check([heap, heapRef], () => heap <= heapRef),
  )
  return goals
}
