/** Report messages as LSP diagnostics: 0-based lines, UTF-16 columns (the CLI's columns are UTF-16 already, 1-based). */
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {LintMessage} from 'counterside'

export const diagnosticSource = 'counterside'

/** What a code action or hover needs of the finding behind a diagnostic. */
export interface FindingData {
  /** Each with its own range: a sentence rewrite replaces more than the diagnostic's words. */
  readonly suggestions: ReadonlyArray<{readonly desc: string; readonly text: string; readonly range: Range}>
  readonly key?: string
}

/** A message's or a suggestion's location as an LSP range. */
export function rangeOf(located: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const start = {line: Math.max(0, located.line - 1), character: Math.max(0, located.column - 1)}
  const end = {line: Math.max(0, located.endLine - 1), character: Math.max(0, located.endColumn - 1)}
  return {start, end}
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  const data: FindingData = {
    suggestions: message.suggestions.map((suggestion) => ({desc: suggestion.desc, text: suggestion.fix.text, range: rangeOf(suggestion)})),
    ...(message.key === undefined ? {} : {key: message.key})
  }
  return {
    range: rangeOf(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: diagnosticSource,
    // A catalog finding names its key: the editor shows the message line, the key says which message.
    message: message.key === undefined ? message.message : `${message.message} (key: ${message.key})`,
    ...(message.ruleId === null ? {} : {code: message.ruleId}),
    ...(message.url === undefined ? {} : {codeDescription: {href: message.url}}),
    data
  }
}

/** A config that cannot be read stops the file from being linted; say so on its first line rather than show nothing. */
export function configErrorDiagnostic(message: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: diagnosticSource,
    message: `counterside could not load its config, so this file was not checked: ${message}`
  }
}
