import { chromium } from 'playwright-core'
import { pagePath, routesFor } from './pages.mjs'
import { installProbe } from './probe.mjs'
import { startServer } from './server.mjs'
import { interceptTrackers, TRACKER_HOSTS } from './trackers.mjs'
import { WIDGETS } from './widgets/index.mjs'

const w = WIDGETS.find((w) => w.id === process.argv[2])
const server = await startServer(routesFor([w]))
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-blink-features=AutomationControlled'],
})
const ctx = await browser.newContext()
await ctx.addInitScript(installProbe, { banner: w.banner, trackerHosts: TRACKER_HOSTS, trackerCount: 5 })
const page = await ctx.newPage()
page.on('console', (m) => console.log('console:', m.text()))
page.on('pageerror', (e) => console.log('error:', e.message))
page.on('request', (r) => r.url().startsWith('https') && console.log('req', r.url()))
const cdp = await ctx.newCDPSession(page)
await interceptTrackers(cdp)
await page.goto(server.origin + pagePath(w))
console.log('banner', await page.evaluate(() => window.__bench.banner))
await page.waitForTimeout(Number(process.argv[3] || 0))
await page.locator(w.accept).first().click()
await page.waitForTimeout(2000)
console.log(
  await page.evaluate(() => [window.__benchTrackerRuns, window.__bench.trackerRequests, window.__bench.clickAt]),
)
await browser.close()
await server.close()
