/**
 * reviewdog's Diagnostic JSON (rdjson), for `reviewdog -f=rdjson`. Its
 * columns are 1-based UTF-8 byte counts, not UTF-16 units as in the other
 * formats: lint-file puts byte columns on messages where the two differ.
 */
import type {LintMessage} from '../messages.js'
import {jsonText} from './json-text.js'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const rdjson: Reporter = (reports, context) => {
  const diagnostics = reports.flatMap((report) => report.messages.map((message) => {
    return {
      message: message.message + (message.key ? ` (key: ${message.key})` : ''),
      location: {path: displayPath(report.filePath, context.cwd), range: rangeOf(message)},
      severity: message.severity === 2 ? 'ERROR' : 'WARNING',
      ...(message.ruleId ? {code: {value: message.ruleId, ...(message.url ? {url: message.url} : {})}} : {}),
      ...(message.suggestions.length > 0 ? {suggestions: message.suggestions.map((suggestion) => ({range: rangeOf(suggestion), text: suggestion.fix.text}))} : {})
    }
  }))
  return `${jsonText({source: {name: 'counterside', url: 'https://github.com/counterside/counterside'}, diagnostics})}\n`
}

/** An rdjson range: 1-based lines, UTF-8 byte columns. */
function rangeOf(located: Located) {
  return {
    start: {line: located.line, column: located.byteColumn ?? located.column},
    end: {line: located.endLine, column: located.endByteColumn ?? located.endColumn}
  }
}

type Located = Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'byteColumn' | 'endByteColumn'>
