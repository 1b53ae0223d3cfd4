/**
 * `counterside merge-reports`: read the shards' reports, optionally write
 * the baseline from them, then report and exit as a lint run does.
 */
import path from 'node:path'
import {applyBaseline, BaselineError, updateBaseline} from './baseline.js'
import {LockError} from './file-lock.js'
import {finishRun} from './finish-run.js'
import {MergeError, mergeReportFiles} from './merge-reports.js'
import type {LintMessage} from './messages.js'
import {diagnostic} from './printable.js'
import {FormatError, loadReporter} from './reporters/load.js'
import {checkOutputFile, OutputFileError} from './reporters/output-file.js'
import type {CliIo} from './run.js'

export interface MergeOptions {
  readonly format: string
  readonly outputFile?: string
  readonly maxWarnings: number
  readonly updateBaseline?: boolean
  readonly baseline?: string
  readonly color?: boolean
}

export async function mergeReports(files: readonly string[], options: MergeOptions, io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(diagnostic(message))
    return 2
  }

  if (options.baseline && !options.updateBaseline) return fail('merge-reports --baseline names the file --update-baseline writes; shards apply a baseline themselves (counterside --shard <i>/<n> --baseline <file>)')
  try {
    const reporter = await loadReporter(options.format, io.cwd)
    if (options.outputFile) checkOutputFile(path.resolve(io.cwd, options.outputFile), options.outputFile)
    let reports = mergeReportFiles(files, io.cwd)
    let baselineMatched = 0
    let baselineKnown: ReadonlyMap<string, readonly LintMessage[]> | undefined
    if (options.updateBaseline) {
      // As `counterside --update-baseline`: written, then applied, so the run passes on the findings it recorded.
      const baselinePath = options.baseline ?? '.counterside-baseline.json'
      const absolute = path.resolve(io.cwd, baselinePath)
      const {baseline} = await updateBaseline(absolute, reports, {onWait: (message) => io.stderr(diagnostic(message))})
      io.stderr(diagnostic(`wrote ${baseline.findings.reduce((sum, entry) => sum + entry.count, 0)} findings to ${baselinePath}`))
      ;({reports, matched: baselineMatched, known: baselineKnown} = applyBaseline(reports, baseline, absolute))
    }

    return await finishRun(reports, reporter, {...options, baselineMatched, baselineKnown}, io)
  } catch (error) {
    if (error instanceof MergeError || error instanceof FormatError || error instanceof OutputFileError || error instanceof BaselineError || error instanceof LockError) return fail(error.message)
    throw error
  }
}
