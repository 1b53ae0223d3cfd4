#!/usr/bin/env node
/**
 * Serves the built playground (`dist/`) on 127.0.0.1 and nothing else: for
 * `pnpm playground`, the browser tests and the benchmark. Browsers refuse
 * module scripts and workers from file://, so even an offline page needs
 * a server; this one is a few lines of Node `http`, no dependency.
 */
import {createReadStream, existsSync, statSync} from 'node:fs'
import {createServer} from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const distFolder = fileURLToPath(new URL('dist/', import.meta.url))

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

/**
 * @param {{root?: string, port?: number}} [options] port 0 (the default) takes a free one
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveDist({root = distFolder, port = 0} = {}) {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root} has no index.html: build the playground first (pnpm playground:build)`)
  // Node's 16 KB header limit would refuse a long `?text=` link (the benchmark opens 10,000 words that way).
  const server = createServer({maxHeaderSize: 4 * 1024 * 1024}, (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    // Never a file outside the folder, whatever the path says.
    const inside = file.startsWith(path.join(root, path.sep)) || file === path.join(root, 'index.html')
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found')
      return
    }

    response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'})
    createReadStream(file).pipe(response)
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`
  return {url, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 5180)
  const {url} = await serveDist({port})
  console.log(`counterside playground: ${url} (Ctrl+C to stop)`)
}
