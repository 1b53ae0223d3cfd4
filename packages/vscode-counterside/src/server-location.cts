/**
 * Where the language server is. The `counterside.serverPath` setting wins;
 * otherwise the workspace's own `counterside-language-server` (so a project
 * pins its version, as the ESLint extension uses the project's ESLint), then
 * the one installed beside the extension.
 */
import {readFileSync} from 'node:fs'
import {dirname, isAbsolute, resolve} from 'node:path'

export const serverPackage = 'counterside-language-server'

export type ServerLocation =
  /** A JavaScript entry, run with the editor's own Node. */
  | {readonly kind: 'module'; readonly path: string}
  /** Any other program, run as it is. */
  | {readonly kind: 'executable'; readonly path: string}

export function locateServer(serverPath: string, searchFrom: readonly string[]): ServerLocation | undefined {
  if (serverPath !== '') {
    const path = isAbsolute(serverPath) || searchFrom[0] === undefined ? serverPath : resolve(searchFrom[0], serverPath)
    return /\.[cm]?js$/.test(path) ? {kind: 'module', path} : {kind: 'executable', path}
  }
  let manifestPath: string
  try {
    manifestPath = require.resolve(`${serverPackage}/package.json`, {paths: [...searchFrom]})
  } catch {
    return undefined
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {bin?: string | Record<string, string>}
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[serverPackage]
  return bin === undefined ? undefined : {kind: 'module', path: resolve(dirname(manifestPath), bin)}
}
