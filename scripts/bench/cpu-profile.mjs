// The widget's own main-thread script time, from V8's sampling profiler.
// CDP's ScriptDuration misses work that runs as a promise reaction (a
// microtask checkpoint is not a "script execution" to it): a 20 ms loop in
// `Promise.resolve().then()` reports 0.1 ms. Widgets that do their work after
// `fetch().then()` would look free. A sample counts for the widget when any
// frame of its stack comes from one of the widget's own files, so native work
// the widget calls (DOM insertion, cookie reads) is its too.
//
// That inclusive count also charges the widget with the site's scripts it
// releases: an inline tracker snippet runs inside the insertion call, under
// the widget's frame. So a second, "own" count gives each sample to the
// nearest frame that has a URL: the widget's code and the native work it
// calls count, a released script's code counts for that script.

/** Sampling every 200 µs: fine enough for a few milliseconds, light enough not to matter. */
const SAMPLING_INTERVAL_US = 200

/**
 * A V8 profile's nodes by id, and two questions about the stack of a node (a sample): does any frame
 * come from a matching URL (`underWidget`, memoised, as stacks share their ancestors), and which URL
 * has the nearest frame that has one (`nearestUrl`, '' for none).
 * @param {{ nodes: { id: number, callFrame: { url: string }, children?: number[] }[] }} profile
 * @param {(url: string) => boolean} isWidget
 */
export const readStacks = (profile, isWidget) => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parentOf = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
  const memo = new Map()
  const underWidget = (id) => {
    if (id === undefined) return false
    if (!memo.has(id)) memo.set(id, isWidget(byId.get(id).callFrame.url) || underWidget(parentOf.get(id)))
    return memo.get(id)
  }
  const nearestUrl = (id) => {
    for (let node = id; node !== undefined; node = parentOf.get(node)) {
      const { url } = byId.get(node).callFrame
      if (url) return url
    }
    return ''
  }
  return { byId, underWidget, nearestUrl }
}

export const startProfiling = async (cdp) => {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
  await cdp.send('Profiler.start')
}

/**
 * Stops the profiler and measures the samples whose stack holds a frame from a matching URL, two ways:
 * `wallMs` sums the time between samples (what a visitor waits, but a busy machine that deschedules the
 * thread inflates it), `cpuMs` counts samples × interval (a sample is only taken while the thread runs,
 * so it stays close to the CPU time even when other processes compete for the cores).
 * @param {(url: string) => boolean} isWidget
 * `ownCpuMs` counts only the samples whose nearest frame with a URL is the widget's (see above).
 * @returns {Promise<{ wallMs: number, cpuMs: number, ownCpuMs: number }>}
 */
export const stopProfiling = async (cdp, isWidget) => {
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Profiler.disable')
  const { underWidget, nearestUrl } = readStacks(profile, isWidget)
  let microseconds = 0
  let samples = 0
  let ownSamples = 0
  profile.samples.forEach((id, i) => {
    if (!underWidget(id)) return
    microseconds += profile.timeDeltas[i] ?? 0
    samples++
    if (isWidget(nearestUrl(id))) ownSamples++
  })
  return {
    wallMs: microseconds / 1000,
    cpuMs: (samples * SAMPLING_INTERVAL_US) / 1000,
    ownCpuMs: (ownSamples * SAMPLING_INTERVAL_US) / 1000,
  }
}
