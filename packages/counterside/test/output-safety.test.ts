/** Every reporter and stderr show control characters as escapes; JSON stays valid and exact; XML stays well-formed. */
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'
import {useColor} from '../src/color.js'
import {main} from '../src/cli.js'
import {fileReport} from '../src/messages.js'
import {diagnostic, printable} from '../src/printable.js'
import {reporters} from '../src/reporters/index.js'
import type {CliIo} from '../src/run.js'

const {SaxesParser} = createRequire(import.meta.url)('saxes') as typeof import('saxes')
const nasty = 'x\n::error file=a::b\r\u001b[2J\u0007\u009b31m\u2028\u007f\t]]>&<"\'\ud800'
// File names come decoded with replacement characters, so they hold no lone surrogate; keys and copy can.
const reports = [fileReport(`/work/${nasty.slice(0, -1)}.md`, [
  {ruleId: 'sales-jargon', severity: 2, message: `“${nasty}” is jargon`, line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [], key: nasty},
  {ruleId: null, severity: 2, fatal: true, message: `malformed: ${nasty}`, line: 2, column: 1, endLine: 2, endColumn: 1, suggestions: []}
])]
const context = {cwd: '/work', color: false, version: '0.0.0', baselineMatched: 0}
// Control characters other than the line feeds between lines.
const raw = /(?!\n)[\p{Cc}\u2028\u2029]/u

describe('printable', () => {
  it('shows C0, DEL, C1 and line separators as escapes and leaves other text alone', () => {
    expect(printable('a\nb\r\tc\u001b[31m\u0000\u007f\u009b\u2028 “é” 🎉')).toBe('a\\nb\\r\\tc\\x1b[31m\\x00\\x7f\\x9b\\u2028 “é” 🎉')
  })

  it('starts every stderr line with the program name, so none can be a workflow command', () => {
    expect(diagnostic('bad\n::error::x\u001b')).toBe('counterside: bad\ncounterside: ::error::x\\x1b\n')
  })
})

describe('reporters', () => {
  it.each(['stylish', 'github', 'checkstyle', 'junit', 'json', 'sarif', 'rdjson'])('%s prints no raw control character', async (name) => {
    const output = await reporters[name]!(reports, context)
    expect(output.trimEnd()).not.toMatch(raw)
  })

  it('github keeps one workflow command per finding', async () => {
    const lines = (await reporters.github!(reports, context)).trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).toMatch(/^::error file=[^:,\n]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:,\n]*::/)
  })

  it.each(['json', 'sarif', 'rdjson'])('%s is valid JSON that keeps the text exactly', async (name) => {
    const output = await reporters[name]!(reports, context)
    expect(JSON.stringify(JSON.parse(output))).toContain(JSON.stringify(nasty).slice(1, -1))
  })

  it.each(['checkstyle', 'junit'])('%s is well-formed XML 1.0 even with control characters, lone surrogates and ]]>', async (name) => {
    const errors: Error[] = []
    const parser = new SaxesParser()
    parser.on('error', (error) => errors.push(error))
    parser.write(await reporters[name]!(reports, context)).close()
    expect(errors).toEqual([])
  })
})

describe('colour', () => {
  const settings = {flag: undefined, toFile: false, stdoutIsTTY: false, env: {}}
  it('--color/--no-color win, then FORCE_COLOR, then NO_COLOR, then the terminal; files only with --color', () => {
    expect(useColor({...settings, stdoutIsTTY: true})).toBe(true)
    expect(useColor({...settings, stdoutIsTTY: true, env: {NO_COLOR: '1'}})).toBe(false)
    for (const force of ['1', '2', '3', 'true', '']) expect(useColor({...settings, env: {FORCE_COLOR: force, NO_COLOR: '1'}})).toBe(true)
    for (const force of ['0', 'false']) expect(useColor({...settings, stdoutIsTTY: true, env: {FORCE_COLOR: force}})).toBe(false)
    expect(useColor({...settings, flag: true, env: {FORCE_COLOR: '0'}})).toBe(true)
    expect(useColor({...settings, flag: false, env: {FORCE_COLOR: '1'}})).toBe(false)
    expect(useColor({...settings, toFile: true, stdoutIsTTY: true, env: {FORCE_COLOR: '1'}})).toBe(false)
    expect(useColor({...settings, toFile: true, flag: true})).toBe(true)
  })
})

describe('usage errors', () => {
  async function run(argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {cwd: process.cwd(), env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => new Uint8Array(), stdoutIsTTY: false, stderrIsTTY: false}
    const code = await main(argv, io)
    return {code, stdout, stderr}
  }

  it('--list-rules with a format other than stylish or json', async () => {
    for (const format of ['sarif', 'github', 'checkstyle', './x.js']) {
      expect(await run(['--list-rules', '-f', format])).toEqual({code: 2, stdout: '', stderr: `counterside: --list-rules prints text or JSON, not ${format}; use --format json, or leave --format out\n`})
    }

    expect((await run(['--list-rules', '-f', 'json'])).code).toBe(0)
  })

  it('--concurrency below 1, and an unknown format, before anything is linted', async () => {
    for (const value of ['0', '-2']) expect(await run(['--concurrency', value])).toMatchObject({code: 2, stdout: '', stderr: expect.stringContaining('expected a whole number of at least 1') as unknown as string})
    const unknown = await run(['--x\u001b[31m'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown option '--x\\x1b[31m'")
    expect(await run(['-f', 'xml'])).toMatchObject({code: 2, stderr: expect.stringContaining('Allowed choices are stylish, json, sarif, github, rdjson, checkstyle, junit, html, or a path to a formatter module') as unknown as string})
  })
})
