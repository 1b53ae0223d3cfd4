/**
 * `counterside merge-reports`: the JSON reports of `--shard` runs made into
 * one report, in any format, with the exit code of the unsharded run. Each
 * file is linted by exactly one shard, so a file in two reports means a
 * report was given twice (or runs were not shards of one split): an error,
 * never a silent double count.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileReport, isPerspective, type FileReport, type LintMessage} from './messages.js'

export class MergeError extends Error {
  override name = 'MergeError'
}

/** Reads the reports and merges them, sorted by file so the order of the arguments does not matter. */
export function mergeReportFiles(files: readonly string[], cwd: string): FileReport[] {
  const from = new Map<string, string>()
  const merged: FileReport[] = []
  for (const file of files) {
    for (const report of readReportFile(path.resolve(cwd, file), file)) {
      const earlier = from.get(report.filePath)
      if (earlier !== undefined) throw new MergeError(`Cannot merge ${file}: ${report.filePath} is also in ${earlier}; each file is linted by one shard, so give each shard's report once`)
      from.set(report.filePath, file)
      merged.push(report)
    }
  }

  return merged.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
}

function readReportFile(absolute: string, shown: string): FileReport[] {
  const problem = (reason: string) => new MergeError(`Cannot merge ${shown}: ${reason}; give the output of counterside --shard <i>/<n> --format json`)
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw problem(code === 'ENOENT' ? 'no such file' : code ? `it cannot be read (${(error as Error).message})` : `it is not valid JSON (${(error as Error).message})`)
  }

  if (!Array.isArray(parsed)) throw problem('it is not a JSON report (an array of file results)')
  return parsed.map((result: unknown, index) => {
    if (!isResult(result)) throw problem(`entry ${index + 1} is not a file result with filePath, messages and suppressedMessages`)
    // Counts are recomputed from the messages, so the exit code rests on what is reported.
    const {perspective} = result as {perspective?: unknown}
    if (perspective !== undefined && perspective !== null && !isPerspective(perspective)) throw problem(`entry ${index + 1} has a perspective that is not {score, customer, seller, neutral, sentences}`)
    return fileReport(result.filePath, result.messages, result.suppressedMessages, isPerspective(perspective) ? perspective : undefined)
  })
}

function isResult(value: unknown): value is {filePath: string; messages: LintMessage[]; suppressedMessages: LintMessage[]} {
  if (!value || typeof value !== 'object') return false
  const {filePath, messages, suppressedMessages} = value as Record<string, unknown>
  return typeof filePath === 'string' && Array.isArray(messages) && messages.every(isMessage) && Array.isArray(suppressedMessages) && suppressedMessages.every(isMessage)
}

function isMessage(value: unknown): value is LintMessage {
  if (!value || typeof value !== 'object') return false
  const {ruleId, severity, message, line, column} = value as Record<string, unknown>
  return (ruleId === null || typeof ruleId === 'string') && (severity === 1 || severity === 2) && typeof message === 'string' && Number.isInteger(line) && Number.isInteger(column)
}
