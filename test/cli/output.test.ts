/** Formatters, --output-file, exit codes, --max-warnings, --quiet, stdin. */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {rules} from '@counterside/core'
import {createRequire} from 'node:module'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson, repoRoot} from './run-cli.js'

// Ajv is a dev dependency of the CLI package, not of the repo root.
const requireFromCli = createRequire(path.join(repoRoot, 'packages/counterside/package.json'))
const Ajv = requireFromCli('ajv') as typeof import('ajv').default
const addFormats = requireFromCli('ajv-formats') as typeof import('ajv-formats').default
const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-output-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

describe('formatters', () => {
  it('stylish groups by file with a summary line', () => {
    const result = runCli(['formats/notice.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('\nformats/notice.txt\n  3:1  error    “Hurry” pressures the customer')
    expect(result.stdout).toContain('pressure-selling\n')
    expect(result.stdout).toContain('✖ 1 problem (1 error, 0 warnings)')
    expect(result.stdout).not.toContain('\u001b[')
  })

  it('stylish colours only when asked or on a TTY', () => {
    expect(runCli(['formats/notice.txt', '--color'], {env: {NO_COLOR: ''}}).stdout).toContain('\u001b[')
  })

  it('json has ESLint\'s shape, plus the perspective score', () => {
    const {results} = runJson(['formats/locales/en/checkout.json'])
    expect(Object.keys(results[0]!)).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'perspective'])
    expect(results[0]).toMatchObject({errorCount: 2, warningCount: 0})
    expect(results[0]!.filePath).toBe(path.join(repoRoot, 'test/fixtures/cli/formats/locales/en/checkout.json'))
    expect(results[0]!.messages[0]).toMatchObject({ruleId: 'permission-gate', severity: 2, line: 4, column: 25, endLine: 4, endColumn: 50, key: 'checkout.approval'})
  })

  it('sarif is valid SARIF 2.1.0 and lists every rule with helpUri', () => {
    const result = runCli(['formats', 'directives', 'bad', '--format', 'sarif'])
    expect(result.code).toBe(2)
    const log = JSON.parse(result.stdout) as {runs: Array<{tool: {driver: {rules: Array<{id: string; helpUri: string}>}}; results: Array<{ruleId: string; level: string; suppressions?: unknown[]; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: Record<string, number>}}>}>; invocations: Array<{toolExecutionNotifications: unknown[]}>}>}
    // The OASIS schema (draft-04) as shipped by @microsoft/jest-sarif; Ajv reads it as draft-07.
    const schemaPath = path.join(repoRoot, 'packages/counterside/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    const {$schema: _draft, id, ...schema} = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
    const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile({...schema, $id: id as string})
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const run = log.runs[0]!
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.helpUri])).toEqual(rules.map((rule) => [rule.id, rule.url]))
    const first = run.results.find((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri === 'formats/notice.txt')
    expect(first).toMatchObject({ruleId: 'pressure-selling', level: 'error'})
    expect(first!.locations[0]!.physicalLocation.region).toEqual({startLine: 3, startColumn: 1, endLine: 3, endColumn: 6})
    expect(run.results.filter((entry) => entry.suppressions).length).toBe(4)
    expect(run.invocations[0]!.toolExecutionNotifications.length).toBeGreaterThanOrEqual(8)
  })

  it('github prints workflow-command annotations', () => {
    const result = runCli(['formats/locales/en/checkout.json', '--format', 'github'])
    expect(result.stdout.split('\n')[0]).toMatch(/^::error file=formats\/locales\/en\/checkout.json,line=4,endLine=4,col=25,endColumn=50,title=counterside \(permission-gate\)::“wait for manager approval” .*\(key%3A checkout.approval\)$|^::error file=formats\/locales\/en\/checkout.json,line=4,endLine=4,col=25,endColumn=50,title=counterside \(permission-gate\)::“wait for manager approval” .*\(key: checkout.approval\)$/)
  })

  it('rdjson is reviewdog diagnostics', () => {
    const result = runCli(['formats/notice.txt', '--format', 'rdjson'])
    const report = JSON.parse(result.stdout) as {source: {name: string}; diagnostics: Array<Record<string, unknown>>}
    expect(report.source.name).toBe('counterside')
    expect(report.diagnostics[0]).toMatchObject({
      location: {path: 'formats/notice.txt', range: {start: {line: 3, column: 1}, end: {line: 3, column: 6}}},
      severity: 'ERROR',
      code: {value: 'pressure-selling', url: rules.find((rule) => rule.id === 'pressure-selling')!.url}
    })
  })

  it('rdjson columns count UTF-8 bytes, for starts, ends and suggestion ranges', () => {
    // Line 1: `Café “special”: Upsell the warranty.`: “Upsell” is at UTF-16 column 17 but byte 22
    // (é is 2 bytes, each curly quote 3). Line 3: `Crème brûlée 🎉 is back in stock!!!`: “!!!” is
    // at UTF-16 column 33 (the emoji is 2 units) but byte 38 (è, û, é are 2 bytes, the emoji 4).
    const result = runCli(['rdjson/notice.txt', '--format', 'rdjson'])
    const report = JSON.parse(result.stdout) as {diagnostics: Array<{code: {value: string}; location: {range: unknown}; suggestions?: Array<{range: unknown; text: string}>}>}
    expect(report.diagnostics.map((diagnostic) => [diagnostic.code.value, diagnostic.location.range])).toEqual([
      ['sales-jargon', {start: {line: 1, column: 22}, end: {line: 1, column: 28}}],
      ['shouting', {start: {line: 3, column: 38}, end: {line: 3, column: 41}}]
    ])
    // The marks' suggestion rewrites their sentence: its range in byte columns too (41 = 38 + 3 bytes of marks).
    expect(report.diagnostics[1]!.suggestions).toEqual([{range: {start: {line: 3, column: 1}, end: {line: 3, column: 41}}, text: 'Crème brûlée 🎉 is back in stock!'}])
    // The same bytes, found independently in the file.
    const lines = readFileSync(path.join(repoRoot, 'test/fixtures/cli/rdjson/notice.txt')).toString('binary').split('\n')
    expect(lines[0]!.indexOf('Upsell') + 1).toBe(22)
    expect(lines[2]!.indexOf('!!!') + 1).toBe(38)
    // Every other format keeps UTF-16 columns, and JSON carries no byte columns.
    const {results} = runJson(['rdjson/notice.txt'])
    expect(results[0]!.messages.map((message) => [message.line, message.column, message.endColumn])).toEqual([[1, 17, 23], [3, 33, 36]])
    expect(results[0]!.messages.every((message) => !('byteColumn' in message) && !('endByteColumn' in message))).toBe(true)
  })

  it('rdjson counts a UTF-8 byte order mark on line 1', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café: Upsell the warranty.\nUpsell it.\n')])
    const result = runCli(['--stdin', '--stdin-filename', 'note.txt', '--format', 'rdjson'], {input})
    const report = JSON.parse(result.stdout) as {diagnostics: Array<{location: {range: unknown}}>}
    expect(report.diagnostics.map((diagnostic) => diagnostic.location.range)).toEqual([
      {start: {line: 1, column: 11}, end: {line: 1, column: 17}},
      {start: {line: 2, column: 1}, end: {line: 2, column: 7}}
    ])
  })

  it('--output-file writes the report instead of stdout', () => {
    const target = path.join(temporary, 'nested', 'report.json')
    const result = runCli(['formats/notice.txt', '--format', 'json', '--output-file', target])
    expect(result.stdout).toBe('')
    expect(result.code).toBe(1)
    expect((JSON.parse(readFileSync(target, 'utf8')) as unknown[]).length).toBe(1)
  })

  it('refuses to write the report over an input file', () => {
    const result = runCli(['formats/notice.txt', '--output-file', 'formats/notice.txt'])
    expect(result.code).toBe(2)
    expect(readFileSync(path.join(repoRoot, 'test/fixtures/cli/formats/notice.txt'), 'utf8')).toContain('Hurry!')
  })
})

describe('exit codes', () => {
  const warnOnly = ['formats/notice.txt', '--rule', 'pressure-selling:warn']

  it('0 when only warnings and no --max-warnings', () => {
    expect(runCli(warnOnly).code).toBe(0)
  })

  it('1 when warnings exceed --max-warnings, 0 when within', () => {
    expect(runCli([...warnOnly, '--max-warnings', '0']).code).toBe(1)
    expect(runCli([...warnOnly, '--max-warnings', '1']).code).toBe(0)
  })

  it('--quiet drops warnings', () => {
    const result = runJson([...warnOnly, '--quiet', '--max-warnings', '0'])
    expect(result.code).toBe(0)
    expect(result.results[0]!.messages).toEqual([])
  })

  it('0 when clean, and --help documents the exit codes', () => {
    expect(runCli(['formats/notice.txt', '--rule', 'pressure-selling:off']).code).toBe(0)
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('2  usage, config or input error')
  })
})

describe('stdin', () => {
  it('lints stdin with the format of --stdin-filename', () => {
    const {code, results} = runJson(['--stdin', '--stdin-filename', 'locales/en/x.json'], {input: '{"pay": {"wait": "Please wait for manager approval."}}'})
    expect(code).toBe(1)
    expect(results[0]!.messages.map((message) => [message.ruleId, message.line, message.column, message.key])).toEqual([['permission-gate', 1, 26, 'pay.wait']])
  })

  it('treats unnamed stdin as plain text', () => {
    const {results} = runJson(['--stdin'], {input: 'Upsell the warranty.'})
    expect(results[0]!.filePath).toBe('<text>')
    expect(results[0]!.messages.map((message) => message.ruleId)).toEqual(['sales-jargon'])
  })
})
