// What runs inside each bench page before any of its own scripts (Playwright's
// addInitScript): observers for long tasks, layout shifts and tracker requests,
// the click time, and the moment the widget's banner is painted. It is kept to
// observers, and to one check per frame only from the moment the banner is in
// the document until it shows, so it adds the same sliver of work to every
// widget and none to the page's own rendering (see the observer at the end).

/**
 * Installed with `context.addInitScript(installProbe, options)`; Playwright
 * serialises it, so it may use nothing from outside its own body.
 * @param {{ banner: string | null, trackerHosts: string[], trackerCount: number }} options `banner` is a CSS
 *   selector, or `host >>> selector` for a banner inside the host's open shadow root
 */
export function installProbe({ banner, trackerHosts, trackerCount }) {
  const probe = {
    longTasks: [],
    layoutShift: 0,
    trackerRequests: [],
    clickAt: null,
    bannerVisibleAt: null,
    bannerPaintedAt: null,
  }
  window.__bench = probe
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true })
    } catch {}
  }
  observe('longtask', (entry) => probe.longTasks.push(Math.round(entry.duration)))
  // Long animation frames name the scripts that ran in them: that tells the widget's long tasks from the page's own.
  probe.longFrames = []
  observe('long-animation-frame', (entry) =>
    probe.longFrames.push({
      duration: Math.round(entry.duration),
      scripts: entry.scripts.map((script) => ({ url: script.sourceURL, duration: Math.round(script.duration) })),
    }),
  )
  // Shifts right after an input are expected (the banner closing); CLS excludes them too.
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.layoutShift += entry.value
  })
  observe('resource', (entry) => {
    if (trackerHosts.includes(new URL(entry.name).host)) probe.trackerRequests.push(entry.startTime)
  })
  // The event's own timestamp: when the input reached the page, before any widget handler ran.
  addEventListener('click', (event) => (probe.clickAt ??= event.timeStamp), true)

  /** Resolves once the first tracker request has started after the click (or at all, on a repeat view). */
  probe.trackerStarted = (after) =>
    new Promise((resolve) => {
      const poll = () => {
        const start = probe.trackerRequests.find((t) => t >= after)
        if (start !== undefined) resolve(start)
        else setTimeout(poll, 5)
      }
      poll()
    })
  /** Resolves when every tracker script has run. */
  probe.trackersRan = () =>
    new Promise((resolve) => {
      const poll = () => ((window.__benchTrackerRuns?.length ?? 0) >= trackerCount ? resolve() : setTimeout(poll, 10))
      poll()
    })

  let bannerPainted
  probe.banner = new Promise((resolve) => (bannerPainted = resolve))
  if (!banner) return
  // No box (display: none), visibility: hidden or opacity 0 on it or an ancestor. Style only: no forced layout.
  const isShown = (element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  // `host >>> selector` looks inside the host's open shadow root, which the observer then watches too.
  const [hostSelector, innerSelector] = banner.includes(' >>> ') ? banner.split(' >>> ') : [null, banner]
  const findBanner = () => {
    if (!hostSelector) return document.querySelector(innerSelector)
    const root = document.querySelector(hostSelector)?.shadowRoot
    if (root && !root.__benchObserved) {
      root.__benchObserved = true
      observer.observe(root, { childList: true, subtree: true, attributes: true })
    }
    return root?.querySelector(innerSelector) ?? null
  }
  let checkPending = false
  // Checked in a frame callback: if the banner is visible there, that frame paints it,
  // and a message posted from the callback runs right after that paint.
  const check = () => {
    checkPending = false
    if (probe.bannerVisibleAt !== null) return
    const element = findBanner()
    if (!element) return
    if (!isShown(element)) return schedule()
    probe.bannerVisibleAt = performance.now()
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      probe.bannerPaintedAt = performance.now()
      bannerPainted(probe.bannerPaintedAt)
    }
    channel.port2.postMessage(0)
    observer.disconnect()
  }
  const schedule = () => {
    if (checkPending) return
    checkPending = true
    requestAnimationFrame(check)
  }
  // Frame checks start only once the banner exists. Chromium reports a rendering task
  // as a long task only when script ran in it: a frame callback scheduled on the
  // parser's first insertions would run inside the page's own first style and layout
  // (50-120 ms at 4x even without a widget) and have it counted against the widget.
  const observer = new MutationObserver(() => findBanner() && schedule())
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}
