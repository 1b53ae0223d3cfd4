/** A sentence rewrite's range is its own, not its finding's: SARIF, rdjson and JSON say where it is. */
import {describe, expect, it} from 'vitest'
import {fileReport, type LintMessage} from '../src/messages.js'
import {reporters} from '../src/reporters/index.js'

// “Invalid PIN” in “Invalid PIN. Sorry.” is rewritten as a whole sentence (line 2, columns 1–13).
const message: LintMessage = {
  ruleId: 'customer-blame',
  severity: 2,
  message: 'blames',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 12,
  suggestions: [{desc: 'Rewrite the sentence', fix: {range: [10, 22], text: 'Check the PIN and try again.'}, scope: 'sentence', line: 2, column: 1, endLine: 2, endColumn: 13, byteColumn: 1, endByteColumn: 14}],
  offset: 10,
  endOffset: 21
}
const reports = [fileReport('/work/a.txt', [message])]
const context = {cwd: '/work', color: false, version: '0.0.0', baselineMatched: 0}

describe('a sentence-scope suggestion in the reports', () => {
  it('SARIF replaces the sentence\'s region', async () => {
    const log = JSON.parse(await reporters.sarif!(reports, context)) as {runs: Array<{results: Array<{fixes: Array<{artifactChanges: Array<{replacements: unknown}>}>}>}>}
    expect(log.runs[0]!.results[0]!.fixes[0]!.artifactChanges[0]!.replacements).toEqual([{deletedRegion: {startLine: 2, startColumn: 1, endLine: 2, endColumn: 13}, insertedContent: {text: 'Check the PIN and try again.'}}])
  })

  it('rdjson uses the suggestion\'s byte columns', async () => {
    const report = JSON.parse(await reporters.rdjson!(reports, context)) as {diagnostics: Array<{location: {range: unknown}; suggestions: Array<{range: unknown}>}>}
    expect(report.diagnostics[0]!.location.range).toEqual({start: {line: 2, column: 1}, end: {line: 2, column: 12}})
    expect(report.diagnostics[0]!.suggestions[0]!.range).toEqual({start: {line: 2, column: 1}, end: {line: 2, column: 14}})
  })

  it('JSON keeps the scope and range and drops the byte columns', async () => {
    const [result] = JSON.parse(await reporters.json!(reports, context)) as Array<{messages: Array<{suggestions: unknown}>}>
    expect(result!.messages[0]!.suggestions).toEqual([{desc: 'Rewrite the sentence', fix: {range: [10, 22], text: 'Check the PIN and try again.'}, scope: 'sentence', line: 2, column: 1, endLine: 2, endColumn: 13}])
  })
})
