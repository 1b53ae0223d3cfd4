/** Baselines (robust to line shifts, written atomically) and --diff against a git ref. */
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fixtures, runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-baseline-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

describe('baseline', () => {
  const work = path.join(temporary, 'baseline')
  cpSync(path.join(fixtures, 'baseline'), work, {recursive: true})

  it('records findings, then lets only new ones fail the run, whatever the line shift', () => {
    const update = runCli(['.', '--baseline', 'baseline.json', '--update-baseline'], {cwd: work})
    expect(update.code).toBe(0)
    expect(update.stderr).toContain('wrote 2 findings to baseline.json')
    const baseline = JSON.parse(readFileSync(path.join(work, 'baseline.json'), 'utf8')) as {findings: unknown[]}
    expect(baseline.findings).toEqual([
      {file: 'legacy.md', ruleId: 'permission-gate', text: 'wait for manager approval', count: 1},
      {file: 'legacy.md', ruleId: 'sales-jargon', text: 'Upsell', count: 1}
    ])

    writeFileSync(path.join(work, 'legacy.md'), `# New intro\n\nWelcome.\n\n${readFileSync(path.join(work, 'legacy.md'), 'utf8')}\nTransaction failed.\n`)
    const {code, results} = runJson(['.', '--baseline', 'baseline.json'], {cwd: work})
    expect(code).toBe(1)
    expect(results[0]!.messages.map((message) => [message.ruleId, message.line])).toEqual([['dead-end-error', 9]])
    expect(runCli(['.', '--baseline', 'baseline.json'], {cwd: work}).stdout).toContain('; 2 matched the baseline')
  })

  it('fails with exit 2 and a hint when the baseline is missing', () => {
    const result = runCli(['.', '--baseline', 'nope.json'], {cwd: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('create it with --update-baseline')
  })
})

describe('--diff', () => {
  const repo = path.join(temporary, 'repo')
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'pipe', env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}})
  cpSync(path.join(fixtures, 'baseline'), repo, {recursive: true})
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'legacy copy')
  git('checkout', '-q', '-b', 'feature')
  writeFileSync(path.join(repo, 'legacy.md'), 'Upsell the warranty.\n\nPlease wait for manager approval.\n\nTransaction failed.\n')
  writeFileSync(path.join(repo, 'new.txt'), 'Error 4012.\n')

  it('reports only findings on changed lines and untracked files, against the merge base by default', () => {
    const {code, results} = runJson(['.', '--diff'], {cwd: repo})
    expect(code).toBe(1)
    expect(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.ruleId}@${message.line}`)])).toEqual([
      ['legacy.md', ['dead-end-error@5']],
      ['new.txt', ['dead-end-error@1', 'exposed-internals@1']]
    ])
  })

  it('takes an explicit ref', () => {
    const {results} = runJson(['legacy.md', '--diff', 'HEAD'], {cwd: repo})
    expect(results[0]!.messages.map((message) => message.line)).toEqual([5])
  })
})
