/**
 * The end of a run, shared by linting and `merge-reports`: the report
 * written (to stdout or atomically to -o) and the exit code, so a merged
 * run of shards ends exactly as the unsharded run would.
 */
import path from 'node:path'
import {useColor} from './color.js'
import type {FileReport, LintMessage} from './messages.js'
import {diagnostic, printable} from './printable.js'
import type {Reporter} from './reporters/index.js'
import {FormatError} from './reporters/load.js'
import {OutputFileError, writeOutputFile} from './reporters/output-file.js'
import type {CliIo} from './run.js'
import {version} from './version.js'

export interface FinishOptions {
  readonly format: string
  readonly outputFile?: string
  readonly maxWarnings: number
  readonly color?: boolean
  readonly baselineMatched: number
  readonly baselineKnown?: ReadonlyMap<string, readonly LintMessage[]>
  readonly sources?: ReadonlyMap<string, string>
}

export async function finishRun(reports: readonly FileReport[], reporter: Reporter, options: FinishOptions, io: CliIo): Promise<number> {
  const toFile = options.outputFile !== undefined
  const color = useColor({flag: options.color, toFile, stdoutIsTTY: io.stdoutIsTTY, env: io.env})
  try {
    const output = await reporter(reports, {cwd: io.cwd, color, version, baselineMatched: options.baselineMatched, baselineKnown: options.baselineKnown, sources: options.sources})
    if (toFile) writeOutputFile(path.resolve(io.cwd, options.outputFile!), options.outputFile!, output)
    else io.stdout(output)
  } catch (error) {
    if (error instanceof FormatError || error instanceof OutputFileError) {
      io.stderr(diagnostic(error.message))
      return 2
    }

    throw error
  }

  const errors = reports.reduce((sum, report) => sum + report.errorCount, 0)
  const warnings = reports.reduce((sum, report) => sum + report.warningCount, 0)
  if (reports.some((report) => report.fatalErrorCount > 0)) {
    // Stated on stderr too, so a machine format on stdout cannot hide why the run failed.
    if (options.format !== 'stylish' || toFile) {
      for (const report of reports) for (const message of report.messages) if (message.fatal) io.stderr(diagnostic(`${printable(report.filePath)}:${message.line}:${message.column}: ${printable(message.message)}`))
    }

    return 2
  }

  if (errors > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(diagnostic(`${warnings} warnings, more than --max-warnings ${options.maxWarnings}`))
    return 1
  }

  return 0
}
