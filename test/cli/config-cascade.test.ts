/**
 * Config discovery: from each linted file's folder up to the project root
 * (or a `"root": true` config), nested configs over their parents, from any
 * working folder; `--config` in place of discovery; `--print-config` and
 * `resolveConfigFor` tell the same story.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {rules} from '@counterside/core'
import {afterAll, describe, expect, it} from 'vitest'
import {resolveConfigFor} from '../../packages/counterside/src/config/load.js'
import {byFile, runCli, runJson} from './run-cli.js'

// Two findings per page: sales-jargon on line 1, permission-gate on line 3.
const page = 'Upsell the warranty.\n\nPlease wait for manager approval.\n'

const base = mkdtempSync(path.join(os.tmpdir(), 'counterside-cascade-'))
const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'counterside-elsewhere-'))
afterAll(() => {
  rmSync(base, {recursive: true, force: true})
  rmSync(elsewhere, {recursive: true, force: true})
})

function write(relative: string, content: unknown): string {
  const file = path.join(base, relative)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content))
  return file
}

// shop/ is a project: its config turns sales-jargon off and sets options on permission-gate;
// staff/ turns permission-gate off below it; kiosk/ says root; vendor/ is a project of its own.
write('shop/package.json', {name: 'shop'})
write('shop/.countersiderc.json', {
  rules: {'sales-jargon': 'off', 'permission-gate': ['error', {allow: ['supervisor']}]},
  surfaces: {quiet: {rules: {'permission-gate': 'off'}}},
  ignorePatterns: ['drafts']
})
write('shop/page.md', page)
write('shop/drafts/page.md', page)
write('shop/staff/.countersiderc.yaml', 'rules:\n  permission-gate: 1\nignorePatterns:\n  - notes/**\n')
write('shop/staff/page.md', page)
write('shop/staff/notes/page.md', page)
write('shop/staff/deep/er/page.md', page)
write('shop/kiosk/.countersiderc.json', {root: true, rules: {shouting: 'off'}})
write('shop/kiosk/page.md', page)
write('shop/vendor/package.json', {name: 'vendor'})
write('shop/vendor/page.md', page)
write('shop/signs/.countersiderc.json', {overrides: [{files: 'lobby.md', surface: 'quiet'}]})
write('shop/signs/lobby.md', page)
write('shop/signs/door.md', page)
// A config above the project root never applies.
write('.countersiderc.json', {rules: {'permission-gate': 'off', 'sales-jargon': 'off'}})
write('shop/other.json', {rules: {'sales-jargon': 'warn'}})

const shop = path.join(base, 'shop')
const named = ['page.md', 'staff/page.md', 'staff/deep/er/page.md', 'kiosk/page.md', 'vendor/page.md', 'signs/lobby.md', 'signs/door.md', 'staff/notes/page.md']
// One run from an unrelated folder names every page (each under its own cascade): spawning the CLI is the slow part.
let fromElsewhere: ReturnType<typeof runJson> | undefined
const found = (file: string): string[] => {
  fromElsewhere ??= runJson(named.map((name) => path.join(shop, name)), {cwd: elsewhere})
  return byFile(fromElsewhere.results, path.join('shop', file))!.messages.map((message) => `${message.ruleId}:${message.severity}`)
}

let printed: {code: number | null; config: Record<string, unknown>} | undefined
const printConfig = () => {
  if (!printed) {
    const result = runCli(['--print-config', 'staff/page.md'], {cwd: shop})
    printed = {code: result.code, config: JSON.parse(result.stdout) as Record<string, unknown>}
  }

  return printed
}

describe('config cascade', () => {
  it('uses the linted file\'s project config whatever the working folder', () => {
    expect(found('page.md')).toEqual(['permission-gate:2'])
  })

  it('merges a nested config over its parent, down any depth of folders', () => {
    expect(found('staff/page.md')).toEqual(['permission-gate:1'])
    expect(found('staff/deep/er/page.md')).toEqual(['permission-gate:1'])
  })

  it('stops at a config that says root, and at the project root', () => {
    expect(found('kiosk/page.md')).toEqual(['sales-jargon:2', 'permission-gate:2'])
    expect(found('vendor/page.md')).toEqual(['sales-jargon:2', 'permission-gate:2'])
  })

  it('in a git repository, goes past a package\'s package.json up to the repository\'s config (a monorepo)', () => {
    write('mono/.git/HEAD', 'ref: refs/heads/main\n')
    write('mono/.countersiderc.json', {rules: {'sales-jargon': 'off'}})
    write('mono/packages/app/package.json', {name: 'app'})
    const file = write('mono/packages/app/page.md', page)
    const {results} = runJson([file], {cwd: elsewhere})
    expect(results[0]!.messages.map((message) => `${message.ruleId}:${message.severity}`)).toEqual(['permission-gate:2'])
  })

  it('lets a nested config\'s override use a surface its parent defines, with globs relative to the nested config', () => {
    expect(found('signs/lobby.md')).toEqual([])
    expect(found('signs/door.md')).toEqual(['permission-gate:2'])
  })

  it('applies each config\'s ignorePatterns below its own folder', () => {
    const {results} = runJson(['.'], {cwd: shop})
    const linted = results.map((result) => path.relative(shop, result.filePath).split(path.sep).join('/')).sort()
    expect(linted).toEqual(['kiosk/page.md', 'page.md', 'signs/door.md', 'signs/lobby.md', 'staff/deep/er/page.md', 'staff/page.md', 'vendor/page.md'])
    // Named on the command line, an ignored file is reported as ignored, not skipped in silence.
    expect(found('staff/notes/page.md')).toEqual(['null:1'])
  })

  it('resolves the cascade in worker threads as on the main thread', () => {
    for (let index = 0; index < 10; index++) {
      write(`shop/many/${index}.md`, page)
      write(`shop/staff/many/${index}.md`, page)
    }

    const {results} = runJson(['many', 'staff/many', '--concurrency', '2'], {cwd: shop})
    expect(results).toHaveLength(20)
    expect(byFile(results, 'shop/many/3.md')!.messages.map((message) => message.severity)).toEqual([2])
    expect(byFile(results, 'staff/many/3.md')!.messages.map((message) => message.severity)).toEqual([1])
  })

  it('uses --config alone in place of discovery', () => {
    const {results} = runJson([path.join(shop, 'staff/page.md'), '--config', path.join(shop, 'other.json')], {cwd: elsewhere})
    expect(results[0]!.messages.map((message) => `${message.ruleId}:${message.severity}`)).toEqual(['sales-jargon:1', 'permission-gate:2'])
  })

  it('prints the full config for a file with every default and the files it came from', () => {
    const {code, config} = printConfig()
    expect(code).toBe(0)
    const printedRules = config.rules as Record<string, unknown>
    expect(Object.keys(printedRules)).toEqual(rules.map((rule) => rule.id))
    // A severity alone keeps the options set above it, as in ESLint; numbers read as words.
    expect(printedRules['permission-gate']).toEqual(['warn', {allow: ['supervisor']}])
    expect(printedRules['sales-jargon']).toBe('off')
    expect(printedRules.shouting).toBe('warn')
    expect(config).toMatchObject({minConfidence: 0.5, language: 'en', learned: true, allow: []})
    expect(config.sources).toEqual(['.countersiderc.json', path.join('staff', '.countersiderc.yaml')])
  })

  it('offers the same resolution as a library call', async () => {
    const resolved = await resolveConfigFor(path.join(shop, 'staff/page.md'), {cwd: shop})
    expect({...resolved.config, sources: resolved.sources}).toEqual(printConfig().config)
    expect((await resolveConfigFor(path.join(shop, 'drafts/page.md'))).ignored).toBe(true)
  })
})
