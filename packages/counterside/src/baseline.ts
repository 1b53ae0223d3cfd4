/**
 * Baselines let a gate go up on legacy content: findings already recorded
 * do not fail the run. Entries are matched by file, rule and flagged words
 * (with a count), never by line, so edits above a finding do not revive it.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {withMessages, type FileReport, type LintMessage} from './messages.js'
import {withFileLock, type LockOptions} from './file-lock.js'
import {writeFileAtomic} from './write-atomic.js'

export interface BaselineEntry {
  /** Relative to the baseline file's folder, `/`-separated. */
  readonly file: string
  readonly ruleId: string
  readonly text: string
  readonly count: number
}

export interface Baseline {
  readonly version: 1
  readonly findings: readonly BaselineEntry[]
}

export class BaselineError extends Error {
  override name = 'BaselineError'
}

export function readBaseline(baselinePath: string): Baseline {
  const baseline = readIfPresent(baselinePath)
  if (!baseline) throw new BaselineError(`Cannot use baseline ${baselinePath}: it does not exist (create it with --update-baseline)`)
  return baseline
}

function readIfPresent(baselinePath: string): Baseline | undefined {
  let source: string
  try {
    source = readFileSync(baselinePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new BaselineError(`Cannot use baseline ${baselinePath}: ${code === 'EISDIR' ? 'it is a folder; name a file' : `it cannot be read (${(error as Error).message})`}`)
  }

  return parseBaseline(source, baselinePath)
}

const recreate = 'restore it from version control, or recreate it with --update-baseline'

/** Checks the whole file, so a hand edit or a bad merge is named rather than suppressing the wrong findings. */
export function parseBaseline(source: string, baselinePath: string): Baseline {
  const problem = (reason: string) => new BaselineError(`Cannot use baseline ${baselinePath}: ${reason}; ${recreate}`)
  if (source.trim() === '') throw problem('it is empty (was a write interrupted?)')
  let parsed: unknown
  try {
    parsed = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw problem(`it is not valid JSON${jsonErrorPlace(error as Error, source)} (${(error as Error).message.replace(/\s+/g, ' ')}); it may be truncated`)
  }

  if (!isRecord(parsed)) throw problem('expected an object {"version": 1, "findings": [...]}')
  if (parsed.version !== 1) throw problem(`"version" is ${JSON.stringify(parsed.version) ?? 'missing'}, and this counterside reads version 1`)
  if (!Array.isArray(parsed.findings)) throw problem('"findings" must be an array of {file, ruleId, text, count}')
  for (const [index, entry] of (parsed.findings as unknown[]).entries()) {
    const wrong = entryProblem(entry)
    if (wrong) throw problem(`findings[${index}]${isRecord(entry) && typeof entry.file === 'string' ? ` (file ${JSON.stringify(entry.file)})` : ''} ${wrong}`)
  }

  return {version: 1, findings: parsed.findings as BaselineEntry[]}
}

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return `must be an object {file, ruleId, text, count}, not ${entry === null ? 'null' : Array.isArray(entry) ? 'an array' : typeof entry}`
  if (typeof entry.file !== 'string' || entry.file === '') return `has no "file" (a path relative to the baseline, as a string)`
  if (typeof entry.ruleId !== 'string' || entry.ruleId === '') return `has no "ruleId" (a rule id, as a string)`
  if (typeof entry.text !== 'string') return `has no "text" (the flagged words, as a string)`
  // A count below 1 or a fraction would suppress findings no one recorded.
  if (typeof entry.count !== 'number' || !Number.isSafeInteger(entry.count) || entry.count < 1) return `has "count": ${JSON.stringify(entry.count) ?? 'missing'}; it must be a whole number of at least 1`
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** ` at line L, column C`, from the position V8 puts in JSON.parse errors. */
function jsonErrorPlace(error: Error, source: string): string {
  const position = /at position (\d+)/.exec(error.message)?.[1]
  if (position === undefined) return /end of JSON input/.test(error.message) ? ' (it ends too early)' : ''
  const before = source.slice(0, Number(position)).split('\n')
  return ` at line ${before.length}, column ${before.at(-1)!.length + 1}`
}

export function createBaseline(reports: readonly FileReport[], baselinePath: string): Baseline {
  const counts = new Map<string, BaselineEntry>()
  for (const report of reports) {
    const file = relativeTo(baselinePath, report.filePath)
    for (const message of report.messages) {
      if (!message.ruleId || message.fatal) continue
      const text = message.actual ?? ''
      const id = JSON.stringify([file, message.ruleId, text])
      const entry = counts.get(id)
      counts.set(id, {file, ruleId: message.ruleId, text, count: (entry?.count ?? 0) + 1})
    }
  }

  return {version: 1, findings: sortEntries([...counts.values()])}
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.text.localeCompare(b.text))
}

/**
 * `--update-baseline`: the entries of the files linted in this run are
 * replaced; entries of other files that still exist are kept (so
 * `counterside docs --update-baseline` does not drop `locales/`), as are
 * those of files that could not be read or parsed this time. Under a lock,
 * so concurrent updates take turns and each keeps the other's entries.
 */
export async function updateBaseline(baselinePath: string, reports: readonly FileReport[], lock: LockOptions = {}): Promise<{baseline: Baseline; kept: number}> {
  return withFileLock(baselinePath, () => {
    const existing = readIfPresent(baselinePath)
    const relinted = new Set(reports.filter((report) => report.fatalErrorCount === 0).map((report) => relativeTo(baselinePath, report.filePath)))
    const folder = path.dirname(path.resolve(baselinePath))
    const kept = (existing?.findings ?? []).filter((entry) => !relinted.has(entry.file) && existsSync(path.resolve(folder, entry.file)))
    const baseline: Baseline = {version: 1, findings: sortEntries([...kept, ...createBaseline(reports, baselinePath).findings])}
    writeBaseline(baselinePath, baseline)
    return {baseline, kept: kept.reduce((sum, entry) => sum + entry.count, 0)}
  }, lock)
}

export function writeBaseline(baselinePath: string, baseline: Baseline): void {
  writeFileAtomic(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`)
}

/** Reports without the findings the baseline holds, how many were dropped, and which (by file path). */
export function applyBaseline(reports: readonly FileReport[], baseline: Baseline, baselinePath: string): {reports: FileReport[]; matched: number; known: Map<string, LintMessage[]>} {
  const remaining = new Map<string, number>()
  for (const entry of baseline.findings) {
    const id = JSON.stringify([entry.file, entry.ruleId, entry.text])
    remaining.set(id, (remaining.get(id) ?? 0) + entry.count)
  }

  let matched = 0
  const known = new Map<string, LintMessage[]>()
  const filtered = reports.map((report) => {
    const file = relativeTo(baselinePath, report.filePath)
    const knownHere: LintMessage[] = []
    const messages = report.messages.filter((message) => {
      if (!message.ruleId) return true
      const id = JSON.stringify([file, message.ruleId, message.actual ?? ''])
      const left = remaining.get(id) ?? 0
      if (left === 0) return true
      remaining.set(id, left - 1)
      matched++
      knownHere.push(message)
      return false
    })
    if (knownHere.length > 0) known.set(report.filePath, knownHere)
    return messages.length === report.messages.length ? report : withMessages(report, messages)
  })
  return {reports: filtered, matched, known}
}

function relativeTo(baselinePath: string, filePath: string): string {
  return path.relative(path.dirname(path.resolve(baselinePath)), filePath).split(path.sep).join('/')
}
