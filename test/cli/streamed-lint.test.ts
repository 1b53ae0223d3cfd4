/**
 * The CLI lints a long Markdown page part by part (extraction and linting
 * streamed, so memory stays bounded: docs/benchmarks.md "Memory"), and a
 * JSON catalog's units are made as they are linted. The report must be the
 * one linting the whole page at once gives: same findings, places, order,
 * suppressions, unused directives and perspective.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {formatOf, lintExtraction} from '../../packages/counterside/src/extract.js'
import {fileReport, type LintMessage} from '../../packages/counterside/src/messages.js'
import {streamingPage} from '../../packages/counterside/test/streaming-page.js'
import {byFile, runJson, type JsonMessage} from './run-cli.js'

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-streamed-'))
afterAll(() => fs.rmSync(directory, {recursive: true, force: true}))

const place = (message: JsonMessage | LintMessage) => `${message.ruleId ?? '-'}@${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity} ${message.message}`

/** What linting each file whole gives, in the report's order. */
function lintedWhole(fileName: string, text: string) {
  const format = formatOf(fileName)!
  const config = {}
  const {messages, suppressed, perspective} = lintExtraction(text, format.extract(text, fileName), format, {configFor: () => config, userSaysEnglish: false, failsOnUnchecked: () => false, reportUnusedDirectives: 2})
  return fileReport(fileName, messages, suppressed, perspective)
}

describe('a long page and a catalog, streamed', () => {
  // About 50 KB: three parts at the CLI's part length (16 KB), a directive range over most of them.
  const page = streamingPage(70)
  const catalog = JSON.stringify(Object.fromEntries(Array.from({length: 200}, (_, index) => [`m.${index}`, index % 2 === 0 ? 'Upsell the warranty.' : '{n, plural, one {Please wait for manager approval.} other {Thanks, # orders are on their way.}}'])), null, 2)
  fs.writeFileSync(path.join(directory, 'page.md'), page)
  fs.writeFileSync(path.join(directory, 'messages.json'), catalog)
  const {code, results} = runJson(['page.md', 'messages.json', '--report-unused-directives', 'error'], {cwd: directory})

  it('reports what linting each file whole reports', () => {
    expect(code).toBe(1)
    for (const [fileName, text] of [['page.md', page], ['messages.json', catalog]] as const) {
      const whole = lintedWhole(fileName, text)
      const result = byFile(results, fileName)! as (typeof results)[number] & {perspective?: unknown}
      expect(result.messages.map(place), fileName).toEqual(whole.messages.map(place))
      expect(result.suppressedMessages.map(place), fileName).toEqual(whole.suppressedMessages.map(place))
      expect(result.perspective, fileName).toEqual(whole.perspective)
    }
  })

  it('keeps directives working across parts: a range over most of the page, next-line ones, unused ones', () => {
    const result = byFile(results, 'page.md')!
    const suppressedJargon = result.suppressedMessages.filter((message) => message.ruleId === 'sales-jargon')
    expect(suppressedJargon.length).toBeGreaterThan(200)
    // Suppressed from the third section's directive to the last but five, far beyond the first part.
    expect(Math.max(...suppressedJargon.map((message) => message.line))).toBeGreaterThan(page.slice(0, 32 * 1024).split('\n').length)
    expect(result.messages.filter((message) => message.ruleId === 'sales-jargon').length).toBeGreaterThan(10)
    expect(result.messages.some((message) => message.ruleId === null && /unused/i.test(message.message))).toBe(true)
  })
})
