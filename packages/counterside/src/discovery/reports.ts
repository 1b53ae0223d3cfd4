/** Discovery's findings as reports, so they reach every output format and the exit code. */
import type {Discovery} from '../discover.js'
import {InputError} from '../input-error.js'
import {fatalReport} from '../lint-file.js'
import {fileReport, type FileReport, type LintMessage} from '../messages.js'

export function discoveryReports(discovery: Discovery): FileReport[] {
  return [
    ...discovery.problems.map((problem) => (problem.severity === 2 ? fatalReport(problem.path, new InputError(problem.message, {}, problem.fix ?? 'check the path')) : fileReport(problem.path, [warning(problem.message)]))),
    ...discovery.ignored.map(({path, isFolder, by}) => fileReport(path, [warning(`${isFolder ? 'Folder' : 'File'} ignored by ${by}; use --no-ignore to lint it`)]))
  ]
}

function warning(message: string): LintMessage {
  return {ruleId: null, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}
}
