/**
 * Start-up: what the built binary loads. `--version` and usage errors need
 * neither the engine nor any format's parser; a run loads the parsers of
 * the formats it reads, and only those.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, fixtures} from './run-cli.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'counterside-startup-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

// A module hook that writes every module URL the ES loader loads to a file.
writeFileSync(path.join(scratch, 'hooks.mjs'), `import {appendFileSync} from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(process.env.LOADED_LIST, url + '\\n')
  return next(url, context)
}
`)
writeFileSync(path.join(scratch, 'register.mjs'), `import {register} from 'node:module'
register(${JSON.stringify(pathToFileURL(path.join(scratch, 'hooks.mjs')).href)})
`)

let runs = 0
/** The modules a run of the binary with `args` loaded, as paths from the repository's packages and dependencies. */
function loaded(args: readonly string[]): {code: number | null; modules: string[]} {
  const list = path.join(scratch, `loaded-${runs++}.txt`)
  writeFileSync(list, '')
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(scratch, 'register.mjs')).href, bin, ...args], {cwd: fixtures, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', LOADED_LIST: list}})
  const modules = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((url) => url.replace(/^.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*\/packages\//, 'packages/'))
  return {code: result.status, modules}
}

const engine = 'packages/retext-counterside/dist/index.js'
const parsers = ['remark-parse', 'remark-mdx', 'hast-util-from-html', 'yaml', 'fast-xml-parser', 'saxes', '@formatjs/icu-messageformat-parser']
const some = (modules: readonly string[], names: readonly string[]): string[] => names.filter((name) => modules.some((module) => module.startsWith(`${name}/`)))

describe('start-up', () => {
  it('--version loads neither the engine nor any parser or reporter', () => {
    const {code, modules} = loaded(['--version'])
    expect(code).toBe(0)
    expect(modules).not.toContain(engine)
    expect(some(modules, parsers)).toEqual([])
    expect(modules.filter((module) => module.startsWith('packages/counterside/dist/reporters/') && !module.endsWith('/names.js'))).toEqual([])
  })

  it('a usage error loads no engine either', () => {
    const {code, modules} = loaded(['--format', 'nope'])
    expect(code).toBe(2)
    expect(modules).not.toContain(engine)
  })

  it('a run loads the engine and the parsers of the formats it reads, and no others', () => {
    const markdown = loaded(['formats/help.md', '--format', 'json'])
    expect(markdown.code).toBe(1)
    expect(markdown.modules).toContain(engine)
    expect(some(markdown.modules, parsers)).toEqual(['remark-parse', 'yaml'])
    const mdx = loaded(['formats/page.mdx', '--format', 'json'])
    expect(some(mdx.modules, parsers)).toEqual(['remark-parse', 'remark-mdx', 'yaml'])
  })
})
