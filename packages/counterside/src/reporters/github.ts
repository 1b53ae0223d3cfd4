/** GitHub Actions workflow commands: one annotation per finding on the pull request diff. */
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'
import {printableButLineBreaks} from '../printable.js'

export const github: Reporter = (reports, context) => {
  let output = ''
  for (const report of reports) {
    const file = displayPath(report.filePath, context.cwd)
    for (const message of report.messages) {
      const command = message.severity === 2 ? 'error' : 'warning'
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${message.line}`,
        `endLine=${message.endLine}`,
        `col=${message.column}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(`counterside${message.ruleId ? ` (${message.ruleId})` : ''}`)}`
      ]
      const text = message.message + (message.key ? ` (key: ${message.key})` : '')
      output += `::${command} ${properties.join(',')}::${escapeData(text)}\n`
    }
  }

  return output
}

/**
 * GitHub's workflow-command escaping (`%`, CR, LF; and `:` `,` in
 * properties) so the text stays inside its command; other control
 * characters are shown as escapes, so copy cannot colour the log (it
 * renders ANSI) or hide text.
 */
function escapeData(text: string): string {
  return printableButLineBreaks(text).replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
