/**
 * `--format html` through the CLI: the run's baseline reaches the report
 * (new and known findings marked), standard input gets its excerpts, and
 * the exit code is the run's. The reporter itself is unit-tested in
 * packages/counterside/test/html-report.test.ts, the page in a browser in
 * test/browser/report.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

const statuses = (html: string) => [...html.matchAll(/<li class="finding[^"]*" data-rule="([^"]+)" data-status="([^"]+)"/g)].map((match) => `${match[1]}:${match[2]}`)

describe('--format html', () => {
  it('marks the findings a baseline holds as known and the others as new, and exits as the run does', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-html-report-'))
    fs.writeFileSync(path.join(cwd, 'copy.txt'), 'Upsell the warranty.\n')
    expect(runCli(['copy.txt', '--update-baseline'], {cwd}).code).toBe(0)
    fs.writeFileSync(path.join(cwd, 'copy.txt'), 'Upsell the warranty.\nOur policy requires a receipt.\n')
    const run = runCli(['copy.txt', '--baseline', '.counterside-baseline.json', '--format', 'html'], {cwd})
    expect(run.code).toBe(0)
    expect(statuses(run.stdout)).toEqual(['sales-jargon:known', 'we-centered:new'])
    expect(run.stdout).toContain('<dd data-count="known">1</dd>')
    expect(run.stdout).toContain('<dd data-count="findings">1</dd>')
  })

  it('shows standard input’s words in their line', () => {
    const run = runCli(['--stdin', '--format', 'html'], {input: 'Thanks!\nPlease upsell the warranty.\n'})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('<span class="ln" title="line 2">2</span>Please <mark data-rule="sales-jargon">upsell</mark> the warranty.</pre>')
    expect(statuses(run.stdout)).toEqual(['sales-jargon:none'])
  })
})
