/**
 * The pre-commit hook manifest: generated from the CLI's own choice of
 * files and version, shaped as pre-commit's manifest schema asks, and
 * picking exactly the files a folder walk of the CLI would.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {folderExpandsTo} from '../packages/counterside/src/discovery/folder-expansion.js'
import {manifestPath, renderManifest} from '../scripts/pre-commit-hooks.js'

// pre-commit's MANIFEST_HOOK_DICT (pre_commit/clientlib.py): the keys a hook may have, and its languages.
const hookKeys = new Set([
  'id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies',
  'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version',
  'require_serial', 'stages', 'verbose'
])
const languages = new Set(['conda', 'coursier', 'dart', 'docker', 'docker_image', 'dotnet', 'fail', 'golang', 'haskell', 'julia', 'lua', 'node', 'perl', 'pygrep', 'python', 'r', 'ruby', 'rust', 'swift', 'script', 'system'])

const text = readFileSync(manifestPath, 'utf8')
const hooks = parse(text) as Array<Record<string, unknown>>
const hook = hooks[0]!

describe('.pre-commit-hooks.yaml', () => {
  it('is what `pnpm generate` writes', () => {
    expect(text).toBe(renderManifest())
  })

  it('has the fields pre-commit requires, and no key it does not know', () => {
    expect(hooks).toHaveLength(1)
    for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key], key).toBe('string')
    expect(Object.keys(hook).filter((key) => !hookKeys.has(key))).toEqual([])
    expect(languages.has(hook.language as string)).toBe(true)
    expect(hook.id).toBe('counterside')
    expect(hook.entry).toBe('counterside --max-warnings 0')
    const {version} = JSON.parse(readFileSync(new URL('../packages/counterside/package.json', import.meta.url), 'utf8')) as {version: string}
    expect(hook.additional_dependencies).toEqual([`counterside@${version}`])
  })

  it('picks exactly the files a folder walk of the CLI lints, over every file in this repository and odd cases', () => {
    const files = new RegExp(hook.files as string)
    const tracked = execFileSync('git', ['ls-files'], {cwd: path.dirname(manifestPath), encoding: 'utf8'}).split('\n').filter(Boolean)
    const odd = ['package.json', 'messages.json', 'a/messages/b.yml', 'src/i18n/en/common.yaml', 'app/src/main/res/values/strings.xml', 'res/values-fr-rCA/strings.xml', 'res/layout/main.xml', 'build.xml', 'x.pot', 'x.strings', 'image.png']
    const disagree = [...tracked, ...odd].filter((file) => files.test(file) !== folderExpandsTo('.', file.split('/').join(path.sep)))
    expect(tracked.length).toBeGreaterThan(100)
    expect(disagree).toEqual([])
  })
})
