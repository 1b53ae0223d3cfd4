/**
 * One suggestion model in every output: JSON `suggestions` (ESLint's `desc`
 * and `fix`, plus `scope` and the suggestion's own location), SARIF `fixes`,
 * rdjson `suggestions` with the suggestion's own range (UTF-8 byte
 * columns), and the cache keeps them all.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-suggestion-formats-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))
writeFileSync(path.join(temporary, 'package.json'), '{}\n')
// The escape before the marks makes file offsets differ from the message's: the range must come through the unit.
const catalog = '{\n  "thanks": "Caf\\u00e9 says thank you!!!"\n}\n'
writeFileSync(path.join(temporary, 'en.json'), catalog)
writeFileSync(path.join(temporary, 'note.txt'), 'Ça va. Thank you!!!\n')

describe('suggestions in the reports', () => {
  it('JSON: desc, the file range and text as ESLint\'s fix, the scope and the location', () => {
    const {results} = runJson(['en.json'], {cwd: temporary})
    const [message] = results[0]!.messages
    // Stacked marks are rewritten as their sentence with one mark: the range starts at the escape, the text is the copy as read.
    const start = catalog.indexOf('Caf')
    expect(message!.suggestions).toEqual([
      {desc: 'Rewrite the sentence as “Café says thank you!”', fix: {range: [start, catalog.indexOf('"\n}')], text: 'Café says thank you!'}, scope: 'sentence', line: 2, column: 14, endLine: 2, endColumn: 41}
    ])
    // Internal byte columns stay out of JSON.
    expect(JSON.stringify(results)).not.toMatch(/byteColumn/)
  })

  it('SARIF: each suggestion is a fix replacing its region with its text', () => {
    const log = JSON.parse(runCli(['en.json', '--format', 'sarif'], {cwd: temporary}).stdout) as {runs: Array<{results: Array<{fixes?: unknown}>}>}
    expect(log.runs[0]!.results[0]!.fixes).toEqual([{
      description: {text: 'Rewrite the sentence as “Café says thank you!”'},
      artifactChanges: [{
        artifactLocation: {uri: 'en.json', uriBaseId: '%SRCROOT%'},
        replacements: [{deletedRegion: {startLine: 2, startColumn: 14, endLine: 2, endColumn: 41}, insertedContent: {text: 'Café says thank you!'}}]
      }]
    }])
  })

  it('rdjson: the suggestion\'s range in UTF-8 byte columns', () => {
    const report = JSON.parse(runCli(['note.txt', '--format', 'rdjson'], {cwd: temporary}).stdout) as {diagnostics: Array<{suggestions?: unknown}>}
    // “Ç” is two bytes: the sentence starts at UTF-16 column 8, byte column 9.
    expect(report.diagnostics[0]!.suggestions).toEqual([{range: {start: {line: 1, column: 9}, end: {line: 1, column: 21}}, text: 'Thank you!'}])
  })

  it('the cache gives back the same suggestions, byte columns included', () => {
    const fresh = runJson(['en.json', 'note.txt', '--cache'], {cwd: temporary})
    const cached = runJson(['en.json', 'note.txt', '--cache'], {cwd: temporary})
    expect(cached.results).toEqual(fresh.results)
    expect(cached.results.flatMap((result) => result.messages.flatMap((message) => message.suggestions.map((suggestion) => suggestion.scope)))).toEqual(['sentence', 'sentence'])
    const report = JSON.parse(runCli(['note.txt', '--cache', '--format', 'rdjson'], {cwd: temporary}).stdout) as {diagnostics: Array<{suggestions?: unknown}>}
    expect(report.diagnostics[0]!.suggestions).toEqual([{range: {start: {line: 1, column: 9}, end: {line: 1, column: 21}}, text: 'Thank you!'}])
  })
})
