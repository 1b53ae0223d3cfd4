/**
 * The GitHub Action's script, run as action.yml runs it, against a fixture
 * repository in a temp folder with a fake event, output file and workspace,
 * and this repository's CLI build (COUNTERSIDE_ACTION_CLI: never npm).
 */
import {execFile, execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {inputDefaults, inputNames, inputVariable} from '../action/inputs.js'
import {bin} from './cli/run-cli.js'

const script = fileURLToPath(new URL('../action/run.js', import.meta.url))
const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, {default: string}>
  outputs: Record<string, {value: string}>
  runs: {using: string; steps: Array<{id?: string; run?: string; env?: Record<string, string>}>}
}

const clean = 'Thanks for your order. It ships today.\n'
const finding = 'Please wait for manager approval.\n'

function fixture(): {repo: string; git: (...args: string[]) => string} {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'counterside-action-'))
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, encoding: 'utf8', stdio: 'pipe', env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}})
  git('init', '-q', '-b', 'main')
  writeFileSync(path.join(repo, 'a.md'), clean)
  git('add', '.')
  git('commit', '-q', '-m', 'clean copy')
  return {repo, git}
}

interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
}

/** Asynchronous, so the tests run side by side: each run starts the CLI two or three times. */
async function runAction(repo: string, inputs: Record<string, string>, event: object = {}, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'counterside-action-runner-'))
  const eventPath = path.join(temp, 'event.json')
  const outputPath = path.join(temp, 'output')
  writeFileSync(eventPath, JSON.stringify(event))
  writeFileSync(outputPath, '')
  const env: Record<string, string> = {
    ...process.env as Record<string, string>,
    GITHUB_WORKSPACE: repo, GITHUB_EVENT_PATH: eventPath, GITHUB_OUTPUT: outputPath, RUNNER_TEMP: temp, COUNTERSIDE_ACTION_CLI: bin, CI: '', ...extraEnv
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  const result = await new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
    const child = execFile(process.execPath, [script], {cwd: temp, env, encoding: 'utf8'}, (_error, stdout, stderr) => resolve({code: child.exitCode, stdout, stderr}))
  })
  const outputs: Record<string, string> = {}
  for (const match of readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([^]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return {code: result.code, stdout: result.stdout, stderr: result.stderr, outputs}
}

describe('action.yml', () => {
  it('declares exactly the inputs the script reads, with the same defaults, each mapped to its variable', () => {
    expect(Object.keys(actionYml.inputs)).toEqual(inputNames)
    for (const name of inputNames) expect(String(actionYml.inputs[name]!.default), name).toBe(inputDefaults[name as keyof typeof inputDefaults])
    const step = actionYml.runs.steps.find((candidate) => candidate.id === 'lint')!
    expect(actionYml.runs.using).toBe('composite')
    expect(step.run).toContain('action/run.js')
    expect(step.env).toEqual(Object.fromEntries(inputNames.map((name) => [inputVariable(name), `\${{ inputs.${name} }}`])))
    expect(Object.keys(actionYml.outputs)).toEqual(['errors', 'warnings', 'sarif'])
  })

  it('is what examples/ci uses, with inputs it declares', () => {
    const workflow = parse(readFileSync(new URL('../examples/ci/github-workflow.yml', import.meta.url), 'utf8')) as {jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, unknown>}>}>}
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps).filter((step) => step.uses?.startsWith('counterside/counterside@'))
    expect(steps).toHaveLength(1)
    expect(Object.keys(steps[0]!.with ?? {}).filter((name) => !inputNames.includes(name))).toEqual([])
  })
})

describe.concurrent('the Action script', () => {
  it('passes on clean copy and writes the outputs', async () => {
    const {repo} = fixture()
    const result = await runAction(repo, {})
    expect(result.code, result.stderr).toBe(0)
    expect(result.outputs).toEqual({errors: '0', warnings: '0', sarif: ''})
  })

  it('fails on findings, with github annotations, SARIF where asked and the counts as outputs', async () => {
    const {repo} = fixture()
    writeFileSync(path.join(repo, 'b.md'), finding)
    const result = await runAction(repo, {sarif: 'out/counterside.sarif'})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::error file=b\.md,line=1,.*permission-gate/m)
    const sarifPath = path.join(repo, 'out', 'counterside.sarif')
    expect(result.outputs).toEqual({errors: '1', warnings: '0', sarif: sarifPath})
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {runs: Array<{results: Array<{ruleId: string}>}>}
    expect(sarif.runs[0]!.results.map((entry) => entry.ruleId)).toEqual(['permission-gate'])
  })

  it('fail-on: never passes with findings', async () => {
    const {repo} = fixture()
    writeFileSync(path.join(repo, 'b.md'), finding)
    const result = await runAction(repo, {'fail-on': 'never', format: 'stylish'})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('permission-gate')
    expect(result.stdout).toContain('::notice::counterside found 1 error(s) and 0 warning(s); fail-on is never')
  })

  it('fail-on: warning fails on a warning that fail-on: error lets through', async () => {
    const {repo} = fixture()
    writeFileSync(path.join(repo, 'b.md'), finding)
    writeFileSync(path.join(repo, '.countersiderc.json'), JSON.stringify({rules: {'permission-gate': 'warn'}}))
    const [lenient, strict] = await Promise.all([runAction(repo, {'fail-on': 'error'}), runAction(repo, {'fail-on': 'warning'})])
    expect(lenient.code).toBe(0)
    expect(lenient.outputs).toMatchObject({errors: '0', warnings: '1'})
    expect(strict.code).toBe(1)
  })

  it('surfaces exit 2 whatever fail-on says, and still lints the other files', async () => {
    const {repo} = fixture()
    writeFileSync(path.join(repo, 'b.md'), finding)
    const result = await runAction(repo, {'fail-on': 'never', paths: 'b.md nowhere.md'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('nowhere.md')
    expect(result.stdout).toMatch(/^::error file=b\.md,line=1,.*permission-gate/m)
    expect(result.stdout).toContain('::error::counterside could not check everything')
  })

  it('refuses an unknown input value with a clear error', async () => {
    const {repo} = fixture()
    const [failOn, diff] = await Promise.all([runAction(repo, {'fail-on': 'warnings'}), runAction(repo, {diff: 'yes'})])
    expect(failOn.code).toBe(2)
    expect(failOn.stdout).toContain('::error::counterside action: input `fail-on` is `warnings`; use one of error, warning, never')
    expect(diff.code).toBe(2)
    expect(diff.stdout).toContain('input `diff` is `yes`; use true or false')
  })

  it('a CLI that ends with an unexpected code is exit 2, not a pass or the 1 of findings', async () => {
    const {repo} = fixture()
    writeFileSync(path.join(repo, 'not-a-cli.js'), 'process.exit(7)\n')
    const result = await runAction(repo, {}, {}, {COUNTERSIDE_ACTION_CLI: path.join(repo, 'not-a-cli.js')})
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::counterside could not check everything')
  })

  it('diff: true reports only lines a pull request changed (base from the event), or a push (before)', async () => {
    const {repo, git} = fixture()
    writeFileSync(path.join(repo, 'legacy.md'), finding)
    git('add', '.')
    git('commit', '-q', '-m', 'legacy copy')
    const base = git('rev-parse', 'HEAD').trim()
    writeFileSync(path.join(repo, 'a.md'), `${clean}\nUpsell the warranty.\n`)
    git('commit', '-q', '-am', 'new copy')
    const [pullRequest, push, newBranch] = await Promise.all([
      runAction(repo, {diff: 'true'}, {pull_request: {base: {sha: base}}}),
      runAction(repo, {diff: 'true'}, {before: base}),
      // Without a base (a new branch's first push) every line is linted, and the log says so.
      runAction(repo, {diff: 'true'}, {before: '0'.repeat(40)})
    ])
    expect(pullRequest.code).toBe(1)
    expect(pullRequest.stdout).toMatch(/^::error file=a\.md,line=3,.*sales-jargon/m)
    expect(pullRequest.stdout).not.toContain('legacy.md')
    expect(pullRequest.outputs.errors).toBe('1')
    expect(push.outputs.errors).toBe('1')
    expect(newBranch.outputs.errors).toBe('2')
    expect(newBranch.stdout).toContain('::notice::counterside: diff is true but this event has no base commit')
  })
})
