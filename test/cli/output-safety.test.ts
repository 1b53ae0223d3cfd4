/**
 * Output a CI gate can trust (issue 8): a reader that goes away (`| head`)
 * is not a crash; file names, catalog keys and copy cannot print raw
 * control characters or forge GitHub workflow commands, in any format or on
 * stderr; `-o` naming a folder or an unwritable path is a usage error.
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, fixtures, runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-output-safety-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

/** Spawns the CLI and closes our end of stdout and/or stderr before it writes, as `| head` does once it has its lines. */
async function runWithClosedPipes(args: readonly string[], close: {stdout?: boolean; stderr?: boolean}): Promise<{code: number | null; stdout: string; stderr: string}> {
  const child = spawn(process.execPath, [bin, ...args], {cwd: fixtures, env: {...process.env, NO_COLOR: '1', CI: ''}, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  if (close.stdout) child.stdout.destroy()
  else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  if (close.stderr) child.stderr.destroy()
  else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {code, stdout, stderr}
}

describe('a reader that goes away', () => {
  it('exits quietly with the run\'s exit code when stdout or stderr is closed early', async () => {
    const [noStdout, noStderr, neither] = await Promise.all([
      // Stylish to a closed stdout: the findings and the unreadable file still give exit 2, with nothing on stderr.
      runWithClosedPipes(['formats', 'bad'], {stdout: true}),
      // A machine format repeats the fatal messages on stderr, which is closed: stdout is still the whole report.
      runWithClosedPipes(['bad', '--format', 'json'], {stderr: true}),
      runWithClosedPipes(['formats', 'bad', '--format', 'json'], {stdout: true, stderr: true})
    ])
    expect(noStdout).toEqual({code: 2, stdout: '', stderr: ''})
    expect(noStderr.code).toBe(2)
    expect((JSON.parse(noStderr.stdout) as unknown[]).length).toBeGreaterThan(1)
    expect(neither.code).toBe(2)
  })

  // A report cut short by a full disk must not pass a gate.
  it.skipIf(!existsSync('/dev/full'))('says so and exits 2 when stdout cannot be written (a full disk)', async () => {
    const full = openSync('/dev/full', 'w')
    const child = spawn(process.execPath, [bin, 'formats/notice.txt', '--rule', 'pressure-selling:off'], {cwd: fixtures, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', full, 'pipe']})
    closeSync(full)
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    // Clean copy would exit 0, but the report (the summary line at least) was lost.
    expect({code, stderr}).toEqual({code: 2, stderr: 'counterside: cannot write to standard output: ENOSPC\n'})
  }, 30_000)
})

describe('output injection', () => {
  const project = path.join(temporary, 'injection')
  mkdirSync(path.join(project, 'locales/en'), {recursive: true})
  writeFileSync(path.join(project, 'package.json'), '{}')
  // A name that would end the stylish line and start a forged annotation, one that is an annotation itself, and copy with colour codes.
  const forgedName = 'a\n::error file=x.md::forged.md'
  writeFileSync(path.join(project, forgedName), 'Hurry, \u001b[31mupsell\u001b[0m the warranty.\n')
  writeFileSync(path.join(project, '::warning::b.md'), 'Hurry up.\n')
  writeFileSync(path.join(project, 'locales/en/c.json'), JSON.stringify({'ke\u001b[2Jy\n::error::x\r\u009b1m': 'Hurry, upsell the warranty.'}))
  // Unreadable, so its name is repeated on stderr by the machine formats.
  writeFileSync(path.join(project, 'bin\n::error::x\u001b[31m.txt'), Buffer.from([0, 1, 2, 3]))
  // Control characters other than the line feeds that end lines.
  const raw = /(?!\n)\p{Cc}/u

  it('stylish shows names, keys and copy escaped, and no line can be read as a workflow command', () => {
    const result = runCli(['.'], {cwd: project})
    expect(result.code).toBe(2)
    expect(result.stdout).not.toMatch(raw)
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([])
    expect(result.stdout).toContain('\na\\n::error file=x.md::forged.md\n')
    expect(result.stdout).toContain('\n./::warning::b.md\n')
    expect(result.stdout).toContain('(key: ke\\x1b[2Jy\\n::error::x\\r\\x9b1m)')
    expect(result.stdout).toContain('\nbin\\n::error::x\\x1b[31m.txt\n')
  })

  it('github escapes per the workflow-command rules, one command per finding, no live escape codes; stderr too', () => {
    const result = runCli(['.', '--format', 'github'], {cwd: project})
    const lines = result.stdout.trimEnd().split('\n')
    // Five findings: one per Markdown file, two in the catalog, one for the binary file.
    expect(lines.length).toBe(5)
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^:,]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[^:,]*::[^\n]*$/)
    expect(result.stdout).not.toMatch(raw)
    expect(result.stdout).toContain('::error file=a%0A%3A%3Aerror file=x.md%3A%3Aforged.md,line=1,')
    expect(result.stdout).toContain('::error file=%3A%3Awarning%3A%3Ab.md,line=1,')
    expect(result.stdout).toContain('(key: ke\\x1b[2Jy%0A::error::x%0D\\x9b1m)')
    // The fatal message is repeated on stderr, where the runner reads workflow commands as well.
    expect(result.stderr).not.toMatch(raw)
    expect(result.stderr.trimEnd().split('\n').every((line) => line.startsWith('counterside: '))).toBe(true)
    expect(result.stderr).toContain('bin\\n::error::x\\x1b[31m.txt:1:1: binary file')
  })

  it('json stays valid JSON with the names and keys intact, and shows no live escape codes', () => {
    const {code, results, stderr} = runJson(['.'], {cwd: project})
    expect(code).toBe(2)
    expect(results.map((result) => path.basename(result.filePath))).toContain(forgedName)
    expect(results.flatMap((result) => result.messages.map((message) => message.key)).filter(Boolean)).toContain('ke\u001b[2Jy\n::error::x\r\u009b1m')
    expect(runCli(['.', '--format', 'json'], {cwd: project}).stdout.trimEnd()).not.toMatch(/\p{Cc}/u)
    expect(stderr.trimEnd().split('\n').every((line) => line.startsWith('counterside: '))).toBe(true)
  })
})

describe('-o naming a folder or an unwritable path', () => {
  const project = path.join(temporary, 'output-file')
  mkdirSync(path.join(project, 'reports'), {recursive: true})
  writeFileSync(path.join(project, 'package.json'), '{}')
  writeFileSync(path.join(project, 'page.md'), 'Upsell the warranty.\n')
  writeFileSync(path.join(project, 'notes'), 'a file, not a folder\n')

  it('a folder is exit 2 with a clear message, checked before linting; nothing is written', () => {
    const result = runCli(['page.md', '-o', 'reports'], {cwd: project})
    expect(result).toEqual({code: 2, stdout: '', stderr: 'counterside: cannot write the report to reports: it is a folder. Fix: name a file, such as reports/counterside-report.txt\n'})
    expect(readdirSync(path.join(project, 'reports'))).toEqual([])
  })

  it('a path through a file is exit 2 naming the file; nothing is written', () => {
    const result = runCli(['page.md', '-o', 'notes/report.txt'], {cwd: project})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`counterside: cannot write the report to notes/report.txt: ${path.join(project, 'notes')} is a file, not a folder. Fix: name a file in a folder\n`)
    expect(readdirSync(project).sort()).toEqual(['notes', 'package.json', 'page.md', 'reports'])
  })

  // Root can write almost anywhere, so the unwritable path is one no user can create a folder in.
  // Node 20's recursive mkdir never returned there: this was a hang, not only a crash.
  it.skipIf(!existsSync('/proc/self'))('a folder that cannot be created is exit 2, not a crash or a hang', () => {
    const result = runCli(['page.md', '-o', '/proc/counterside-no-such/report.txt'], {cwd: project})
    expect(result).toEqual({code: 2, stdout: '', stderr: 'counterside: cannot write the report to /proc/counterside-no-such/report.txt: its folder cannot be created. Fix: name a file in a folder you can write to\n'})
  })
})
