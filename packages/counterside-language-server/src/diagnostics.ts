/** Report messages as LSP diagnostics: 0-based lines, UTF-16 columns (the CLI's columns are UTF-16 already, 1-based). */
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {LintMessage} from 'counterside'

export const diagnosticSource = 'counterside'

/** What a code action or hover needs of the finding behind a diagnostic. */
export interface FindingData {
  readonly suggestions: ReadonlyArray<{readonly desc: string; readonly text: string}>
  readonly key?: string
}

export function rangeOf(message: LintMessage): Range {
  const start = {line: Math.max(0, message.line - 1), character: Math.max(0, message.column - 1)}
  const end = {line: Math.max(0, message.endLine - 1), character: Math.max(0, message.endColumn - 1)}
  return {start, end}
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  const data: FindingData = {
    suggestions: message.suggestions.map((suggestion) => ({desc: suggestion.desc, text: suggestion.fix.text})),
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
