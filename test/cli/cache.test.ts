/** --cache: reused only while content, config and version are unchanged; a damaged cache costs time, never a result. */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson, type JsonResult} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-cache-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

let folders = 0
function project(): string {
  const folder = path.join(temporary, `project-${folders++}`)
  mkdirSync(path.join(folder, 'docs'), {recursive: true})
  writeFileSync(path.join(folder, 'package.json'), '{}\n')
  writeFileSync(path.join(folder, 'docs/a.md'), 'Upsell the warranty.\n')
  writeFileSync(path.join(folder, 'docs/b.md'), 'Transaction failed.\n')
  return folder
}

interface CacheFile {
  version: number
  tool: string
  entries: Record<string, {content: string; config: string; messages: Array<Record<string, unknown>>; suppressedMessages: unknown[]}>
}

const readCache = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CacheFile
const summary = (results: readonly JsonResult[]) => results.map((result) => `${path.basename(result.filePath)}: ${result.messages.map((message) => message.message.startsWith('FROM CACHE') ? 'FROM CACHE' : message.ruleId).join(', ')}`)

/** Marks every cached message, so a test can tell a reused report from a fresh one. */
function poison(file: string): void {
  const cache = readCache(file)
  for (const entry of Object.values(cache.entries)) for (const message of entry.messages) message.message = 'FROM CACHE'
  writeFileSync(file, JSON.stringify(cache))
}

describe('--cache', () => {
  it('writes .counterside-cache in the project root, atomically, and reuses it while nothing changed', () => {
    const folder = project()
    const first = runJson(['.', '--cache'], {cwd: path.join(folder, 'docs')})
    expect(first.code).toBe(1)
    expect(readdirSync(folder).sort()).toEqual(['.counterside-cache', 'docs', 'package.json'])
    const cache = readCache(path.join(folder, '.counterside-cache'))
    expect(Object.keys(cache.entries)).toEqual(['docs/a.md', 'docs/b.md'])
    expect(cache.tool).toMatch(/^counterside@\S+ core@\S+ node@/)

    const second = runJson(['.', '--cache'], {cwd: path.join(folder, 'docs')})
    expect(second.results).toEqual(first.results)
    poison(path.join(folder, '.counterside-cache'))
    expect(summary(runJson(['.', '--cache'], {cwd: path.join(folder, 'docs')}).results)).toEqual(['a.md: FROM CACHE', 'b.md: FROM CACHE'])
  })

  it('lints again a file whose content changed, and every file when the config, an option or the version changed', () => {
    const folder = project()
    const cacheFile = path.join(folder, '.counterside-cache')
    const lint = (...args: string[]) => summary(runJson(['docs', '--cache', ...args], {cwd: folder}).results)
    lint()
    poison(cacheFile)
    writeFileSync(path.join(folder, 'docs/b.md'), 'Transaction failed. Upsell the warranty.\n')
    expect(lint()).toEqual(['a.md: FROM CACHE', 'b.md: dead-end-error, sales-jargon'])

    poison(cacheFile)
    writeFileSync(path.join(folder, '.countersiderc.json'), JSON.stringify({rules: {'dead-end-error': 'off'}}))
    expect(lint()).toEqual(['a.md: sales-jargon', 'b.md: sales-jargon'])

    poison(cacheFile)
    expect(lint('--rule', 'sales-jargon:off')).toEqual(['a.md: ', 'b.md: '])

    poison(cacheFile)
    const cache = readCache(cacheFile)
    writeFileSync(cacheFile, JSON.stringify({...cache, tool: cache.tool.replace(/^counterside@\S+/, 'counterside@0.0.1')}))
    expect(lint()).toEqual(['a.md: sales-jargon', 'b.md: sales-jargon'])
  })

  describe('a damaged cache is discarded with a warning and rebuilt', () => {
    // One clean run; its cache is copied into a fresh project per case (entries are relative, so it applies there too).
    const clean = project()
    const fresh = runJson(['docs', '--cache'], {cwd: clean})
    const cleanCache = readFileSync(path.join(clean, '.counterside-cache'), 'utf8')

    it.each([
      ['not JSON', () => 'garbage', 'it is not valid JSON'],
      ['truncated', (cache: string) => cache.slice(0, cache.length / 2), 'it is not valid JSON'],
      ['not a cache', () => '[1, 2]', 'it is not a counterside cache'],
      ['entries of the wrong type', (cache: string) => JSON.stringify({...(JSON.parse(cache) as CacheFile), entries: []}), 'it is not a counterside cache'],
      ['a damaged entry', (cache: string) => cache.replace('"severity":2', '"severity":"high"'), 'the entry for "docs/a.md" is damaged'],
      ['an entry of null', (cache: string) => cache.replace(/"docs\/b\.md":\{.*\}\}\}/s, '"docs/b.md":null}}'), 'the entry for "docs/b.md" is damaged']
    ])('%s', (_name, damage, warning) => {
      const folder = project()
      const cacheFile = path.join(folder, '.counterside-cache')
      writeFileSync(cacheFile, damage(cleanCache))
      const damaged = runJson(['docs', '--cache'], {cwd: folder})
      expect(damaged.stderr).toContain(`counterside: discarding the cache ${cacheFile}: ${warning}`)
      expect(damaged.stderr).toContain('it will be rebuilt')
      expect(damaged.code).toBe(fresh.code)
      expect(summary(damaged.results)).toEqual(summary(fresh.results))
      expect(Object.keys(readCache(cacheFile).entries)).toEqual(['docs/a.md', 'docs/b.md'])
    })
  })

  it('--cache-location names a file, or a folder to put .counterside-cache in; entries are relative to it', () => {
    const folder = project()
    runCli(['docs', '--cache', '--cache-location', 'tmp/lint.cache'], {cwd: folder})
    expect(Object.keys(readCache(path.join(folder, 'tmp/lint.cache')).entries)).toEqual(['../docs/a.md', '../docs/b.md'])
    runCli(['docs', '--cache', '--cache-location', 'caches/'], {cwd: folder})
    expect(Object.keys(readCache(path.join(folder, 'caches/.counterside-cache')).entries)).toEqual(['../docs/a.md', '../docs/b.md'])
  })

  it.skipIf(!existsSync('/proc/self'))('a cache folder that cannot be made is a warning, never a hang', () => {
    const folder = project()
    const result = runCli(['docs', '--cache', '--cache-location', '/proc/counterside-test/cache.json'], {cwd: folder, timeout: 30_000})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('could not write the cache /proc/counterside-test/cache.json')
  })

  it('keeps no report of a file that could not be read or parsed, and refuses a cache that is a linted file', () => {
    const folder = project()
    writeFileSync(path.join(folder, 'docs/broken.html'), Buffer.from([0, 1, 2, 0xff]))
    const first = runCli(['docs', '--cache'], {cwd: folder})
    expect(first.code).toBe(2)
    expect(Object.keys(readCache(path.join(folder, '.counterside-cache')).entries)).toEqual(['docs/a.md', 'docs/b.md'])

    const refused = runCli(['docs', '--cache', '--cache-location', 'docs/a.md'], {cwd: folder})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('it is one of the files being linted')
    expect(readFileSync(path.join(folder, 'docs/a.md'), 'utf8')).toBe('Upsell the warranty.\n')
  })
})
