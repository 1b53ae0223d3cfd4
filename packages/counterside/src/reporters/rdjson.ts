/** reviewdog's Diagnostic JSON (rdjson), for `reviewdog -f=rdjson`. */
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const rdjson: Reporter = (reports, context) => {
  const diagnostics = reports.flatMap((report) => report.messages.map((message) => {
    const range = {start: {line: message.line, column: message.column}, end: {line: message.endLine, column: message.endColumn}}
    return {
      message: message.message + (message.key ? ` (key: ${message.key})` : ''),
      location: {path: displayPath(report.filePath, context.cwd), range},
      severity: message.severity === 2 ? 'ERROR' : 'WARNING',
      ...(message.ruleId ? {code: {value: message.ruleId, ...(message.url ? {url: message.url} : {})}} : {}),
      ...(message.suggestions.length > 0 ? {suggestions: message.suggestions.map((suggestion) => ({range, text: suggestion.fix.text}))} : {})
    }
  }))
  return `${JSON.stringify({source: {name: 'counterside', url: 'https://github.com/counterside/counterside'}, diagnostics})}\n`
}
