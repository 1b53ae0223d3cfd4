/**
 * Walks one folder named on the command line (or a glob's base folder).
 * Links to folders are followed only out of the walk: a link to the walked
 * folder, a parent of it or a folder inside it is skipped (those files are
 * linted under their own paths), and a followed link's target joins the
 * walked trees, so links can neither loop nor multiply paths. Dangling links
 * and loops are skipped; a folder that cannot be read, or a FIFO, socket or
 * device with a lintable name, is reported as not checked, never waited on.
 */
import path from 'node:path'
import {describeError, errorCode, specialKind, type DiscoveryFileSystem, type EntryType, type FolderEntry} from './file-system.js'
import {isInside, type IgnoreScope} from './ignore-rules.js'

/** Never entered by a walk (a named path inside them is still linted). */
export const alwaysSkippedFolders: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next'])

/** Whether a walk leaves the folder named `name` out: dependency and build folders always, dot folders unless a glob names one. */
export function walkSkipsFolder(name: string, enterDotFolders: boolean): boolean {
  return alwaysSkippedFolders.has(name) || (name.startsWith('.') && !enterDotFolders)
}

export interface WalkSettings {
  readonly fs: DiscoveryFileSystem
  /** Whether a file found by the walk is linted, by its path as walked. */
  readonly accepts: (file: string) => boolean
  /** `undefined` with `--no-ignore`. */
  readonly ignore: IgnoreScope | undefined
  /** How many folders deep below the root to go; `undefined` for no limit. */
  readonly maxDepth: number | undefined
  /** Folder walks skip dot folders; a glob that names one enters them. */
  readonly enterDotFolders: boolean
  /** Folder walks skip dot files; for a glob, its matcher decides. */
  readonly skipDotFiles: boolean
}

export interface WalkResult {
  /** Found files: the path as walked, and the real path (to drop duplicates). */
  readonly files: Array<{readonly path: string; readonly realPath: string}>
  /** Entries skipped by an ignore file or pattern that the walk would otherwise have taken or entered. */
  readonly ignoredCount: number
  /** Things inside the walk that could not be checked, as warnings. */
  readonly notChecked: Array<{readonly path: string; readonly message: string}>
  /** Set when the root itself cannot be listed. */
  readonly rootError?: unknown
}

export function walkFolder(root: string, settings: WalkSettings): WalkResult {
  const {fs} = settings
  const files: Array<{path: string; realPath: string}> = []
  const notChecked: Array<{path: string; message: string}> = []
  let ignoredCount = 0
  let rootReal: string
  try {
    rootReal = fs.realpath(root)
  } catch (error) {
    return {files, ignoredCount, notChecked, rootError: error}
  }

  // Real paths of the trees walked: the root and each followed link's target.
  const trees = [rootReal]
  const overlapsWalked = (real: string): boolean => trees.some((tree) => isInside(tree, real) || isInside(real, tree))

  const walk = (folder: string, folderReal: string, depth: number): unknown => {
    let entries: readonly FolderEntry[]
    try {
      entries = [...fs.readdir(folder)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    } catch (error) {
      return error
    }

    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name)
      let type: EntryType = entry
      let realPath = path.join(folderReal, entry.name)
      if (entry.isSymbolicLink()) {
        try {
          type = fs.stat(entryPath)
          realPath = fs.realpath(entryPath)
        } catch (error) {
          // A dangling link or a loop holds no copy.
          const code = errorCode(error)
          if (code !== 'ENOENT' && code !== 'ELOOP' && settings.accepts(entryPath)) notChecked.push({path: entryPath, message: `Not checked: cannot follow this link (${describeError(error)})`})
          continue
        }

        // A file link cannot loop; the caller lints a real path once.
        if (type.isDirectory() && overlapsWalked(realPath)) continue
      }

      if (type.isDirectory()) {
        if (walkSkipsFolder(entry.name, settings.enterDotFolders)) continue
        if (settings.maxDepth !== undefined && depth >= settings.maxDepth) continue
        if (settings.ignore?.ignoredBy(entryPath, true) !== undefined) {
          ignoredCount++
          continue
        }

        if (entry.isSymbolicLink()) trees.push(realPath)
        const error = walk(entryPath, realPath, depth + 1)
        if (error !== undefined) notChecked.push({path: entryPath, message: `Not checked: cannot read this folder (${describeError(error)}), so its files are not linted; make it readable, or add it to .countersideignore`})
        continue
      }

      if ((settings.skipDotFiles && entry.name.startsWith('.')) || !settings.accepts(entryPath)) continue
      if (settings.ignore?.ignoredBy(entryPath, false) !== undefined) {
        ignoredCount++
        continue
      }

      const kind = specialKind(type)
      if (kind === undefined) files.push({path: entryPath, realPath})
      else notChecked.push({path: entryPath, message: `Not checked: this is ${kind}, not a regular file, so it was not read; replace it with a file, or add it to .countersideignore`})
    }

    return undefined
  }

  const rootError = walk(root, rootReal, 0)
  return rootError === undefined ? {files, ignoredCount, notChecked} : {files, ignoredCount, notChecked, rootError}
}
