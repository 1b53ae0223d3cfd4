/** GitHub Actions workflow commands: one annotation per finding on the pull request diff. */
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

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

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
