/**
 * The report model, shaped like ESLint's `LintResult` so ESLint-minded
 * tools and people read it without a manual.
 */
export interface LintSuggestion {
  readonly desc: string
  readonly fix: {readonly range: readonly [number, number]; readonly text: string}
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
}

export function fileReport(filePath: string, messages: readonly LintMessage[], suppressedMessages: readonly LintMessage[] = []): FileReport {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  return {
    filePath,
    messages: sorted,
    suppressedMessages,
    errorCount: sorted.filter((message) => message.severity === 2).length,
    warningCount: sorted.filter((message) => message.severity === 1).length,
    fatalErrorCount: sorted.filter((message) => message.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
}
