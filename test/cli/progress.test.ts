/** The progress line end to end: silent when stderr is piped, drawn on a real terminal. */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, runCli} from './run-cli.js'

// Enough files for the progress line (300 or more); generated, not committed.
const fileCount = 320
let work: string
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'counterside-progress-'))
  writeFileSync(path.join(work, 'package.json'), '{}')
  for (let index = 0; index < fileCount; index++) {
    writeFileSync(path.join(work, `note-${String(index).padStart(3, '0')}.txt`), index % 40 === 0 ? 'Upsell the warranty.\n' : 'Thank you for your order.\n')
  }
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('progress', () => {
  it('prints nothing extra on stderr when stderr is piped, CI or not', () => {
    // In one thread and in workers (progress is reported per batch there); CI is unset unless named.
    for (const [args, CI] of [[['.'], ''], [['.', '--concurrency', '2'], ''], [['.'], 'true']] as const) {
      const result = runCli([...args, '--format', 'json'], {cwd: work, env: {CI}})
      expect(result.code).toBe(1)
      expect(result.stderr).toBe('')
      expect((JSON.parse(result.stdout) as unknown[]).length).toBe(fileCount)
    }
  })

  // util-linux `script` gives the process a real terminal; stdout goes to a file, so what the terminal shows is stderr.
  const script = spawnSync('script', ['--version'], {encoding: 'utf8'})
  it.skipIf(script.status !== 0 || !script.stdout.includes('util-linux'))('draws and clears its line when stderr is a terminal', () => {
    const report = path.join(work, '..', `${path.basename(work)}.json`)
    try {
      const command = `'${process.execPath}' '${bin}' . --format json > '${report}'`
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: work, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', CI: ''}})
      expect(result.stdout).toContain(`counterside: ${fileCount}/${fileCount} files`)
      expect(result.stdout.trimEnd().endsWith('\r\u001b[K')).toBe(true)
      expect(existsSync(report)).toBe(true)
    } finally {
      rmSync(report, {force: true})
    }
  })
})
