// The demo's static server: demo/ at `/`, the built dist/ at `/koekje/`, with the
// headers a real site sends (gzip, cache policy, ETag revalidation) so what the
// browser tests see is what a visitor sees. node:http only: a dev server needs
// no dependency. `?csp=strict` on a page adds a nonce-based CSP, to try the
// nonce contract (Koekje gives re-created scripts the nonce of its own tag).
import { createHash, randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { basename, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.map', '.md'])

/**
 * The catalogue changes whenever marketing edits it, so browsers must ask
 * every time, but a 304 keeps that cheap. Koekje's scripts are versioned by
 * the site's deploys; an hour is what a demo host would send.
 */
const cacheControl = (urlPath, ext) => {
  if (urlPath.startsWith('/koekje/') && ext === '.js') return 'public, max-age=3600'
  if (ext === '.html' || ext === '.json') return 'no-cache'
  return 'public, max-age=300'
}

/** Maps a URL path to a file under demo/ or dist/; undefined when it would leave them. */
const fileFor = (root, urlPath) => {
  const [base, rest] = urlPath.startsWith('/koekje/')
    ? [join(root, 'dist'), urlPath.slice('/koekje/'.length)]
    : [join(root, 'demo'), urlPath.slice(1)]
  const file = resolve(base, rest)
  return file === base || file.startsWith(base + sep) ? file : undefined
}

const strictCsp = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: https:",
    'frame-src https:',
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ')

/** Writes the page's nonce into `nonce="{{nonce}}"`, or drops the attribute when no CSP asks for one. */
const withNonce = (html, nonce) =>
  nonce ? html.replaceAll('{{nonce}}', nonce) : html.replaceAll(' nonce="{{nonce}}"', '')

const notFound = (res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('Not found')
}

const handle = async (root, req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let urlPath
  try {
    urlPath = decodeURIComponent(url.pathname)
  } catch {
    return notFound(res)
  }
  if (urlPath.includes('\0')) return notFound(res)
  let file = fileFor(root, urlPath)
  if (!file) return notFound(res)
  let info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) {
    if (!urlPath.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` })
      return res.end()
    }
    file = join(file, 'index.html')
    info = await stat(file).catch(() => undefined)
  }
  if (!info?.isFile()) return notFound(res)

  const ext = extname(file)
  let body = await readFile(file)
  const headers = {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(urlPath, ext),
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  }
  // The bundles carry no sourceMappingURL comment (every visitor would download it); DevTools reads this instead.
  if (urlPath.startsWith('/koekje/') && ext === '.js') headers.SourceMap = `${basename(file)}.map`
  if (ext === '.html') {
    const nonce = url.searchParams.get('csp') === 'strict' ? randomBytes(16).toString('base64') : undefined
    if (nonce) headers['Content-Security-Policy'] = strictCsp(nonce)
    body = Buffer.from(withNonce(body.toString('utf8'), nonce))
  } else {
    // Weak: the gzip and identity encodings of one file share it.
    headers.ETag = `W/"${createHash('sha1').update(body).digest('base64url')}"`
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(headers.ETag)) {
      res.writeHead(304, { ETag: headers.ETag, 'Cache-Control': headers['Cache-Control'], Vary: headers.Vary })
      return res.end()
    }
  }
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = await gzipAsync(body)
    headers['Content-Encoding'] = 'gzip'
  }
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Starts the demo server on 127.0.0.1.
 * @param {{ port?: number, root?: string }} [options] port 0 lets the OS choose.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 * @example const { url, close } = await startServer(); await fetch(`${url}cookies/`); await close()
 */
export const startServer = ({ port = 0, root = REPO_ROOT } = {}) =>
  new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' })
        return res.end()
      }
      handle(root, req, res).catch((error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end(String(error))
      })
    })
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolvePromise({
        url: `http://127.0.0.1:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) })
  console.log(`Koekje demo: ${url}  (strict CSP: ${url}?csp=strict)`)
}
