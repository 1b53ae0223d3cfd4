/**
 * Where the language server is. The `counterside.serverPath` setting wins;
 * otherwise the workspace's own `counterside-language-server` (so a project
 * pins its version, as the ESLint extension uses the project's ESLint), then
 * the one the .vsix carries in `server/` (scripts/package.js bundles it
 * there), then one installed beside the extension (a development checkout).
 */
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {dirname, isAbsolute, join, resolve} from 'node:path'

export const serverPackage = 'counterside-language-server'

/** The folder of the .vsix, beside `extension.cjs`, that holds the bundled server: a package folder, with its `package.json` and `bin`. */
export const bundledServerFolder = 'server'

export type ServerLocation =
  /** A JavaScript entry, run with the editor's own Node. */
  | {readonly kind: 'module'; readonly path: string}
  /** Any other program, run as it is. */
  | {readonly kind: 'executable'; readonly path: string}

export function locateServer(serverPath: string, workspaceFolders: readonly string[], extensionPath: string): ServerLocation | undefined {
  if (serverPath !== '') {
    const base = workspaceFolders[0] ?? extensionPath
    const path = isAbsolute(serverPath) ? serverPath : resolve(base, serverPath)
    return /\.[cm]?js$/.test(path) ? {kind: 'module', path} : {kind: 'executable', path}
  }
  const bundled = join(extensionPath, bundledServerFolder, 'package.json')
  const manifestPath = installedManifest(workspaceFolders) ?? (existsSync(bundled) ? bundled : installedManifest([extensionPath]))
  return manifestPath === undefined ? undefined : binOf(manifestPath)
}

/**
 * The server's package.json in `node_modules` of the first folder, or of a
 * folder above it, that has one: the package a project installed. Global
 * folders (NODE_PATH, ~/.node_modules) are not the project's, so not looked in.
 */
function installedManifest(searchFrom: readonly string[]): string | undefined {
  for (const folder of searchFrom) {
    for (let current = resolve(folder); ; current = dirname(current)) {
      const manifest = join(current, 'node_modules', serverPackage, 'package.json')
      if (existsSync(manifest)) return realpathSync(manifest)
      if (dirname(current) === current) break
    }
  }

  return undefined
}

function binOf(manifestPath: string): ServerLocation | undefined {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {bin?: string | Record<string, string>}
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[serverPackage]
  return bin === undefined ? undefined : {kind: 'module', path: resolve(dirname(manifestPath), bin)}
}
