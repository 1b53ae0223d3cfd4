import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, type JsonResult} from './run-cli.js'

// A path outside the working folder used to crash in globby (“Path … is not
// in cwd”) with a stack trace instead of being linted.
const outside = mkdtempSync(path.join(tmpdir(), 'counterside-outside-'))
mkdirSync(path.join(outside, 'help'))
writeFileSync(path.join(outside, 'help', 'returns.md'), '# Returns\n\nPlease wait for manager approval.\n')
writeFileSync(path.join(outside, 'help', '.countersideignore'), 'drafts.md\n')
writeFileSync(path.join(outside, 'help', 'drafts.md'), 'Upsell: warranty\n')
afterAll(() => rmSync(outside, {recursive: true, force: true}))

describe('paths outside the working folder', () => {
  it.each([
    ['a file', path.join(outside, 'help', 'returns.md')],
    ['a folder', path.join(outside, 'help')]
  ])('lints %s there, with its own ignore files', (_name, target) => {
    const result = runCli(['--format', 'json', target])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const reports = JSON.parse(result.stdout) as JsonResult[]
    expect(reports.map((report) => [path.basename(report.filePath), report.messages.map((message) => [message.ruleId, message.line, message.column])])).toEqual([
      ['returns.md', [['permission-gate', 3, 8]]]
    ])
  })
})
