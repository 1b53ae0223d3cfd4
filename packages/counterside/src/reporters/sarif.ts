/**
 * SARIF 2.1.0 for code scanning: the driver lists every rule of the
 * registry with its doc link; findings are results, suppressed findings are
 * results with an in-source suppression and its reason, and problems that
 * are not a rule's (unreadable files, unused directives, untranslated
 * catalogs) are tool notifications.
 */
import {rules} from '@counterside/core'
import type {LintMessage, LintSuggestion} from '../messages.js'
import {jsonText} from './json-text.js'
import type {Reporter} from './reporter.js'
import {displayPath} from './reporter.js'

export const sarif: Reporter = (reports, context) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id as string, index]))
  const location = (file: string, message: LintMessage) => ({physicalLocation: {artifactLocation: artifact(file), region: region(message)}})
  const results: unknown[] = []
  const notifications: unknown[] = []
  for (const report of reports) {
    const file = displayPath(report.filePath, context.cwd)
    const result = (message: LintMessage, suppressed: boolean) => ({
      ruleId: message.ruleId,
      ruleIndex: ruleIndex.get(message.ruleId!),
      level: message.severity === 2 ? 'error' : 'warning',
      message: {text: message.message},
      locations: [location(file, message)],
      ...(message.suggestions.length > 0 ? {fixes: message.suggestions.map((suggestion) => fix(file, suggestion))} : {}),
      ...(message.key ? {properties: {key: message.key}} : {}),
      ...(suppressed ? {suppressions: (message.suppressions ?? []).map((suppression) => ({kind: 'inSource', justification: suppression.justification}))} : {})
    })
    for (const message of report.messages) {
      if (message.ruleId && ruleIndex.has(message.ruleId)) results.push(result(message, false))
      else notifications.push({level: message.severity === 2 ? 'error' : 'warning', message: {text: message.message}, locations: [location(file, message)]})
    }

    for (const message of report.suppressedMessages) results.push(result(message, true))
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'counterside',
          version: context.version,
          informationUri: 'https://github.com/counterside/counterside',
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: {text: rule.description},
            helpUri: rule.url,
            defaultConfiguration: {level: rule.defaultSeverity === 'error' ? 'error' : 'warning'}
          }))
        }
      },
      originalUriBaseIds: {'%SRCROOT%': {uri: pathToUri(context.cwd)}},
      invocations: [{
        executionSuccessful: !reports.some((report) => report.fatalErrorCount > 0),
        toolExecutionNotifications: notifications
      }],
      results
    }]
  }
  return `${jsonText(log, 2)}\n`
}

function artifact(file: string) {
  return {uri: encodeURI(file), uriBaseId: '%SRCROOT%'}
}

/** 1-based lines, UTF-16 columns (SARIF's default `columnKind`), the end column just past the range. */
function region(located: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return {startLine: located.line, startColumn: located.column, endLine: located.endLine, endColumn: located.endColumn}
}

/** A suggestion as a SARIF fix: one replacement of its own region in the result's file. */
function fix(file: string, suggestion: LintSuggestion) {
  return {
    description: {text: suggestion.desc},
    artifactChanges: [{artifactLocation: artifact(file), replacements: [{deletedRegion: region(suggestion), insertedContent: {text: suggestion.fix.text}}]}]
  }
}

function pathToUri(directory: string): string {
  const posix = directory.split('\\').join('/')
  return `file://${posix.startsWith('/') ? '' : '/'}${encodeURI(posix)}${posix.endsWith('/') ? '' : '/'}`
}
