/**
 * What `.gitignore`, `.countersideignore` and ignore patterns skip. Ignore
 * files are read only in the folders on a path's way down from its project
 * root (never by listing other folders), each once, and with gitignore
 * semantics: a file's rules apply below its folder, deeper files override
 * shallower ones, and in one folder `.countersideignore` comes after
 * `.gitignore` (so `!page.md` there lints a file git ignores).
 */
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import picomatch from 'picomatch'
import {describeError, errorCode, specialKind, type DiscoveryFileSystem} from './file-system.js'

export const ignoreFileNames = ['.gitignore', '.countersideignore'] as const

export interface IgnoreSettings {
  readonly fs: DiscoveryFileSystem
  readonly cwd: string
  /** Globs relative to `cwd` (`--ignore-pattern`, the config's `ignorePatterns`). */
  readonly patterns: readonly string[]
  /** An ignore file that exists but cannot be read: its rules are not applied. */
  readonly onUnreadable: (file: string, reason: string) => void
}

export class IgnoreRules {
  readonly #settings: IgnoreSettings
  readonly #folderRules = new Map<string, Ignore | undefined>()
  readonly #scopes = new Map<string, IgnoreScope>()
  readonly #patterns: ReadonlyArray<{readonly glob: string; readonly matches: (path: string) => boolean}>

  constructor(settings: IgnoreSettings) {
    this.#settings = settings
    this.#patterns = settings.patterns.map((glob) => ({glob, matches: picomatch(glob, {dot: true})}))
  }

  /** Rules for the paths below `boundary`, the folder ignore files are read up to. */
  scope(boundary: string): IgnoreScope {
    let scope = this.#scopes.get(boundary)
    if (!scope) this.#scopes.set(boundary, (scope = new IgnoreScope(boundary, this)))
    return scope
  }

  /** The rules of the ignore files in `folder` itself, or `undefined` when it has none. */
  folderRules(folder: string): Ignore | undefined {
    if (this.#folderRules.has(folder)) return this.#folderRules.get(folder)
    let rules: Ignore | undefined
    for (const name of ignoreFileNames) {
      const file = path.join(folder, name)
      const text = this.#read(file)
      if (text === undefined) continue
      rules ??= ignore()
      // Each line marked with its file, so a warning can say which file ignored a path.
      rules.add(text.split(/\r?\n/).map((pattern) => ({pattern, mark: file})))
    }

    this.#folderRules.set(folder, rules)
    return rules
  }

  /** The ignore pattern that matches `absolute`, if any. */
  patternFor(absolute: string, isFolder: boolean): string | undefined {
    if (this.#patterns.length === 0) return undefined
    const relative = toPosix(path.relative(this.#settings.cwd, absolute))
    return this.#patterns.find(({matches}) => matches(relative) || (isFolder && matches(`${relative}/`)))?.glob
  }

  describeFile(file: string): string {
    return toPosix(path.relative(this.#settings.cwd, file)) || file
  }

  #read(file: string): string | undefined {
    try {
      // Checked first: reading a FIFO named `.gitignore` would wait forever.
      const stats = this.#settings.fs.stat(file)
      if (!stats.isFile()) {
        this.#settings.onUnreadable(file, `it is ${specialKind(stats) ?? 'a folder'}`)
        return undefined
      }

      return this.#settings.fs.readFile(file)
    } catch (error) {
      const code = errorCode(error)
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.#settings.onUnreadable(file, describeError(error))
      return undefined
    }
  }
}

/** The ignore rules for paths under one project root, with what each folder inherits cached. */
export class IgnoreScope {
  readonly #boundary: string
  readonly #rules: IgnoreRules
  readonly #levels = new Map<string, ReadonlyArray<{readonly folder: string; readonly rules: Ignore}>>()
  readonly #ignoredFolders = new Map<string, string | undefined>()

  constructor(boundary: string, rules: IgnoreRules) {
    this.#boundary = boundary
    this.#rules = rules
  }

  /**
   * What ignores `absolute` (a file or, with `isFolder`, a folder), as words
   * for a warning, or `undefined` when nothing does. A path in an ignored
   * folder is ignored, as in git.
   */
  ignoredBy(absolute: string, isFolder: boolean): string | undefined {
    const parent = path.dirname(absolute)
    if (!isInside(this.#boundary, parent)) return this.#rules.patternFor(absolute, isFolder) === undefined ? undefined : this.#describePattern(absolute, isFolder)
    return this.#folderIgnoredBy(parent) ?? this.#ownRuleFor(absolute, isFolder)
  }

  #folderIgnoredBy(folder: string): string | undefined {
    if (folder === this.#boundary) return this.#rules.patternFor(folder, true) === undefined ? undefined : this.#describePattern(folder, true)
    if (this.#ignoredFolders.has(folder)) return this.#ignoredFolders.get(folder)
    const reason = this.#folderIgnoredBy(path.dirname(folder)) ?? this.#ownRuleFor(folder, true)
    this.#ignoredFolders.set(folder, reason)
    return reason
  }

  /** The verdict of the rules in `absolute`'s parent folder and above, for the path itself. */
  #ownRuleFor(absolute: string, isFolder: boolean): string | undefined {
    let reason: string | undefined
    for (const {folder, rules} of this.#levelsOf(path.dirname(absolute))) {
      const result = rules.test(`${toPosix(path.relative(folder, absolute))}${isFolder ? '/' : ''}`)
      if (result.ignored) reason = `${this.#rules.describeFile(result.rule?.mark ?? folder)} ('${result.rule?.pattern ?? ''}')`
      else if (result.unignored) reason = undefined
    }

    return reason ?? (this.#rules.patternFor(absolute, isFolder) === undefined ? undefined : this.#describePattern(absolute, isFolder))
  }

  #describePattern(absolute: string, isFolder: boolean): string {
    return `the ignore pattern '${this.#rules.patternFor(absolute, isFolder) ?? ''}'`
  }

  /** The folders from the boundary down to `folder` that hold ignore files, shallowest first. */
  #levelsOf(folder: string): ReadonlyArray<{readonly folder: string; readonly rules: Ignore}> {
    const cached = this.#levels.get(folder)
    if (cached) return cached
    const atTop = folder === this.#boundary || path.dirname(folder) === folder
    const above = atTop ? [] : this.#levelsOf(path.dirname(folder))
    const own = this.#rules.folderRules(folder)
    const levels = own ? [...above, {folder, rules: own}] : above
    this.#levels.set(folder, levels)
    return levels
  }
}

export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
