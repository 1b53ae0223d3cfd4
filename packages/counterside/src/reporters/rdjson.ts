/**
 * reviewdog's Diagnostic JSON (rdjson), for `reviewdog -f=rdjson`. Its
 * columns are 1-based UTF-8 byte counts, not UTF-16 units as in the other
 * formats: lint-file puts byte columns on messages where the two differ.
 */
import {jsonText} from './json-text.js'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const rdjson: Reporter = (reports, context) => {
  const diagnostics = reports.flatMap((report) => report.messages.map((message) => {
    const range = {
      start: {line: message.line, column: message.byteColumn ?? message.column},
      end: {line: message.endLine, column: message.endByteColumn ?? message.endColumn}
    }
    // Only suggestions over the message's own words have byte columns here; a sentence rewrite's range has none yet.
    const own = message.suggestions.filter((suggestion) => suggestion.fix.range[0] === message.offset && suggestion.fix.range[1] === message.endOffset)
    return {
      message: message.message + (message.key ? ` (key: ${message.key})` : ''),
      location: {path: displayPath(report.filePath, context.cwd), range},
      severity: message.severity === 2 ? 'ERROR' : 'WARNING',
      ...(message.ruleId ? {code: {value: message.ruleId, ...(message.url ? {url: message.url} : {})}} : {}),
      ...(own.length > 0 ? {suggestions: own.map((suggestion) => ({range, text: suggestion.fix.text}))} : {})
    }
  }))
  return `${jsonText({source: {name: 'counterside', url: 'https://github.com/counterside/counterside'}, diagnostics})}\n`
}
