/**
 * A broken config stops the run with exit 2 and says which file, where and
 * why: the parser's reason with line:column, a JS config that throws (its
 * message) or never finishes loading (a time limit, never a hang).
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ConfigFileError} from '../../packages/counterside/src/config/config-file-error.js'
import {parseJsonConfig, parseYamlConfig} from '../../packages/counterside/src/config/parse-config-text.js'
import {bin} from './run-cli.js'

const base = mkdtempSync(path.join(os.tmpdir(), 'counterside-config-errors-'))
afterAll(() => rmSync(base, {recursive: true, force: true}))

/** A project holding one config file and one page; the CLI is run in it with a time limit of its own. */
function runWithConfig(name: string, configFile: string, text: string, env: Record<string, string> = {}) {
  const project = path.join(base, name)
  mkdirSync(path.dirname(path.join(project, configFile)), {recursive: true})
  writeFileSync(path.join(project, 'package.json'), '{}')
  writeFileSync(path.join(project, configFile), text)
  writeFileSync(path.join(project, path.dirname(configFile), 'page.md'), 'Thanks for your order.\n')
  // The guard: if the time limit regressed, the test fails here instead of hanging the suite.
  const result = spawnSync(process.execPath, [bin, '.'], {cwd: project, encoding: 'utf8', timeout: 30_000, env: {...process.env, NO_COLOR: '1', ...env}})
  return {code: result.status, signal: result.signal, stderr: result.stderr}
}

function parseProblem(parse: () => unknown): string {
  try {
    parse()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError)
    return (error as Error).message
  }

  throw new Error('expected a parse error')
}

describe('config errors', () => {
  it('gives the JSON parser\'s reason and line:column, exit 2', () => {
    const result = runWithConfig('json', '.countersiderc.json', '{\n  "rules": {\n    "shouting": "off",\n  }\n}\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('counterside: .countersiderc.json:4:3: cannot parse as JSON: ')
  })

  it('gives the YAML parser\'s reason and line:column, naming a nested config by its path', () => {
    const result = runWithConfig('yaml', 'staff/.countersiderc.yaml', 'rules:\n  shouting: off\n   sales-jargon: warn\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`counterside: ${path.join('staff', '.countersiderc.yaml').replaceAll('\\', '\\\\')}:2:13: cannot parse as YAML: Nested mappings are not allowed`))
  })

  it.each([
    ['{"rules": {"shouting": "off",}}', '.countersiderc.json:1:30: cannot parse as JSON: Expected double-quoted property name'],
    ['{"rules": [1, 2]\n', '.countersiderc.json:2:1: cannot parse as JSON: '],
    ['{"rules"', '.countersiderc.json:1:9: cannot parse as JSON: '],
    ['', '.countersiderc.json:1:1: cannot parse as JSON: Unexpected end of the file'],
    ['{\n  "rules": {"shouting": off}\n}', '.countersiderc.json:2:25: cannot parse as JSON: Unexpected token \'o\''],
    ['{"rules": {}} x', '.countersiderc.json:1:15: cannot parse as JSON: Unexpected non-whitespace character after the JSON value']
  ])('places the JSON error in %j', (text, message) => {
    expect(parseProblem(() => parseJsonConfig('.countersiderc.json', text))).toContain(message)
  })

  it('places a YAML error and keeps the reason on one line', () => {
    const message = parseProblem(() => parseYamlConfig('.countersiderc', 'rules: {shouting: off\n'))
    expect(message).toMatch(/^\.countersiderc:\d+:\d+: cannot parse as YAML: \S[^\n]*$/)
  })

  it('ends a JS config that never finishes loading, naming it, exit 2', () => {
    const result = runWithConfig('loop', 'counterside.config.mjs', 'while (true) {}\nexport default {}\n', {COUNTERSIDE_CONFIG_TIMEOUT: '500'})
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('counterside: counterside.config.mjs: did not finish loading within 0.5 s')
  })

  it('says a JS config threw, with its message, exit 2', () => {
    const result = runWithConfig('throws', 'counterside.config.mjs', 'throw new Error("COPY_RULES is not set")\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('counterside: counterside.config.mjs: the config threw while loading: Error: COPY_RULES is not set')
  })

  it('says a JS config ended the process while loading', () => {
    const result = runWithConfig('exits', 'counterside.config.cjs', 'process.exit(3)\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('counterside: counterside.config.cjs: the config ended the process while loading (exit code 3)')
  })

  it('refuses "warning" as a severity with the valid ones, in the file that says it', () => {
    const result = runWithConfig('warning', 'staff/.countersiderc.json', '{"rules": {"shouting": "warning"}}')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${path.join('staff', '.countersiderc.json')}: invalid config at \`rules.shouting\`: "warning" is not a severity; expected one of: off, warn, error, 0, 1, 2`)
  })
})
