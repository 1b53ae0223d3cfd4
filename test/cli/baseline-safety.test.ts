/** Baselines: a bad file is named and refused; writes are atomic and leave nothing behind; concurrent updates keep each other's findings. */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {parseBaseline} from '../../packages/counterside/src/baseline.js'
import {withFileLock} from '../../packages/counterside/src/file-lock.js'
import {writeFileAtomic} from '../../packages/counterside/src/write-atomic.js'
import {bin, repoRoot, runCli} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-baseline-safety-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

let folders = 0
function project(files: Record<string, string>): string {
  const folder = path.join(temporary, `project-${folders++}`)
  mkdirSync(folder)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), text)
  }

  return folder
}

const entries = (folder: string, name = 'baseline.json') => (JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as {findings: Array<{file: string; ruleId: string; count: number}>}).findings.map((entry) => `${entry.file} ${entry.ruleId} ${entry.count}`)

describe('a corrupted or hand-broken baseline is refused, naming the file and the entry', () => {
  const entry = {file: 'a.md', ruleId: 'sales-jargon', text: 'Upsell', count: 1}
  it.each([
    ['null entry', {version: 1, findings: [entry, null]}, 'findings[1] must be an object {file, ruleId, text, count}, not null'],
    ['negative count', {version: 1, findings: [{...entry, count: -5}]}, 'findings[0] (file "a.md") has "count": -5; it must be a whole number of at least 1'],
    ['fractional count', {version: 1, findings: [{...entry, count: 0.5}]}, 'has "count": 0.5'],
    ['zero count', {version: 1, findings: [{...entry, count: 0}]}, 'has "count": 0'],
    ['count as text', {version: 1, findings: [{...entry, count: '3'}]}, 'has "count": "3"'],
    ['missing count', {version: 1, findings: [{file: 'a.md', ruleId: 'x', text: ''}]}, 'has "count": missing'],
    ['file as number', {version: 1, findings: [{...entry, file: 7}]}, 'findings[0] has no "file"'],
    ['rule missing', {version: 1, findings: [{...entry, ruleId: undefined}]}, 'has no "ruleId"'],
    ['text as array', {version: 1, findings: [{...entry, text: ['Upsell']}]}, 'has no "text"'],
    ['entry as array', {version: 1, findings: [['a.md']]}, 'not an array'],
    ['wrong version', {version: 2, findings: []}, '"version" is 2, and this counterside reads version 1'],
    ['no version', {findings: []}, '"version" is missing'],
    ['findings as object', {version: 1, findings: {}}, '"findings" must be an array'],
    ['top level array', [], 'expected an object']
  ])('%s', (_name, content, expected) => {
    expect(() => parseBaseline(JSON.stringify(content), 'b.json')).toThrow(expected)
    expect(() => parseBaseline(JSON.stringify(content), 'b.json')).toThrow('Cannot use baseline b.json: ')
  })

  it.each([
    ['truncated', '{"version": 1, "findings": [{"file": "a.md", "ruleId"', 'it is not valid JSON'],
    ['cut after a comma', '{"version": 1, "findings": [{"file": "a.md",', 'it is not valid JSON'],
    ['bad token', '{"version": 1,\n  "findings": [}', 'it is not valid JSON'],
    ['empty', '', 'it is empty (was a write interrupted?)']
  ])('%s JSON', (_name, source, expected) => {
    expect(() => parseBaseline(source, 'b.json')).toThrow(expected)
  })

  it('accepts a valid baseline with a byte order mark', () => {
    expect(parseBaseline(`\uFEFF${JSON.stringify({version: 1, findings: [entry]})}`, 'b.json').findings).toEqual([entry])
  })

  it('end to end: exit 2, the file named, nothing suppressed in silence', () => {
    const folder = project({'a.md': 'Upsell the warranty.\n', 'baseline.json': JSON.stringify({version: 1, findings: [null]})})
    const result = runCli(['a.md', '--baseline', 'baseline.json'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`counterside: Cannot use baseline ${path.join(folder, 'baseline.json')}: findings[0] must be an object`)
    expect(result.stderr).toContain('recreate it with --update-baseline')

    writeFileSync(path.join(folder, 'baseline.json'), '{"version": 1, "findings": [{"file": "a.md", "ruleId": "sales-jargon", "te')
    const truncated = runCli(['a.md', '--baseline', 'baseline.json'], {cwd: folder})
    expect(truncated.code).toBe(2)
    expect(truncated.stderr).toContain(`Cannot use baseline ${path.join(folder, 'baseline.json')}: it is not valid JSON`)
  })

  it('--update-baseline refuses to merge into a corrupted baseline rather than dropping its entries', () => {
    const folder = project({'a.md': 'Upsell the warranty.\n', 'baseline.json': '{"version": 1, "findings": ['})
    const result = runCli(['a.md', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot use baseline')
    expect(readFileSync(path.join(folder, 'baseline.json'), 'utf8')).toBe('{"version": 1, "findings": [')
  })
})

describe('--update-baseline merges: entries of files not linted in this run are kept', () => {
  it('docs then locales keeps both; a fixed finding goes; a file that cannot be parsed keeps its entries', () => {
    const folder = project({
      'docs/a.md': 'Upsell the warranty.\n',
      'docs/b.md': 'Please wait for manager approval.\n',
      'locales/en.json': '{"a": "Transaction failed."}\n'
    })
    expect(runCli(['docs', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder}).code).toBe(0)
    const second = runCli(['locales', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder})
    expect(second.stderr).toContain('wrote 3 findings to baseline.json (2 kept for files not linted in this run)')
    expect(entries(folder)).toEqual(['docs/a.md sales-jargon 1', 'docs/b.md permission-gate 1', 'locales/en.json dead-end-error 1'])

    writeFileSync(path.join(folder, 'docs/a.md'), 'Add the warranty.\n')
    writeFileSync(path.join(folder, 'locales/en.json'), '{"a": "Transaction failed.",')
    rmSync(path.join(folder, 'docs/b.md'))
    runCli(['docs', 'locales', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder})
    expect(entries(folder)).toEqual(['locales/en.json dead-end-error 1'])
  })
})

describe('atomic baseline writes', () => {
  it('sweeps temporary files left by a killed run, and only those', () => {
    const folder = project({'a.md': 'Upsell the warranty.\n'})
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const leftovers = {
      killed: `.baseline.json.${dead}-0123456789ab.tmp`,
      young: `.baseline.json.${dead}-ba9876543210.tmp`,
      live: `.baseline.json.${process.pid}-0123456789ab.tmp`,
      unrelated: `.other.json.${dead}-0123456789ab.tmp`
    }
    const old = new Date(Date.now() - 10 * 60_000)
    for (const [kind, name] of Object.entries(leftovers)) {
      writeFileSync(path.join(folder, name), '{"version": 1, "find')
      if (kind !== 'young') utimesSync(path.join(folder, name), old, old)
    }

    expect(runCli(['a.md', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder}).code).toBe(0)
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp')).sort()).toEqual([leftovers.unrelated, leftovers.live, leftovers.young].sort())
    expect(entries(folder)).toEqual(['a.md sales-jargon 1'])
  })

  it('a failed write leaves no temporary file and the old content in place', () => {
    const folder = project({'target/inside.txt': 'x'})
    expect(() => writeFileAtomic(path.join(folder, 'target'), 'new')).toThrow()
    expect(readdirSync(folder)).toEqual(['target'])
  })

  it('a signal during a write is handled after it: the file is complete, no temporary file is left, and the process ends by the signal', async () => {
    const folder = project({})
    const target = path.join(folder, 'baseline.json')
    const writer = pathToFileURL(path.join(repoRoot, 'packages/counterside/dist/write-atomic.js')).href
    // The signal is sent from inside the write (between writing and flushing the temporary file), so the timing is exact.
    const script = `
      import fs from 'node:fs'
      import {syncBuiltinESMExports} from 'node:module'
      const fsync = fs.fsyncSync
      let armed = false
      fs.fsyncSync = (descriptor) => {
        if (armed) {
          armed = false
          process.kill(process.pid, 'SIGTERM')
        }
        return fsync(descriptor)
      }
      syncBuiltinESMExports()
      const {writeFileAtomic} = await import(${JSON.stringify(writer)})
      writeFileAtomic(${JSON.stringify(target)}, 'old')
      armed = true
      writeFileAtomic(${JSON.stringify(target)}, 'new')
      setTimeout(() => process.stdout.write('signal lost'), 2000)
    `
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, exitSignal) => resolve(exitSignal)))
    expect(signal).toBe('SIGTERM')
    expect(output).toBe('')
    expect(readdirSync(folder)).toEqual(['baseline.json'])
    expect(readFileSync(target, 'utf8')).toBe('new')
  })
})

describe('concurrent baseline updates', () => {
  const update = (folder: string, paths: readonly string[]) => {
    const child = spawn(process.execPath, [bin, ...paths, '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder, env: {...process.env, NO_COLOR: '1', CI: ''}})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const done = new Promise<{code: number | null; stderr: string}>((resolve) => child.on('close', (code) => resolve({code, stderr})))
    return {done, stderr: () => stderr}
  }

  it('two runs at once keep both runs\' findings', async () => {
    const folder = project({'docs/a.md': 'Upsell the warranty.\n', 'locales/en.json': '{"a": "Transaction failed."}\n'})
    const results = await Promise.all([update(folder, ['docs']).done, update(folder, ['locales']).done])
    expect(results.map((result) => result.code)).toEqual([0, 0])
    expect(entries(folder)).toEqual(['docs/a.md sales-jargon 1', 'locales/en.json dead-end-error 1'])
    expect(existsSync(path.join(folder, 'baseline.json.lock'))).toBe(false)
  })

  it('waits while another run holds the lock, says so, and writes only once it is released', async () => {
    const folder = project({'a.md': 'Upsell the warranty.\n'})
    const lock = path.join(folder, 'baseline.json.lock')
    writeFileSync(lock, JSON.stringify({pid: process.pid, host: hostname(), token: 'held-by-test'}))
    const run = update(folder, ['a.md'])
    for (let waited = 0; !run.stderr().includes('waiting for another counterside run') && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(run.stderr()).toContain(`waiting for another counterside run (pid ${process.pid} on ${hostname()}) to finish updating`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(existsSync(path.join(folder, 'baseline.json'))).toBe(false)
    rmSync(lock)
    expect((await run.done).code).toBe(0)
    expect(entries(folder)).toEqual(['a.md sales-jargon 1'])
  })

  it('refuses after the wait, naming the lock; takes over a lock too old to be live', async () => {
    const folder = project({})
    const target = path.join(folder, 'baseline.json')
    writeFileSync(`${target}.lock`, JSON.stringify({pid: process.pid, host: hostname(), token: 'held'}))
    let ran = false
    await expect(withFileLock(target, () => (ran = true), {timeoutMs: 100})).rejects.toThrow(`another counterside run (pid ${process.pid} on ${hostname()}) is updating ${target}; run again when it is done, or delete ${target}.lock if no counterside is running`)
    expect(ran).toBe(false)

    const old = new Date(Date.now() - 60_000)
    utimesSync(`${target}.lock`, old, old)
    expect(await withFileLock(target, () => 'ran', {timeoutMs: 100})).toBe('ran')
    expect(readdirSync(folder)).toEqual([])
  })

  it('takes over a lock whose owner is gone', () => {
    const folder = project({'a.md': 'Upsell the warranty.\n'})
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    writeFileSync(path.join(folder, 'baseline.json.lock'), JSON.stringify({pid: dead, host: hostname(), token: 'stale'}))
    const result = runCli(['a.md', '--baseline', 'baseline.json', '--update-baseline'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(entries(folder)).toEqual(['a.md sales-jargon 1'])
    expect(readdirSync(folder).sort()).toEqual(['a.md', 'baseline.json'])
  })
})
