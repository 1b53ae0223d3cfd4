/**
 * Catalog placeholders are values, read by core (`placeholders: 'values'`),
 * so suggestions keep them: in JSON `suggestions`, SARIF `fixes` and rdjson
 * `suggestions`, a suggestion applied to the file holds every placeholder
 * of its message as written, never dropped, split or replaced by filler,
 * and the findings stay on the same lines and columns.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brief, runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-catalog-placeholders-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))
writeFileSync(path.join(temporary, 'package.json'), '{}\n')
const messages: Record<string, string> = {
  save: '{count} items could not be saved',
  load: 'Failed to load %s',
  greet: 'Hi {{name}}, unable to process your request.',
  upload: '{n, plural, one {# file could not be uploaded} other {# files could not be uploaded}}'
}
const catalog = `${JSON.stringify(messages, null, 2)}\n`
writeFileSync(path.join(temporary, 'en.json'), catalog)
const placeholders = /\{\{\w+\}\}|\{\w+\}|%s|#/g

/** Each message's placeholders, in order: what every suggestion, applied, must leave exactly as it was. */
const placeholdersOf = (text: string): string[] => [...text.matchAll(placeholders)].map((match) => match[0])

describe('suggestions on catalog messages keep their placeholders', () => {
  const {code, results} = runJson(['en.json'], {cwd: temporary})
  const report = results[0]!

  it('finds the same dead ends, on the same lines and columns', () => {
    expect(code).toBe(1)
    expect(brief(report)).toEqual([
      'dead-end-error@2:26-2:44 save',
      'dead-end-error@3:12-3:18 load',
      'dead-end-error@4:26-4:35 greet',
      'dead-end-error@5:38-5:59 upload',
      'dead-end-error@5:76-5:97 upload'
    ])
  })

  it('JSON: every suggestion applied to the file keeps each placeholder of its message', () => {
    const suggestions = report.messages.flatMap((message) => message.suggestions.map((suggestion) => ({key: message.key!, suggestion})))
    expect(suggestions.length).toBeGreaterThanOrEqual(4)
    for (const {key, suggestion} of suggestions) {
      const [from, to] = suggestion.fix.range
      const fixed = JSON.parse(catalog.slice(0, from) + suggestion.fix.text + catalog.slice(to)) as Record<string, string>
      expect(placeholdersOf(fixed[key]!), `${key}: ${suggestion.fix.text}`).toEqual(placeholdersOf(messages[key]!))
    }
  })

  it('JSON: a placeholder inside the range is in the text as written, and in the message’s quote', () => {
    const load = report.messages.find((message) => message.key === 'load')!
    expect(load.suggestions.map((suggestion) => suggestion.fix.text)).toEqual(['Failed to load %s. Please try again.'])
    expect(load.message).toContain('“Failed to load %s. Please try again.”')
    const greet = report.messages.find((message) => message.key === 'greet')!
    expect(greet.suggestions[0]?.fix.text).toMatch(/^Hi \{\{name\}\}, /)
    // A placeholder opening the sentence stays where it is, outside the range.
    const save = report.messages.find((message) => message.key === 'save')!
    const [from] = save.suggestions[0]!.fix.range
    expect(catalog.slice(catalog.indexOf('{count}'), from)).toBe('{count} ')
    // A plural's `#` is the count, not filler: no suggestion writes a number in its place.
    for (const message of report.messages.filter((item) => item.key === 'upload')) {
      for (const suggestion of message.suggestions) expect(suggestion.fix.text).not.toMatch(/\d/)
    }
  })

  it('SARIF fixes and rdjson suggestions carry the same texts', () => {
    const texts = report.messages.flatMap((message) => message.suggestions.map((suggestion) => suggestion.fix.text))
    const sarif = JSON.parse(runCli(['en.json', '--format', 'sarif'], {cwd: temporary}).stdout) as {runs: Array<{results: Array<{fixes?: Array<{artifactChanges: Array<{replacements: Array<{insertedContent: {text: string}}>}>}>}>}>}
    expect(sarif.runs[0]!.results.flatMap((result) => (result.fixes ?? []).map((fix) => fix.artifactChanges[0]!.replacements[0]!.insertedContent.text))).toEqual(texts)
    const rdjson = JSON.parse(runCli(['en.json', '--format', 'rdjson'], {cwd: temporary}).stdout) as {diagnostics: Array<{suggestions?: Array<{text: string}>}>}
    expect(rdjson.diagnostics.flatMap((diagnostic) => (diagnostic.suggestions ?? []).map((suggestion) => suggestion.text))).toEqual(texts)
    expect(texts.some((text) => text.includes('%s'))).toBe(true)
    expect(texts.some((text) => text.includes('{{name}}'))).toBe(true)
  })
})
