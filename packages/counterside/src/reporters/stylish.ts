/** Human output in ESLint's stylish layout: grouped by file, a summary line, colour on a TTY. */
import pc from 'picocolors'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'
import {printable} from '../printable.js'

export const stylish: Reporter = (reports, context) => {
  const colors = pc.createColors(context.color)
  let output = ''
  let errors = 0
  let warnings = 0
  let suppressed = 0
  for (const report of reports) {
    suppressed += report.suppressedMessages.length
    if (report.messages.length === 0) continue
    errors += report.errorCount
    warnings += report.warningCount
    output += `\n${colors.underline(fileLine(displayPath(report.filePath, context.cwd)))}\n`
    const placeWidth = Math.max(...report.messages.map((message) => `${message.line}:${message.column}`.length))
    for (const message of report.messages) {
      const place = `${message.line}:${message.column}`.padEnd(placeWidth)
      const severity = message.severity === 2 ? colors.red('error  ') : colors.yellow('warning')
      const key = message.key ? colors.dim(` (key: ${printable(message.key)})`) : ''
      output += `  ${colors.dim(place)}  ${severity}  ${printable(message.message)}${key}  ${colors.dim(printable(message.ruleId ?? ''))}\n`
    }
  }

  const notes = [
    context.baselineMatched > 0 ? `${context.baselineMatched} matched the baseline` : '',
    suppressed > 0 ? `${suppressed} suppressed by directives` : ''
  ].filter(Boolean)
  const total = errors + warnings
  if (total === 0) return notes.length > 0 ? `No new problems (${notes.join(', ')}).\n` : ''
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})${notes.length > 0 ? `; ${notes.join(', ')}` : ''}`
  return `${output}\n${(errors > 0 ? colors.red : colors.yellow)(colors.bold(summary))}\n`
}

/**
 * The file's line: its name shown, not executed, and never a line a CI
 * runner reads as a workflow command. A file named `::error::….md` is shown
 * as `./::error::….md` (runners trim leading white space before looking for `::`).
 */
function fileLine(file: string): string {
  const shown = printable(file)
  return shown.trimStart().startsWith('::') ? `./${shown}` : shown
}
