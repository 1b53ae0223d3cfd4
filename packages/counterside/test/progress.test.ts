/** The progress line: a fake terminal watches what it draws, and when it stays silent. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createProgress, progressInterval, progressMinimumFiles, type ProgressTarget} from '../src/progress.js'
import {run, type CliIo} from '../src/run.js'

function fakeStream(options: {isTTY?: boolean; env?: Record<string, string | undefined>} = {}): ProgressTarget & {output: string[]; tick: (ms: number) => void} {
  const output: string[] = []
  let time = 1_000_000
  return {
    output,
    tick: (ms) => void (time += ms),
    write: (text) => void output.push(text),
    isTTY: options.isTTY ?? true,
    env: options.env ?? {},
    now: () => time
  }
}

describe('createProgress', () => {
  it('draws done/total on one line, redraws at most every interval, and clears itself', () => {
    const stream = fakeStream()
    const progress = createProgress(stream, 300)
    progress.update(1)
    progress.update(2) // same instant: skipped
    stream.tick(progressInterval - 1)
    progress.update(3) // still too soon
    stream.tick(1)
    progress.update(150)
    progress.update(300) // the last one is always drawn
    progress.done()
    expect(stream.output).toEqual([
      '\rcounterside: 1/300 files',
      '\rcounterside: 150/300 files',
      '\rcounterside: 300/300 files',
      '\r\u001b[K'
    ])
    // Carriage returns only: the line is redrawn in place, never a new line.
    expect(stream.output.join('')).not.toContain('\n')
  })

  it(`starts at ${progressMinimumFiles} files`, () => {
    expect(progressMinimumFiles).toBe(300)
    const below = fakeStream()
    const few = createProgress(below, progressMinimumFiles - 1)
    for (let done = 1; done < progressMinimumFiles; done++) few.update(done)
    few.done()
    expect(below.output).toEqual([])

    const at = fakeStream()
    const enough = createProgress(at, progressMinimumFiles)
    enough.update(progressMinimumFiles)
    enough.done()
    expect(at.output).toEqual([`\rcounterside: ${progressMinimumFiles}/${progressMinimumFiles} files`, '\r\u001b[K'])
  })

  it('stays silent when the stream is not a TTY, or in CI', () => {
    for (const stream of [fakeStream({isTTY: false}), fakeStream({env: {CI: 'true'}}), fakeStream({env: {CI: '1'}})]) {
      const progress = createProgress(stream, 1000)
      for (let done = 1; done <= 1000; done++) {
        stream.tick(progressInterval)
        progress.update(done)
      }

      progress.done()
      expect(stream.output).toEqual([])
    }
  })

  it('does not clear a line it never drew', () => {
    const stream = fakeStream()
    createProgress(stream, 500).done()
    expect(stream.output).toEqual([])
  })
})

describe('progress in a run', () => {
  let folder: string
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'counterside-progress-'))
    writeFileSync(path.join(folder, 'package.json'), '{}')
    for (let index = 0; index < progressMinimumFiles; index++) writeFileSync(path.join(folder, `note-${String(index).padStart(3, '0')}.txt`), 'Thank you for your order.\n')
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  const runWith = async (stderrIsTTY: boolean, env: Record<string, string | undefined> = {}): Promise<{code: number; stdout: string; stderr: string}> => {
    let stdout = ''
    let stderr = ''
    const io: CliIo = {
      cwd: folder,
      env,
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readStdin: async () => new Uint8Array(),
      stdoutIsTTY: false,
      stderrIsTTY
    }
    const code = await run({paths: [], format: 'json', maxWarnings: -1, ignore: true, concurrency: 1}, io)
    return {code, stdout, stderr}
  }

  it('draws on a TTY stderr and clears the line before the report', async () => {
    const {code, stdout, stderr} = await runWith(true)
    expect(code).toBe(0)
    expect(stderr.startsWith('\rcounterside: 1/300 files')).toBe(true)
    expect(stderr.endsWith('\rcounterside: 300/300 files\r\u001b[K')).toBe(true)
    expect((JSON.parse(stdout) as unknown[]).length).toBe(300)
  })

  it('prints nothing on stderr when it is not a TTY, or in CI', async () => {
    expect((await runWith(false)).stderr).toBe('')
    expect((await runWith(true, {CI: 'true'})).stderr).toBe('')
  })
})
