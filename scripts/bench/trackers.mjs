// The five tagged tracker scripts every bench page carries, at their real
// third-party URLs, answered by tiny local fakes through CDP Fetch. Only https
// is intercepted, so the page and the widget (http://127.0.0.1) flow untouched.

/** Same services as bench/catalogue.json; URLs as the vendors (and tarteaucitron's services) load them. */
export const TRACKERS = [
  {
    service: 'google-analytics',
    category: 'analytics',
    url: 'https://www.googletagmanager.com/gtag/js?id=G-BENCH00001',
  },
  { service: 'hotjar', category: 'analytics', url: 'https://static.hotjar.com/c/hotjar-1000001.js?sv=6' },
  { service: 'google-ads', category: 'marketing', url: 'https://www.googletagmanager.com/gtag/js?id=AW-100000001' },
  { service: 'facebook-pixel', category: 'marketing', url: 'https://connect.facebook.net/en_US/fbevents.js' },
  { service: 'linkedin-insight', category: 'marketing', url: 'https://snap.licdn.com/li.lms-analytics/insight.min.js' },
]

/** Hosts the in-page probe watches in Resource Timing to see a tracker request start. */
export const TRACKER_HOSTS = [...new Set(TRACKERS.map((tracker) => new URL(tracker.url).host))]

/** A fake tracker only records that it ran; its own cost must not blur the widget's. */
const FAKE_TRACKER = Buffer.from(
  '(window.__benchTrackerRuns=window.__benchTrackerRuns||[]).push(performance.now());',
).toString('base64')

/**
 * Answers tracker URLs with the fake and refuses every other https request, so
 * no run reaches the internet. Uses the page's own CDP session: unlike
 * Playwright's page.route, it leaves the local requests uninterrupted.
 */
export const interceptTrackers = async (cdp) => {
  cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
    const host = new URL(request.url).host
    const reply = TRACKER_HOSTS.includes(host)
      ? cdp.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: 'text/javascript' }],
          body: FAKE_TRACKER,
        })
      : cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' })
    reply.catch(() => {})
  })
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*' }] })
}
