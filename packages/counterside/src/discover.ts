/**
 * Paths and globs to the files to lint. A named file is linted as named; a
 * folder is walked and expands to every supported document, and to JSON,
 * YAML or XML only where catalogs live (see folder-expansion); a glob walks
 * from its base folder. Nothing else is listed — never the working folder
 * for a path elsewhere. `.gitignore` and `.countersideignore` apply unless
 * `--no-ignore`, read from the linted path's folder up to its project root.
 * Dependency and build folders are never walked.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import {describeError, errorCode, nodeFileSystem, specialKind, type DiscoveryFileSystem, type EntryType} from './discovery/file-system.js'
import {folderExpandsTo} from './discovery/folder-expansion.js'
import {IgnoreRules, isInside, toPosix, type IgnoreScope} from './discovery/ignore-rules.js'
import {ProjectRoots} from './discovery/project-root.js'
import {walkFolder, walkSkipsFolder, type WalkResult} from './discovery/walk.js'
import {formatOf} from './formats/index.js'
import type {ConfigResolver} from './config/resolve.js'

export type {DiscoveryFileSystem} from './discovery/file-system.js'

export interface DiscoverOptions {
  readonly cwd: string
  /** `false` with `--no-ignore`. */
  readonly useIgnoreFiles: boolean
  /** From `--ignore-pattern` and the config's `ignorePatterns`, relative to `cwd`. */
  readonly ignorePatterns: readonly string[]
  /** `false` with `--no-error-on-unmatched-pattern`: a path or glob that matches nothing is skipped. */
  readonly errorOnUnmatchedPattern?: boolean
  /** The file system to read; tests inject failures here. */
  readonly fileSystem?: DiscoveryFileSystem
}

/** A path that could not be linted: severity 2 for a named path (the run exits 2), 1 for one found inside a folder. */
export interface DiscoveryProblem {
  readonly path: string
  readonly severity: 1 | 2
  readonly message: string
  /** How to fix it; set on errors. */
  readonly fix?: string
}

export interface Discovery {
  /** Absolute paths, sorted: the report order never depends on the file system. */
  readonly files: string[]
  /** Named files and folders skipped by an ignore file or pattern, with what skipped them. */
  readonly ignored: Array<{readonly path: string; readonly isFolder: boolean; readonly by: string}>
  readonly problems: DiscoveryProblem[]
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  return new Discoverer(options).discover(patterns.length > 0 ? patterns : ['.'])
}

export interface FolderMemberOptions {
  /** The working folder, as for `discoverFiles` (ignore files are read up to the project root, or to it). */
  readonly cwd: string
  /** `false` with `--no-ignore`: only the walk's own rules apply. */
  readonly useIgnoreFiles?: boolean
  /** The file's config cascade, for its `ignorePatterns`. */
  readonly resolver?: ConfigResolver
  readonly fileSystem?: DiscoveryFileSystem
}

export type FolderMembership = {readonly linted: true} | {readonly linted: false; readonly reason: string}

/**
 * Whether `counterside <root>` lints `file`, decided for that one path and
 * without listing a folder: the folder walk's rules (dependency, build and
 * dot folders and dot files left out; documents anywhere, JSON and YAML only
 * in catalog folders, XML only in `res/values*`), the ignore files and, with
 * a resolver, the config's `ignorePatterns`. For tools handed one file at a
 * time, such as an editor's language server, so they take what the CLI takes.
 */
export function folderLints(root: string, file: string, options: FolderMemberOptions): FolderMembership {
  const relative = path.relative(root, file)
  if (relative === '' || !isInside(root, file)) return {linted: false, reason: `it is not inside ${root}`}
  const folders = relative.split(path.sep).slice(0, -1)
  const skipped = folders.find((folder) => walkSkipsFolder(folder, false))
  if (skipped !== undefined) return {linted: false, reason: `a folder walk never enters \`${skipped}\``}
  if (path.basename(file).startsWith('.') || !folderExpandsTo(root, file)) return {linted: false, reason: 'a folder walk does not take it as copy (see "Which files are linted" in the CLI docs)'}
  const ignoredBy = options.useIgnoreFiles === false ? undefined : new Discoverer({...options, useIgnoreFiles: true, ignorePatterns: []}).ignoredBy(root, file)
  if (ignoredBy !== undefined) return {linted: false, reason: `ignored by ${ignoredBy}`}
  if (options.useIgnoreFiles !== false && options.resolver?.isIgnored(file)) return {linted: false, reason: 'ignored by the config\'s ignorePatterns'}
  return {linted: true}
}

class Discoverer {
  readonly #options: DiscoverOptions
  readonly #fs: DiscoveryFileSystem
  readonly #roots: ProjectRoots
  readonly #ignoreRules: IgnoreRules
  /** Real path → path as found, so a file reached twice is linted once. */
  readonly #files = new Map<string, string>()
  readonly #ignored: Array<{path: string; isFolder: boolean; by: string}> = []
  readonly #problems: DiscoveryProblem[] = []

  constructor(options: DiscoverOptions) {
    this.#options = options
    this.#fs = options.fileSystem ?? nodeFileSystem
    this.#roots = new ProjectRoots(this.#fs)
    this.#ignoreRules = new IgnoreRules({
      fs: this.#fs,
      cwd: options.cwd,
      patterns: options.ignorePatterns,
      onUnreadable: (file, reason) => this.#problems.push({path: file, severity: 1, message: `Ignore file not read: ${reason}; the files it would skip are linted`})
    })
  }

  discover(patterns: readonly string[]): Discovery {
    for (const pattern of patterns) this.#discoverPattern(pattern)
    return {files: [...this.#files.values()].sort(), ignored: this.#ignored, problems: this.#problems}
  }

  #discoverPattern(pattern: string): void {
    const absolute = path.resolve(this.#options.cwd, pattern)
    let stats: EntryType
    try {
      stats = this.#fs.stat(absolute)
    } catch (error) {
      const code = errorCode(error)
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP') return this.#error(absolute, `cannot read the file: ${describeError(error)}`, 'make it and its folders readable, or leave it out of the paths')
      if (this.#isLink(absolute)) return this.#error(absolute, `cannot read the file: it is a symbolic link ${code === 'ELOOP' ? 'in a loop' : 'to a missing file'}`, 'fix or remove the link')
      if (picomatch.scan(pattern).isGlob) return this.#discoverGlob(pattern)
      if (this.#options.errorOnUnmatchedPattern !== false) this.#error(absolute, 'cannot read the file: no such file or folder', 'check the path, or quote a glob so the shell does not expand it')
      return
    }

    if (stats.isDirectory()) return this.#discoverFolder(pattern, absolute)
    const kind = specialKind(stats)
    if (kind !== undefined) return this.#error(absolute, `cannot read the file: it is ${kind}, not a regular file, so it was not read`, 'name a file; to lint piped text, use --stdin')
    const ignoredBy = this.#scopeFor(path.dirname(absolute))?.ignoredBy(absolute, false)
    if (ignoredBy !== undefined) this.#ignored.push({path: absolute, isFolder: false, by: ignoredBy})
    else this.#add(absolute, this.#realPath(absolute))
  }

  /** What skips `file` in a walk of `root`, by the same scope `#discoverFolder` uses. */
  ignoredBy(root: string, file: string): string | undefined {
    const scope = this.#scopeFor(root)
    return scope?.ignoredBy(root, true) ?? scope?.ignoredBy(file, false)
  }

  #discoverFolder(pattern: string, folder: string): void {
    const scope = this.#scopeFor(folder)
    const ignoredBy = scope?.ignoredBy(folder, true)
    if (ignoredBy !== undefined) {
      this.#ignored.push({path: folder, isFolder: true, by: ignoredBy})
      return
    }

    this.#take(pattern, folder, walkFolder(folder, {
      fs: this.#fs,
      ignore: scope,
      accepts: (file) => folderExpandsTo(folder, file),
      maxDepth: undefined,
      enterDotFolders: false,
      skipDotFiles: true
    }))
  }

  /** A glob is matched below its base folder (`docs` in `docs/**\/*.md`), walking only as deep as it can match. */
  #discoverGlob(pattern: string): void {
    const {base, glob} = picomatch.scan(pattern)
    const baseFolder = path.resolve(this.#options.cwd, base)
    const matches = picomatch(glob)
    const scope = this.#scopeFor(baseFolder)
    if (scope?.ignoredBy(baseFolder, true) !== undefined) return this.#take(pattern, baseFolder, {files: [], ignoredCount: 1, notChecked: []})
    const result = walkFolder(baseFolder, {
      fs: this.#fs,
      ignore: scope,
      accepts: (file) => formatOf(file) !== undefined && matches(toPosix(path.relative(baseFolder, file))),
      maxDepth: glob.includes('**') ? undefined : glob.split('/').length - 1,
      enterDotFolders: /(?:^|\/)\./.test(glob),
      skipDotFiles: false
    })
    // A base folder that does not exist is a glob that matches nothing, not an unreadable folder.
    const missingBase = ['ENOENT', 'ENOTDIR'].includes(errorCode(result.rootError) ?? '')
    this.#take(pattern, baseFolder, missingBase ? {files: [], ignoredCount: 0, notChecked: []} : result)
  }

  #take(pattern: string, folder: string, result: WalkResult): void {
    if (result.rootError !== undefined) return this.#error(folder, `cannot read the folder: ${describeError(result.rootError)}`, 'make it readable (chmod +rx), or leave it out of the paths')
    for (const file of result.files) this.#add(file.path, file.realPath)
    for (const {path: notChecked, message} of result.notChecked) this.#problems.push({path: notChecked, severity: 1, message})
    if (result.files.length > 0 || this.#options.errorOnUnmatchedPattern === false) return
    const ignored = result.ignoredCount > 0 ? `; ${result.ignoredCount} ignored ${result.ignoredCount === 1 ? 'path was' : 'paths were'} skipped there (--no-ignore lints them)` : ''
    const fix = [
      'check the path or glob (quote globs so the shell does not expand them)',
      'a folder expands only to the files listed under "Which files are linted" in the CLI docs',
      '--no-error-on-unmatched-pattern allows a pattern to match nothing'
    ].join('; ')
    this.#error(path.resolve(this.#options.cwd, pattern), `No files matching '${pattern}' were found${ignored}`, fix)
  }

  /** `undefined` with `--no-ignore`. */
  #scopeFor(folder: string): IgnoreScope | undefined {
    if (!this.#options.useIgnoreFiles) return undefined
    const {cwd} = this.#options
    // Without a project root, ignore files are read up to the working folder, or only in the named path's own folder.
    return this.#ignoreRules.scope(this.#roots.rootOf(folder) ?? (isInside(cwd, folder) ? cwd : folder))
  }

  /** A file reached by several paths is linted once, under its real path when that is one of them. */
  #add(file: string, realPath: string): void {
    if (!this.#files.has(realPath) || file === realPath) this.#files.set(realPath, file)
  }

  #realPath(file: string): string {
    try {
      return this.#fs.realpath(file)
    } catch {
      return file
    }
  }

  #isLink(file: string): boolean {
    try {
      return this.#fs.lstat(file).isSymbolicLink()
    } catch {
      return false
    }
  }

  #error(file: string, message: string, fix: string): void {
    this.#problems.push({path: file, severity: 2, message, fix})
  }
}
