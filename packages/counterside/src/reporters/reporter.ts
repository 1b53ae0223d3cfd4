/** What every reporter gets besides the reports. */
import path from 'node:path'
import type {FileReport, LintMessage} from '../messages.js'

export interface ReportContext {
  readonly cwd: string
  readonly color: boolean
  readonly version: string
  /** Findings a baseline kept out of the reports. */
  readonly baselineMatched: number
  /** With a baseline: the findings it matched, by file path (the HTML report shows them as known). */
  readonly baselineKnown?: ReadonlyMap<string, readonly LintMessage[]>
  /** Texts that are not files to read again (standard input), by file path, for reporters that show excerpts. */
  readonly sources?: ReadonlyMap<string, string>
}

/** Built-in reporters return a string; a `--format ./module.js` formatter may return a promise of one. */
export type Reporter = (reports: readonly FileReport[], context: ReportContext) => string | Promise<string>

/** A `/`-separated path relative to the working directory, as CI annotations want. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath
  return path.relative(cwd, filePath).split(path.sep).join('/') || path.basename(filePath)
}
