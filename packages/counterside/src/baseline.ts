/**
 * Baselines let a gate go up on legacy content: findings already recorded
 * do not fail the run. Entries are matched by file, rule and flagged words
 * (with a count), never by line, so edits above a finding do not revive it.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileReport, type FileReport} from './messages.js'
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
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(baselinePath, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist (create it with --update-baseline)' : `it is not valid JSON (${(error as Error).message})`
    throw new BaselineError(`Cannot use baseline ${baselinePath}: ${reason}`)
  }

  const findings = (parsed as Partial<Baseline> | null)?.findings
  if (!Array.isArray(findings) || (parsed as Baseline).version !== 1) {
    throw new BaselineError(`Cannot use baseline ${baselinePath}: expected {"version": 1, "findings": [...]}; recreate it with --update-baseline`)
  }

  return parsed as Baseline
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

  const findings = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.text.localeCompare(b.text))
  return {version: 1, findings}
}

export function writeBaseline(baselinePath: string, baseline: Baseline): void {
  writeFileAtomic(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`)
}

/** Reports without the findings the baseline holds, and how many were dropped. */
export function applyBaseline(reports: readonly FileReport[], baseline: Baseline, baselinePath: string): {reports: FileReport[]; matched: number} {
  const remaining = new Map<string, number>()
  for (const entry of baseline.findings) {
    const id = JSON.stringify([entry.file, entry.ruleId, entry.text])
    remaining.set(id, (remaining.get(id) ?? 0) + entry.count)
  }

  let matched = 0
  const filtered = reports.map((report) => {
    const file = relativeTo(baselinePath, report.filePath)
    const messages = report.messages.filter((message) => {
      if (!message.ruleId) return true
      const id = JSON.stringify([file, message.ruleId, message.actual ?? ''])
      const left = remaining.get(id) ?? 0
      if (left === 0) return true
      remaining.set(id, left - 1)
      matched++
      return false
    })
    return messages.length === report.messages.length ? report : fileReport(report.filePath, messages, report.suppressedMessages)
  })
  return {reports: filtered, matched}
}

function relativeTo(baselinePath: string, filePath: string): string {
  return path.relative(path.dirname(path.resolve(baselinePath)), filePath).split(path.sep).join('/')
}
