/**
 * An npm registry on loopback that serves the packages `pnpm install` put in
 * `node_modules/.pnpm`, so the packaging test can run a real `npm install`
 * in a fresh project without the network. npm's own cache is no use for
 * that: pnpm keeps its own store, and on a fresh machine npm's cache is
 * empty, so `npm install --offline` fails there.
 *
 * One packument per name with every installed version; tarballs are made on
 * request from the installed folder (`package/` prefix, as npm packs). A
 * name that was not installed is a 404, which npm reports by name.
 */
import {spawn} from 'node:child_process'
import {lstatSync, readdirSync, readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {createGzip} from 'node:zlib'

interface Manifest {
  readonly name: string
  readonly version: string
  readonly [field: string]: unknown
}

export interface InstalledRegistry {
  readonly url: string
  /** Names npm asked for that were not installed. */
  readonly missing: ReadonlySet<string>
  close(): Promise<void>
}

/** name → version → the package's folder, from pnpm's virtual store. */
export function installedPackages(virtualStore: string): Map<string, Map<string, string>> {
  const packages = new Map<string, Map<string, string>>()
  const add = (dir: string): void => {
    // The package itself is the one real folder; its neighbours are links.
    if (!lstatSync(dir).isDirectory()) return
    let manifest: Manifest
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
    } catch {
      return
    }
    const versions = packages.get(manifest.name) ?? new Map<string, string>()
    if (!versions.has(manifest.version)) versions.set(manifest.version, dir)
    packages.set(manifest.name, versions)
  }
  for (const entry of readdirSync(virtualStore)) {
    const modules = join(virtualStore, entry, 'node_modules')
    if (entry === 'node_modules' || !lstatSync(join(virtualStore, entry)).isDirectory()) continue
    for (const name of readdirSync(modules)) {
      if (name.startsWith('@')) for (const scoped of readdirSync(join(modules, name))) add(join(modules, name, scoped))
      else if (name !== '.bin') add(join(modules, name))
    }
  }
  return packages
}

function packument(name: string, versions: ReadonlyMap<string, string>, base: string): object {
  const manifests = Object.fromEntries(
    [...versions].map(([version, dir]) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
      // Scripts stay out: the installed folder is already built.
      const {scripts: _scripts, devDependencies: _dev, ...rest} = manifest
      return [version, {...rest, name, version, dist: {tarball: `${base}/-/${encodeURIComponent(name)}/${version}.tgz`}}]
    })
  )
  const latest = [...versions.keys()].sort(compareVersions).at(-1)
  return {name, versions: manifests, 'dist-tags': {latest}}
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => version.split(/[.+-]/).slice(0, 3).map(Number)
  const [x, y] = [parts(a), parts(b)]
  for (let index = 0; index < 3; index++) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

export async function startInstalledRegistry(virtualStore: string): Promise<InstalledRegistry> {
  const packages = installedPackages(virtualStore)
  const missing = new Set<string>()
  let base = ''
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const tarball = /^\/-\/(.+)\/([^/]+)\.tgz$/.exec(path)
    if (tarball) {
      const dir = packages.get(tarball[1]!)?.get(tarball[2]!)
      if (!dir) return void response.writeHead(404).end()
      response.writeHead(200, {'content-type': 'application/octet-stream'})
      // pnpm hard-links identical files; npm drops tar's link entries, so store contents.
      const tar = spawn('tar', ['-cf', '-', '--hard-dereference', '--exclude=./node_modules', '--transform=s,^\\.,package,', '-C', dir, '.'], {stdio: ['ignore', 'pipe', 'inherit']})
      tar.stdout.pipe(createGzip({level: 1})).pipe(response)
      return
    }
    const name = path.slice(1)
    const versions = packages.get(name)
    if (!versions) {
      missing.add(name)
      return void response.writeHead(404, {'content-type': 'application/json'}).end('{"error":"not installed"}')
    }
    response.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(packument(name, versions, base)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${base}/`,
    missing,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // npm leaves keep-alive sockets open; close would wait for them.
        server.closeAllConnections()
      })
  }
}
