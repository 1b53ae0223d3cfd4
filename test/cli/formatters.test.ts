/** The checkstyle and junit formats, formatter modules (`--format ./x.js`), FORCE_COLOR, and `-` for stdin. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {rules} from '@counterside/core'
import {afterAll, describe, expect, it} from 'vitest'
import {repoRoot, runCli} from './run-cli.js'

// saxes is a dependency of the CLI package: a strict XML parser that rejects what XML 1.0 forbids.
const requireFromCli = createRequire(path.join(repoRoot, 'packages/counterside/package.json'))
const {SaxesParser} = requireFromCli('saxes') as typeof import('../../packages/counterside/node_modules/saxes/saxes.js')
const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-formatters-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

interface Element {name: string; attributes: Record<string, string>; text: string; children: Element[]}

/** Parses strictly; throws on anything not well-formed. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser()
  const root: Element = {name: '', attributes: {}, text: '', children: []}
  const open: Element[] = [root]
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const element = {name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: []}
    open.at(-1)!.children.push(element)
    open.push(element)
  })
  parser.on('text', (text) => (open.at(-1)!.text += text))
  parser.on('closetag', () => void open.pop())
  parser.write(xml).close()
  return root.children[0]!
}

describe('checkstyle and junit', () => {
  it('checkstyle is well-formed, one <file> per file and one <error> per finding, as ESLint writes it', () => {
    const result = runCli(['formats/notice.txt', 'bad/logo.txt', '--format', 'checkstyle'])
    expect(result.code).toBe(2)
    const checkstyle = parseXml(result.stdout)
    expect(checkstyle.name).toBe('checkstyle')
    expect(checkstyle.children.map((file) => file.attributes.name)).toEqual(['bad/logo.txt', 'formats/notice.txt'])
    expect(checkstyle.children[1]!.children[0]!.attributes).toEqual({
      line: '3', column: '1', severity: 'error', source: 'counterside.rules.pressure-selling',
      message: expect.stringMatching(/^“Hurry” pressures the customer.* \(pressure-selling\)$/) as unknown as string
    })
    expect(checkstyle.children[0]!.children[0]!.attributes).toMatchObject({severity: 'error', source: 'counterside'})
  })

  it('junit is well-formed: a suite per file, a failure per finding, an error for an unreadable file, a passing case for a clean one', () => {
    const result = runCli(['formats/notice.txt', 'bad/logo.txt', 'bad/good.txt', '--rule', 'permission-gate:off', '--format', 'junit'])
    const suites = parseXml(result.stdout)
    expect(suites.attributes).toMatchObject({name: 'counterside', tests: '3', failures: '1', errors: '1'})
    expect(suites.children.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures, suite.attributes.errors])).toEqual([
      ['bad/good.txt', '1', '0', '0'], ['bad/logo.txt', '1', '0', '1'], ['formats/notice.txt', '1', '1', '0']
    ])
    const failure = suites.children[2]!.children[0]!
    expect(failure.attributes).toMatchObject({name: 'counterside.pressure-selling', classname: 'formats/notice'})
    expect(failure.children[0]!.name).toBe('failure')
    expect(failure.children[0]!.text).toMatch(/^line 3, col 1, Error - “Hurry” pressures the customer.* \(pressure-selling\)$/)
    expect(suites.children[1]!.children[0]!.children[0]!.name).toBe('error')
    expect(suites.children[0]!.children[0]!).toMatchObject({attributes: {name: 'bad/good.txt'}, children: []})
  })
})

describe('--format ./my-formatter.js', () => {
  const formatter = (name: string, source: string) => {
    writeFileSync(path.join(temporary, name), source)
    return path.join(temporary, name)
  }

  it('loads an ES module with ESLint\'s formatter signature, async or not, relative to the working directory', () => {
    formatter('summary.mjs', 'export default async (results, context) => `${results.map((r) => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).join()).join()} ${context.cwd} ${context.rulesMeta["pressure-selling"].docs.url} ${"offset" in results[0].messages[0]}\\n`')
    const result = runCli(['formats/notice.txt', '--format', path.relative(path.join(repoRoot, 'test/fixtures/cli'), path.join(temporary, 'summary.mjs'))])
    expect(result).toEqual({code: 1, stderr: '', stdout: `pressure-selling@3:1 ${path.join(repoRoot, 'test/fixtures/cli')} ${rules.find((rule) => rule.id === 'pressure-selling')!.url} false\n`})
  })

  it('loads CommonJS (module.exports), as ESLint formatter packages are written', () => {
    const result = runCli(['formats/notice.txt', '--format', formatter('count.cjs', 'module.exports = (results) => results.length + " file\\n"')])
    expect(result.stdout).toBe('1 file\n')
  })

  it('a missing module, one that throws, or one that is no function is exit 2 naming its path; nothing on stdout', () => {
    const missing = path.join(temporary, 'missing.js')
    const throwing = formatter('throws.mjs', 'export default () => { throw new Error("no template") }')
    const notFunction = formatter('object.mjs', 'export const format = () => ""')
    expect(runCli(['formats/notice.txt', '--format', missing])).toEqual({code: 2, stdout: '', stderr: `counterside: cannot load the formatter ${missing}: no such file. Fix: check the path, or use a built-in format: stylish, json, sarif, github, rdjson, checkstyle, junit, html\n`})
    expect(runCli(['formats/notice.txt', '--format', throwing])).toEqual({code: 2, stdout: '', stderr: `counterside: the formatter ${throwing} threw: no template\n`})
    expect(runCli(['formats/notice.txt', '--format', notFunction])).toMatchObject({code: 2, stdout: '', stderr: expect.stringContaining(`the formatter ${notFunction} does not export a function`) as unknown as string})
  })
})

describe('colour, stdin', () => {
  it('FORCE_COLOR=1 colours piped output even with NO_COLOR; --no-color wins over it', () => {
    expect(runCli(['formats/notice.txt'], {env: {FORCE_COLOR: '1'}}).stdout).toContain('\u001b[')
    expect(runCli(['formats/notice.txt', '--no-color'], {env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })

  it('`counterside -` lints standard input, as --stdin does', () => {
    const result = runCli(['-', '--format', 'json'], {input: 'Upsell the warranty.'})
    expect(result.code).toBe(1)
    expect((JSON.parse(result.stdout) as Array<{filePath: string; messages: Array<{ruleId: string}>}>).map((report) => [report.filePath, report.messages.map((message) => message.ruleId)])).toEqual([['<text>', ['sales-jargon']]])
  })
})
