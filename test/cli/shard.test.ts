/**
 * `--shard <i>/<n>` and `merge-reports`: every file in exactly one shard,
 * the same split from any machine or working folder, and the merged
 * shards reporting and exiting as the unsharded run does.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {filesOfShard, parseShard} from '../../packages/counterside/src/shard.js'
import {ProjectRoots} from '../../packages/counterside/src/discovery/project-root.js'
import type {DiscoveryFileSystem} from '../../packages/counterside/src/discovery/file-system.js'
import {fixtures, runCli, runJson, type JsonResult} from './run-cli.js'

function temp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-shard-'))
}

/** A project (marked by `.git`) of Markdown files in nested folders, some with findings. */
function project(root: string, count: number): string {
  fs.mkdirSync(path.join(root, '.git'), {recursive: true})
  for (let index = 0; index < count; index++) {
    const file = path.join(root, `section-${index % 4}`, `page-${index}.md`)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, index % 3 === 0 ? 'Upsell the warranty.\n' : 'Thanks for your order.\n')
  }

  return root
}

/** Results keyed by path relative to `root`, `/`-separated, for comparisons independent of order and checkout folder. */
function byRelativePath(results: readonly JsonResult[], root: string): Map<string, Omit<JsonResult, 'filePath'>> {
  return new Map(results.map(({filePath, ...rest}) => [path.relative(root, filePath).split(path.sep).join('/'), rest]))
}

function shardRuns(args: readonly string[], count: number, cwd: string, folder: string): Array<{code: number | null; file: string; results: JsonResult[]}> {
  return Array.from({length: count}, (_, offset) => {
    const file = path.join(folder, `shard-${offset + 1}.json`)
    const run = runCli([...args, '--shard', `${offset + 1}/${count}`, '--format', 'json', '-o', file], {cwd})
    return {code: run.code, file, results: JSON.parse(fs.readFileSync(file, 'utf8')) as JsonResult[]}
  })
}

describe('the split', () => {
  // A file system where every path is a file and only /repo is marked, so the property needs no disk.
  const markedAtRepo: DiscoveryFileSystem = {
    readdir: () => [],
    stat: () => fs.statSync(os.tmpdir()),
    lstat: (file) => {
      if (file === path.join(path.sep, 'repo', '.git')) return fs.statSync(os.tmpdir())
      throw Object.assign(new Error('ENOENT'), {code: 'ENOENT'})
    },
    realpath: (file) => file,
    readFile: () => ''
  }
  const segment = fc.stringMatching(/^[\w .-]{1,12}$/).filter((name) => name !== '.' && name !== '..' && name.trim() === name)
  const relativePaths = fc.uniqueArray(fc.array(segment, {minLength: 1, maxLength: 4}).map((parts) => parts.join('/')), {maxLength: 60})

  it('puts every file in exactly one shard, for any n', () => {
    fc.assert(
      fc.property(relativePaths, fc.integer({min: 1, max: 12}), (relative, count) => {
        const files = relative.map((file) => path.join(path.sep, 'repo', ...file.split('/')))
        const roots = new ProjectRoots(markedAtRepo)
        const shards = Array.from({length: count}, (_, offset) => filesOfShard(files, {index: offset + 1, count}, '/elsewhere', roots))
        expect(shards.flat().sort()).toEqual([...files].sort())
        // Discovery order is kept within a shard.
        for (const shard of shards) expect(shard).toEqual(files.filter((file) => shard.includes(file)))
      })
    )
  })

  it('depends on the path within the project only, not on where the project is checked out', () => {
    fc.assert(
      fc.property(relativePaths, fc.integer({min: 2, max: 8}), (relative, count) => {
        const split = (checkout: string) => {
          const roots = new ProjectRoots({...markedAtRepo, lstat: (file) => (file === path.join(checkout, '.git') ? fs.statSync(os.tmpdir()) : markedAtRepo.lstat('/none'))})
          return Array.from({length: count}, (_, offset) =>
            filesOfShard(
              relative.map((file) => path.join(checkout, ...file.split('/'))),
              {index: offset + 1, count},
              checkout,
              roots
            ).map((file) => path.relative(checkout, file))
          )
        }

        expect(split(path.join(path.sep, 'home', 'runner', 'work', 'site'))).toEqual(split(path.join(path.sep, 'builds', 'x')))
      })
    )
  })
})

describe('--shard <i>/<n>', () => {
  it('takes whole numbers with 1 ≤ i ≤ n, and says what is wrong otherwise', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    for (const value of ['0/3', '4/3', '1/0', '1.5/2', '-1/2', 'x', '1/', '2', '1/99999999999999999999']) expect(() => parseShard(value), value).toThrow(/shard|expected/)
    const run = runCli(['formats', '--shard', '4/3'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--shard')
    expect(run.stderr).toContain('from 1 to 3')
    expect(run.stdout).toBe('')
  })
})

describe('shards of a fixture folder, with a pattern that matches nothing', () => {
  const args = ['formats', 'nothing/*.md']
  const all = runJson(args)
  const folder = temp()
  const shards = shardRuns(args, 3, fixtures, folder)

  it('lint every file in exactly one shard', () => {
    const unsharded = all.results.map((result) => result.filePath).sort()
    expect(unsharded.length).toBeGreaterThan(5)
    expect(shards.flatMap((shard) => shard.results.map((result) => result.filePath)).sort()).toEqual(unsharded)
    expect(shards.every((shard) => shard.results.length > 0)).toBe(true)
  })

  it('report the unmatched pattern once, in shard 1, which fails as the unsharded run does', () => {
    expect(shards.map((shard) => shard.results.filter((result) => result.filePath.includes('nothing')).length)).toEqual([1, 0, 0])
    expect(all.code).toBe(2)
    expect(shards[0]!.code).toBe(2)
  })

  it('merge (given in any order) into the unsharded run\'s JSON and exit code', () => {
    const merged = runJson(['merge-reports', ...shards.map((shard) => shard.file).reverse()])
    expect(merged.code).toBe(all.code)
    expect(byRelativePath(merged.results, fixtures)).toEqual(byRelativePath(all.results, fixtures))
  })

  it('merge into any format, such as SARIF', () => {
    const direct = runCli([...args, '--format', 'sarif'])
    const merged = runCli(['merge-reports', ...shards.map((shard) => shard.file), '--format', 'sarif'])
    expect(merged.code).toBe(direct.code)
    const results = (output: string) => (JSON.parse(output) as {runs: Array<{results: unknown[]}>}).runs[0]!.results.map((result) => JSON.stringify(result)).sort()
    expect(results(merged.stdout).length).toBeGreaterThan(0)
    expect(results(merged.stdout)).toEqual(results(direct.stdout))
  })

  it('refuse a report given twice, a file that is not a JSON report and a missing file, naming it', () => {
    const twice = runCli(['merge-reports', shards[0]!.file, shards[1]!.file, shards[0]!.file])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('give each shard\'s report once')
    const notReport = path.join(folder, 'stylish.txt')
    fs.writeFileSync(notReport, 'formats/help.md\n  1:1  error  …\n')
    const bad = runCli(['merge-reports', notReport])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`Cannot merge ${notReport}: it is not valid JSON`)
    const missing = runCli(['merge-reports', shards[0]!.file, path.join(folder, 'absent.json')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('absent.json: no such file')
    expect(missing.stdout).toBe('')
  })
})

describe('shards of two checkouts of one project', () => {
  const first = project(temp(), 30)
  const second = project(temp(), 30)
  const fromRoot = shardRuns(['.'], 2, first, temp())
  // The second checkout is linted from inside one of its folders, naming the project as `..`.
  const fromSubfolder = shardRuns(['..'], 2, path.join(second, 'section-1'), temp())

  it('split alike, whatever the checkout folder and the working folder', () => {
    for (let index = 0; index < 2; index++) {
      expect([...byRelativePath(fromSubfolder[index]!.results, second).keys()].sort()).toEqual([...byRelativePath(fromRoot[index]!.results, first).keys()].sort())
    }

    expect(fromRoot.every((shard) => shard.results.length > 0)).toBe(true)
  })

  it('merge into the unsharded run\'s report, exit code and --update-baseline file', () => {
    const merged = runJson(['merge-reports', ...fromRoot.map((shard) => shard.file), '--update-baseline', '--baseline', 'merged-baseline.json'], {cwd: first})
    const direct = runJson(['.', '--update-baseline', '--baseline', 'direct-baseline.json'], {cwd: first})
    // Both runs apply the baseline they just wrote, so both pass; the shards' own exit codes were 1.
    expect(fromRoot.map((shard) => shard.code)).toEqual([1, 1])
    expect(merged.code).toBe(direct.code)
    expect(byRelativePath(merged.results, first)).toEqual(byRelativePath(direct.results, first))
    const baseline = (name: string) => fs.readFileSync(path.join(first, name), 'utf8')
    expect(JSON.parse(baseline('merged-baseline.json')).findings.length).toBeGreaterThan(0)
    expect(baseline('merged-baseline.json')).toBe(baseline('direct-baseline.json'))
  })
})
