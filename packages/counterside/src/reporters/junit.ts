/**
 * JUnit XML, shaped like ESLint's junit formatter (GitLab, Jenkins, Azure
 * and CircleCI show it as test results): a `<testsuite>` per file, a failing
 * `<testcase>` per finding (`<error>` for a file that could not be read), and
 * one passing case for a clean file. Unlike ESLint's, every name is escaped
 * and the text is an escaped element rather than CDATA, which `]]>` in copy
 * would end; suites count `failures` and `errors` apart.
 */
import path from 'node:path'
import type {LintMessage} from '../messages.js'
import {xmlText} from './xml-text.js'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const junit: Reporter = (reports, context) => {
  let suites = ''
  let tests = 0
  let failures = 0
  let errors = 0
  for (const report of reports) {
    const file = displayPath(report.filePath, context.cwd)
    const classname = xmlText(file.slice(0, file.length - path.extname(file).length))
    const fatal = report.messages.filter((message) => message.fatal).length
    const failed = report.messages.length - fatal
    const cases = report.messages.length === 0
      ? [`    <testcase time="0" name="${xmlText(file)}" classname="${classname}"/>\n`]
      : report.messages.map((message) => testcase(message, classname))
    tests += cases.length
    failures += failed
    errors += fatal
    suites += `  <testsuite package="counterside" time="0" tests="${cases.length}" failures="${failed}" errors="${fatal}" name="${xmlText(file)}">\n${cases.join('')}  </testsuite>\n`
  }

  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="counterside" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites}</testsuites>\n`
}

function testcase(message: LintMessage, classname: string): string {
  const element = message.fatal ? 'error' : 'failure'
  const severity = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
  const text = `${message.message}${message.key ? ` (key: ${message.key})` : ''}`
  const details = `line ${message.line}, col ${message.column}, ${severity} - ${text}${message.ruleId ? ` (${message.ruleId})` : ''}`
  return `    <testcase time="0" name="${xmlText(`counterside.${message.ruleId ?? 'unknown'}`)}" classname="${classname}"><${element} message="${xmlText(text)}" type="${severity}">${xmlText(details)}</${element}></testcase>\n`
}
