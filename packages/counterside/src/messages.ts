/**
 * The report model, shaped like ESLint's `LintResult` so ESLint-minded
 * tools and people read it without a manual.
 */
import type {Perspective} from '@counterside/core'

/**
 * A direct replacement, as ESLint's (`desc`, `fix` with file offsets), plus
 * what it replaces (`scope`) and where, as a message's location.
 */
export interface LintSuggestion {
  readonly desc: string
  /** File offsets, 0-based, end exclusive, and the text to put there. */
  readonly fix: {readonly range: readonly [number, number]; readonly text: string}
  /** `match`: the finding's own words; `sentence`: the whole sentence the finding is in. */
  readonly scope: 'match' | 'sentence'
  /** Where `fix.range` is: 1-based, UTF-16 columns, the end just past it (like the message's). */
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  /** UTF-8 byte columns, as the message's `byteColumn`; not part of the JSON output. */
  readonly byteColumn?: number
  readonly endByteColumn?: number
}

export interface LintMessage {
  /** `null` for problems that are not a rule's (a bad file, a directive). */
  readonly ruleId: string | null
  /** 1 warning, 2 error, as ESLint. */
  readonly severity: 1 | 2
  readonly message: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly suggestions: readonly LintSuggestion[]
  /** Set on messages that stopped the file from being linted. */
  readonly fatal?: true
  /** Catalog message key the finding is in. */
  readonly key?: string
  /** The flagged words as written. */
  readonly actual?: string
  readonly url?: string
  /** How sure the rule is (0–1), for front ends that show it (the playground). Not part of the JSON output. */
  readonly confidence?: number
  /** File offsets, 0-based, end exclusive. */
  readonly offset?: number
  readonly endOffset?: number
  /**
   * `column` and `endColumn` counted in UTF-8 bytes (1-based), for formats
   * that want bytes (rdjson). Set only when they differ from the UTF-16
   * columns, i.e. when non-ASCII text comes earlier on the line; absent means
   * equal. Not part of the JSON output.
   */
  readonly byteColumn?: number
  readonly endByteColumn?: number
  readonly suppressions?: ReadonlyArray<{readonly kind: 'directive'; readonly justification: string}>
}

export interface FileReport {
  /** Absolute path, or the `--stdin-filename`. */
  readonly filePath: string
  readonly messages: readonly LintMessage[]
  readonly suppressedMessages: readonly LintMessage[]
  readonly errorCount: number
  readonly warningCount: number
  readonly fatalErrorCount: number
  readonly fixableErrorCount: 0
  readonly fixableWarningCount: 0
  /** `--fix-suggestions` on standard input: the fixed text (ESLint's `output`, as with `--fix-dry-run`). */
  readonly output?: string
  /** Whose side the file's copy is on (docs/perspective.md); absent when the file was not linted. */
  readonly perspective?: Perspective
}

export function fileReport(filePath: string, messages: readonly LintMessage[], suppressedMessages: readonly LintMessage[] = [], perspective?: Perspective): FileReport {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  return {
    filePath,
    messages: sorted,
    suppressedMessages,
    errorCount: sorted.filter((message) => message.severity === 2).length,
    warningCount: sorted.filter((message) => message.severity === 1).length,
    fatalErrorCount: sorted.filter((message) => message.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...(perspective ? {perspective} : {})
  }
}

/** Enough shape that a reporter cannot crash on a perspective read back from a file (a cache, a shard's report). */
export function isPerspective(value: unknown): value is Perspective {
  if (!value || typeof value !== 'object') return false
  const {score, customer, seller, neutral, sentences} = value as Record<string, unknown>
  return (score === null || (typeof score === 'number' && score >= 0 && score <= 100)) && [customer, seller, neutral, sentences].every((count) => Number.isInteger(count))
}

/** The same file's report with fewer messages (a filter: --diff, --quiet, a baseline), keeping its perspective. */
export function withMessages(report: FileReport, messages: readonly LintMessage[]): FileReport {
  return fileReport(report.filePath, messages, report.suppressedMessages, report.perspective)
}
