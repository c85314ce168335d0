// One measured page view: a fresh browser context (empty cache, no cookies
// unless a repeat view brings the stored decision), CPU throttling set before
// navigation, then the numbers the issue asks for.
import { startProfiling, stopProfiling } from './cpu-profile.mjs'
import { pagePath } from './pages.mjs'
import { installProbe } from './probe.mjs'
import { startTrace, stopTrace } from './trace.mjs'
import { interceptTrackers, TRACKER_HOSTS, TRACKERS } from './trackers.mjs'

/** Time after the banner (or the trackers, on a repeat view) for deferred work to finish before reading metrics. */
const SETTLE_MS = 600
/**
 * A visitor reads before clicking; tarteaucitron also wires its buttons only
 * 500 ms after it shows its banner. So the click comes a second after the paint.
 */
const CLICK_AFTER_BANNER_MS = 1000
const TIMEOUT_MS = 15_000

const withTimeout = (promise, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not happen within ${TIMEOUT_MS} ms`)), TIMEOUT_MS),
    ),
  ])

const readMetrics = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]))

/** Sums the server's log for this widget's own files, by role, encoded (gzip) and decoded. */
const bytesByRole = (log, widget) => {
  const bytes = {}
  for (const entry of log) {
    if (entry.widget !== widget.id || entry.role === 'page') continue
    bytes[entry.role] ??= { encoded: 0, decoded: 0, requests: 0 }
    bytes[entry.role].encoded += entry.encoded
    bytes[entry.role].decoded += entry.decoded
    bytes[entry.role].requests += 1
  }
  return bytes
}

export const openPage = async (browser, widget, { storageState, throttle, watchBanner }) => {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 800 } })
  await context.addInitScript(installProbe, {
    banner: watchBanner ? widget.banner : null,
    trackerHosts: TRACKER_HOSTS,
    trackerCount: TRACKERS.length,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  await interceptTrackers(cdp)
  return { context, page, cdp }
}

/**
 * A first visit accepts everything in a warm-up context; its cookies and
 * localStorage are what each repeat view starts with, as after "accept all".
 */
export const decisionStorage = async (browser, server, widget) => {
  const { context, page } = await openPage(browser, widget, { throttle: 1, watchBanner: true })
  try {
    await page.goto(server.origin + pagePath(widget), { waitUntil: 'load' })
    await withTimeout(
      page.evaluate(() => window.__bench.banner),
      `${widget.id}: the banner`,
    )
    await page.waitForTimeout(CLICK_AFTER_BANNER_MS)
    await page.locator(widget.accept).first().click()
    await withTimeout(
      page.evaluate(() => window.__bench.trackersRan()),
      `${widget.id}: the trackers after accept`,
    )
    await page.waitForTimeout(300)
    return await context.storageState()
  } finally {
    server.takeLog()
    await context.close()
  }
}

/**
 * @param {{ browser, server, widget, scenario: 'first' | 'repeat', throttle: number, storageState?: object }} run
 * @returns {Promise<object>} the run's numbers (times in ms from navigation start, bytes, heap in bytes)
 */
export const measureRun = async ({ browser, server, widget, scenario, throttle, storageState }) => {
  const first = scenario === 'first'
  const { context, page, cdp } = await openPage(browser, widget, {
    storageState: first ? undefined : storageState,
    throttle,
    watchBanner: first && Boolean(widget.banner),
  })
  try {
    server.takeLog()
    await startProfiling(cdp)
    await startTrace(browser, page)
    await page.goto(server.origin + pagePath(widget), { waitUntil: 'load', timeout: TIMEOUT_MS })
    const result = {}
    if (first && widget.banner) {
      result.bannerMs = await withTimeout(
        page.evaluate(() => window.__bench.banner),
        'the banner',
      )
    } else if (!first && widget.banner) {
      await withTimeout(
        page.evaluate(() => window.__bench.trackersRan()),
        'the consented trackers',
      )
      result.trackersStartMs = await page.evaluate(() => window.__bench.trackerStarted(0))
    }
    await page.waitForTimeout(SETTLE_MS)
    const metrics = await readMetrics(cdp)
    const ownFiles = `/${widget.id}/assets/`
    const widgetScript = await stopProfiling(cdp, (url) => url.includes(ownFiles))
    const scriptingMs = await stopTrace(browser, pagePath(widget))
    await cdp.send('HeapProfiler.collectGarbage')
    const { JSHeapUsedSize } = await readMetrics(cdp)
    const probe = await page.evaluate(() => ({
      longTasks: window.__bench.longTasks,
      longFrames: window.__bench.longFrames,
      cls: window.__bench.layoutShift,
    }))
    const log = server.takeLog()
    const isWidgetScript = (script) => script.url.includes(ownFiles)
    Object.assign(result, {
      widgetScriptMs: widgetScript.cpuMs,
      widgetScriptWallMs: widgetScript.wallMs,
      widgetOwnScriptMs: widgetScript.ownCpuMs,
      scriptingMs,
      scriptMs: metrics.ScriptDuration * 1000,
      taskMs: metrics.TaskDuration * 1000,
      heapBytes: JSHeapUsedSize,
      longTasks: probe.longTasks.length,
      longestTaskMs: Math.max(0, ...probe.longTasks),
      widgetLongFrames: probe.longFrames.filter((frame) => frame.scripts.some(isWidgetScript)).length,
      longestWidgetScriptMs: Math.max(
        0,
        ...probe.longFrames.flatMap((frame) => frame.scripts.filter(isWidgetScript).map((script) => script.duration)),
      ),
      cls: probe.cls,
      bytes: bytesByRole(log, widget),
      files: log.filter((entry) => entry.widget === widget.id && entry.role !== 'page').map((entry) => entry.path),
    })
    if (first && widget.accept) {
      const sinceBanner = (await page.evaluate(() => performance.now())) - result.bannerMs
      await page.waitForTimeout(Math.max(0, CLICK_AFTER_BANNER_MS - sinceBanner))
      await page.locator(widget.accept).first().click()
      result.clickToTrackerMs = await withTimeout(
        page.evaluate(
          async () => (await window.__bench.trackerStarted(window.__bench.clickAt)) - window.__bench.clickAt,
        ),
        'a tracker request after the click',
      )
    }
    return result
  } finally {
    await context.close()
  }
}
