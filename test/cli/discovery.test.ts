/**
 * Which files a run takes, from any working folder: a named path never walks
 * the working folder, links to the folder or a parent neither hang nor
 * multiply files, FIFOs and devices are reported instead of waited on, and a
 * pattern that matches nothing fails the run unless allowed.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brief, byFile, runCli, runJson} from './run-cli.js'

// A run that walked `/` or followed a link loop would take minutes: this fails it instead.
const timeout = 30_000
const top = mkdtempSync(path.join(tmpdir(), 'counterside-discovery-'))
afterAll(() => rmSync(top, {recursive: true, force: true}))
const docs = path.join(top, 'docs')
mkdirSync(path.join(docs, 'sub'), {recursive: true})
writeFileSync(path.join(docs, 'page.md'), 'Please wait for manager approval.\n')
writeFileSync(path.join(docs, 'sub', 'deep.md'), 'Upsell the warranty.\n')
writeFileSync(path.join(top, 'clean.md'), 'Your order has shipped.\n')
symlinkSync('.', path.join(docs, 'self'))
symlinkSync('.', path.join(docs, 'again'))
symlinkSync('..', path.join(docs, 'sub', 'up'))
symlinkSync('missing.md', path.join(docs, 'dangling.md'))
execFileSync('mkfifo', [path.join(docs, 'pipe.md')])

describe('discovery', () => {
  it('lints named paths from / without walking it; a FIFO, /dev/null and an unmatched glob are errors naming them', () => {
    const {code, results, stderr} = runJson([path.join(docs, 'page.md'), path.join(docs, 'pipe.md'), '/dev/null', path.join(top, '*.txt')], {cwd: '/', timeout})
    expect(code).toBe(2)
    expect(brief(byFile(results, 'docs/page.md'))).toEqual(['permission-gate@1:8-1:33'])
    expect(stderr).toContain(`${path.join(docs, 'pipe.md').slice(1)}:1:1: cannot read the file: it is a FIFO (named pipe), not a regular file, so it was not read. Fix: name a file; to lint piped text, use --stdin.`)
    expect(stderr).toContain('dev/null:1:1: cannot read the file: it is a character device, not a regular file')
    expect(stderr).toContain(`No files matching '${path.join(top, '*.txt')}' were found. Fix:`)
    expect(stderr).not.toContain('ignored by')
  })

  it('walks a folder with links to itself and its parent once, skipping the dangling link and the FIFO with a warning', () => {
    const {code, results} = runJson([docs], {cwd: top, timeout})
    expect(code).toBe(1)
    expect(results.map((result) => [path.relative(top, result.filePath), result.messages.map((message) => message.ruleId ?? message.message)])).toEqual([
      ['docs/page.md', ['permission-gate']],
      ['docs/sub/deep.md', ['sales-jargon']],
      ['docs/pipe.md', ['Not checked: this is a FIFO (named pipe), not a regular file, so it was not read; replace it with a file, or add it to .countersideignore']]
    ])
  })

  it('fails on a pattern that matches nothing, unless --no-error-on-unmatched-pattern', () => {
    const failing = runCli(['clean.md', 'nothing/*.md'], {cwd: top, timeout})
    expect(failing.code).toBe(2)
    expect(failing.stdout).toContain("No files matching 'nothing/*.md' were found")
    const allowed = runCli(['--no-error-on-unmatched-pattern', 'clean.md', 'nothing/*.md', 'missing.md'], {cwd: top, timeout})
    expect([allowed.code, allowed.stdout, allowed.stderr]).toEqual([0, '', ''])
  })
})
