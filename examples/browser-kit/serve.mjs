import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

/** Content types for what the examples emit; anything else is served as bytes. */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/**
 * @typedef StaticServer
 * @property {string} url
 *   Origin the directory is served at, such as `http://127.0.0.1:41234`.
 * @property {() => Promise<void>} close
 *   Stop the server.
 */

/**
 * Serve a directory on 127.0.0.1 at an ephemeral port, the way a static host
 * would: `/guide/en/` answers with `guide/en/index.html`, nothing outside the
 * directory is reachable, anything missing is a 404 (which the page checks then
 * see as an error).
 *
 * @param {string} directory
 * @returns {Promise<StaticServer>}
 */
export async function serveDirectory(directory) {
  const root = resolve(directory)
  const server = createServer(async (request, response) => {
    const file = await resolveFile(root, request.url ?? '/')
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end('Not found')
      return
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done(undefined))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('The static server has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections()
        server.close((error) => (error ? fail(error) : done(undefined)))
      }),
  }
}

/**
 * Map a request path onto a file inside `root`, or `undefined`.
 *
 * @param {string} root
 * @param {string} requestUrl
 * @returns {Promise<string | undefined>}
 */
async function resolveFile(root, requestUrl) {
  let pathname
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname)
  } catch {
    return undefined
  }
  const candidate = resolve(join(root, pathname))
  // `resolve` has already collapsed `..`; anything that left the root is refused.
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined)
    if (info?.isFile()) return file
  }
  return undefined
}
