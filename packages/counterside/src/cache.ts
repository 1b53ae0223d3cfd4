/**
 * `--cache`: a file's report is reused when its bytes, the config that
 * applies to it and the tool are all unchanged. Like ESLint's cache with
 * `--cache-strategy content` and cspell's, entries are keyed by the file's
 * path (relative to the cache, so a CI cache restored into another checkout
 * folder still hits) and hold a content hash and a config hash; the tool's
 * version is recorded once for the whole file, and any change to it
 * discards every entry. A cache that cannot be read or trusted is
 * discarded with a warning and rebuilt: it can cost time, never a result.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {rules, type Perspective} from '@counterside/core'
import {nodeFileSystem} from './discovery/file-system.js'
import {ProjectRoots} from './discovery/project-root.js'
import {fileReport, isPerspective, type FileReport, type LintMessage} from './messages.js'
import {version} from './version.js'
import {writeFileAtomic} from './write-atomic.js'

export const defaultCacheName = '.counterside-cache'

/** Bumped when the layout of the cache file changes. */
const formatVersion = 2

interface CacheEntry {
  /** SHA-256 of the file's bytes. */
  readonly content: string
  /** Hash of everything besides the bytes that decides the report. */
  readonly config: string
  readonly messages: readonly LintMessage[]
  readonly suppressedMessages: readonly LintMessage[]
  readonly perspective?: Perspective
}

interface CacheFile {
  readonly version: typeof formatVersion
  readonly tool: string
  readonly entries: Record<string, CacheEntry>
}

/**
 * The cache file for `--cache-location` (a file, or a folder when it ends
 * with a separator or is one), by default in the project root of `cwd`
 * (see `ProjectRoots`), or in `cwd` outside any project.
 */
export function cachePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(new ProjectRoots(nodeFileSystem).rootOf(path.resolve(cwd)) ?? path.resolve(cwd), defaultCacheName)
  const absolute = path.resolve(cwd, location)
  const isFolder = /[\\/]$/.test(location) || isDirectory(absolute)
  return isFolder ? path.join(absolute, defaultCacheName) : absolute
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

/** Hash of a value's JSON with object keys sorted, so key order in a config does not matter. */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value, (_key, inner: unknown) => (inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner))).digest('hex')
}

/** The CLI's and the engine's versions, Node's, and the rule set: a change to any can change a report. */
function toolIdentity(): string {
  let core = 'unknown'
  try {
    const entry = new URL(import.meta.resolve('@counterside/core'))
    core = (JSON.parse(readFileSync(new URL('../package.json', entry), 'utf8')) as {version: string}).version
  } catch {
    // Still keyed by the rule set below.
  }

  return `counterside@${version} core@${core} node@${process.versions.node} rules@${stableHash(rules.map((rule) => [rule.id, rule.defaultSeverity])).slice(0, 16)}`
}

export interface CachedLint {
  /** Reports in the order of `files`. */
  readonly reports: FileReport[]
  readonly hits: number
}

export class LintCache {
  readonly #path: string
  readonly #tool = toolIdentity()
  readonly #warn: (message: string) => void
  #entries = new Map<string, CacheEntry>()
  readonly #visited = new Set<string>()

  constructor(cacheFile: string, warn: (message: string) => void) {
    this.#path = cacheFile
    this.#warn = warn
    this.#entries = this.#load()
  }

  /**
   * Lints the files the cache cannot answer for with `lint`, and returns
   * every report. `configKey` names what decides a file's report besides
   * its bytes. Reports with a fatal message (unreadable, malformed) are not
   * kept: they are cheap to redo and their cause may be outside the file.
   */
  async lint(files: readonly string[], configKey: (file: string) => string, lint: (files: string[]) => Promise<FileReport[]>): Promise<CachedLint> {
    const reports = new Array<FileReport>(files.length)
    const misses: Array<{index: number; file: string; config: string | undefined; content: string | undefined}> = []
    for (const [index, file] of files.entries()) {
      const key = this.#keyOf(file)
      this.#visited.add(key)
      const content = contentHash(file)
      const config = content === undefined ? undefined : configKey(file)
      const entry = this.#entries.get(key)
      if (entry && content !== undefined && entry.content === content && entry.config === config) {
        reports[index] = fileReport(file, entry.messages, entry.suppressedMessages, entry.perspective)
      } else {
        misses.push({index, file, config, content})
      }
    }

    const linted = misses.length > 0 ? await lint(misses.map((miss) => miss.file)) : []
    for (const [offset, miss] of misses.entries()) {
      const report = linted[offset]!
      reports[miss.index] = report
      // A file edited while it was linted is not cached: its report may be of either version.
      if (miss.config === undefined || report.fatalErrorCount > 0 || contentHash(miss.file) !== miss.content) {
        this.#entries.delete(this.#keyOf(miss.file))
        continue
      }

      this.#entries.set(this.#keyOf(miss.file), {content: miss.content!, config: miss.config, messages: report.messages, suppressedMessages: report.suppressedMessages, ...(report.perspective ? {perspective: report.perspective} : {})})
    }

    return {reports, hits: files.length - misses.length}
  }

  /** Writes the cache atomically. Entries of files not linted this time are kept while the files exist. */
  save(): void {
    const folder = path.dirname(this.#path)
    const entries: Record<string, CacheEntry> = {}
    for (const [key, entry] of [...this.#entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (this.#visited.has(key) || existsSync(path.resolve(folder, key))) entries[key] = entry
    }

    const file: CacheFile = {version: formatVersion, tool: this.#tool, entries}
    try {
      writeFileAtomic(this.#path, `${JSON.stringify(file)}\n`)
    } catch (error) {
      this.#warn(`could not write the cache ${this.#path} (${(error as Error).message}); the next run lints every file again`)
    }
  }

  #keyOf(file: string): string {
    return path.relative(path.dirname(this.#path), file).split(path.sep).join('/')
  }

  #load(): Map<string, CacheEntry> {
    let source: string
    try {
      source = readFileSync(this.#path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.#warn(`cannot read the cache ${this.#path} (${(error as Error).message}); linting every file`)
      return new Map()
    }

    let parsed: unknown
    try {
      parsed = JSON.parse(source)
    } catch (error) {
      this.#warn(`discarding the cache ${this.#path}: it is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}); it will be rebuilt`)
      return new Map()
    }

    if (!isRecord(parsed) || !isRecord(parsed.entries) || typeof parsed.tool !== 'string') {
      this.#warn(`discarding the cache ${this.#path}: it is not a counterside cache; it will be rebuilt`)
      return new Map()
    }

    // Another version wrote it: expected after an upgrade, so rebuilt without a word.
    if (parsed.version !== formatVersion || parsed.tool !== this.#tool) return new Map()
    const entries = new Map<string, CacheEntry>()
    for (const [key, entry] of Object.entries(parsed.entries)) {
      if (!isEntry(entry)) {
        this.#warn(`discarding the cache ${this.#path}: the entry for ${JSON.stringify(key)} is damaged; it will be rebuilt`)
        return new Map()
      }

      entries.set(key, entry)
    }

    return entries
  }
}

function contentHash(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex')
  } catch {
    // Unreadable: linted (and reported) every time.
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEntry(value: unknown): value is CacheEntry {
  return isRecord(value) && typeof value.content === 'string' && typeof value.config === 'string' && isMessageList(value.messages) && isMessageList(value.suppressedMessages) && (value.perspective === undefined || isPerspective(value.perspective))
}

/** Enough shape that a reporter cannot crash on a cached message. */
function isMessageList(value: unknown): value is LintMessage[] {
  return Array.isArray(value) && value.every((message) => isRecord(message)
    && (message.ruleId === null || typeof message.ruleId === 'string')
    && (message.severity === 1 || message.severity === 2)
    && typeof message.message === 'string'
    && [message.line, message.column, message.endLine, message.endColumn].every((position) => Number.isSafeInteger(position) && (position as number) >= 0)
    && Array.isArray(message.suggestions) && message.suggestions.every(isSuggestion))
}

function isSuggestion(value: unknown): boolean {
  return isRecord(value) && typeof value.desc === 'string' && isRecord(value.fix) && typeof value.fix.text === 'string'
    && Array.isArray(value.fix.range) && value.fix.range.length === 2 && value.fix.range.every((offset) => Number.isSafeInteger(offset))
    && (value.scope === 'match' || value.scope === 'sentence')
    && [value.line, value.column, value.endLine, value.endColumn].every((position) => Number.isSafeInteger(position) && (position as number) >= 0)
}
