// The bench's own static server: every response gzip -9 (what a well-configured
// site sends for static files), compressed once at start-up so compression
// time never lands in a measurement. It logs the bytes of each response, so a
// run can count exactly what the widget under test cost, encoded and decoded.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname } from 'node:path'
import { gzipSync } from 'node:zlib'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {Map<string, { content?: string, path?: string, role?: string, widget?: string }>} routes URL path → body
 * @returns {Promise<{ origin: string, takeLog(): object[], close(): Promise<void> }>}
 */
export const startServer = async (routes) => {
  const responses = new Map()
  for (const [urlPath, route] of routes) {
    const body = route.content === undefined ? readFileSync(route.path) : Buffer.from(route.content)
    responses.set(urlPath, {
      ...route,
      body: gzipSync(body, { level: 9 }),
      decoded: body.length,
      type: CONTENT_TYPES[extname(urlPath) || '.html'] ?? 'application/octet-stream',
    })
  }
  let log = []
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://bench').pathname
    const response = responses.get(urlPath)
    if (!response) {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
      return
    }
    log.push({
      path: urlPath,
      widget: response.widget,
      role: response.role,
      encoded: response.body.length,
      decoded: response.decoded,
    })
    res.writeHead(200, {
      'Content-Type': response.type,
      'Content-Encoding': 'gzip',
      'Content-Length': response.body.length,
      Vary: 'Accept-Encoding',
      'Cache-Control': 'public, max-age=3600',
    })
    res.end(response.body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The responses since the last call; runs are sequential, so this is one run's traffic. */
    takeLog() {
      const taken = log
      log = []
      return taken
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
