/**
 * Checkstyle XML, as ESLint's checkstyle formatter writes it (Jenkins
 * warnings-ng, reviewdog `-f=checkstyle`, GitLab and most CI systems read
 * it): a `<file>` per file linted, an `<error>` per finding with the rule as
 * `source`. Paths are relative to the working directory, as in the other
 * CI formats.
 */
import {xmlText} from './xml-text.js'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const checkstyle: Reporter = (reports, context) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n'
  for (const report of reports) {
    output += `  <file name="${xmlText(displayPath(report.filePath, context.cwd))}">\n`
    for (const message of report.messages) {
      const text = `${message.message}${message.key ? ` (key: ${message.key})` : ''}${message.ruleId ? ` (${message.ruleId})` : ''}`
      const attributes = [
        `line="${message.line}"`,
        `column="${message.column}"`,
        `severity="${message.fatal || message.severity === 2 ? 'error' : 'warning'}"`,
        `message="${xmlText(text)}"`,
        `source="${xmlText(message.ruleId ? `counterside.rules.${message.ruleId}` : 'counterside')}"`
      ]
      output += `    <error ${attributes.join(' ')}/>\n`
    }

    output += '  </file>\n'
  }

  return `${output}</checkstyle>\n`
}
