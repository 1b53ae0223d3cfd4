/** --diff cannot be turned into a git option, and sees files whatever their names. */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {headerPath} from '../../packages/counterside/src/diff.js'
import {runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-diff-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

const legacy = 'Upsell the warranty.\n\nPlease wait for manager approval.\n'
const changed = 'Upsell the warranty.\n\nPlease wait for manager approval.\n\nTransaction failed.\n'

function repository(name: string, files: readonly string[]): {repo: string; git: (...args: string[]) => string} {
  const repo = path.join(temporary, name)
  mkdirSync(repo)
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, encoding: 'utf8', stdio: 'pipe', env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com'}})
  git('init', '-q', '-b', 'main')
  for (const file of files) writeFileSync(path.join(repo, file), legacy)
  git('add', '.')
  git('commit', '-q', '--allow-empty', '-m', 'legacy copy')
  return {repo, git}
}

describe('--diff refuses a ref git would read as an option', () => {
  const {repo} = repository('options', ['a.md'])
  writeFileSync(path.join(repo, 'a.md'), changed)

  it.each([['--diff=--output=a.md'], ['--diff=']])('%s: exit 2, the linted file untouched', (flag) => {
    const result = runCli(['a.md', flag], {cwd: repo})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is not a git ref')
    expect(readFileSync(path.join(repo, 'a.md'), 'utf8')).toBe(changed)
  })

  it('names a ref that does not exist', () => {
    const result = runCli(['a.md', '--diff', 'no-such-branch'], {cwd: repo})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('`no-such-branch` is not a commit, branch or tag')
  })
})

describe('--diff sees files whatever their names', () => {
  // Git quotes names with a quote, backslash, tab or newline on the `+++` line, adds a tab after names with a space, and escapes non-ASCII unless core.quotePath is off.
  const names = ['with space.md', 'with "quote".md', 'with\ttab.md', 'new\nline.md', 'café 日本.md', 'plain.md']
  const {repo} = repository('names', names)
  for (const name of names) writeFileSync(path.join(repo, name), changed)

  it('reports only the changed line of each', () => {
    const {code, results} = runJson([...names, '--diff', 'HEAD'], {cwd: repo})
    expect(code).toBe(1)
    const lines = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.ruleId}@${message.line}`)]))
    expect(lines).toEqual(Object.fromEntries(names.map((name) => [name, ['dead-end-error@5']])))
  })

  // A backslash in a named file is read as a glob escape by discovery, so its header is checked here directly.
  it.each([
    ['b/with space.md\t', 'b/with space.md'],
    ['"b/back\\\\slash.md"', 'b/back\\slash.md'],
    ['"b/q\\"t\\ttab\\nnl.md"', 'b/q"t\ttab\nnl.md'],
    ['"b/caf\\303\\251.md"', 'b/café.md'],
    ['/dev/null', undefined]
  ])('unquotes the header %s', (field, expected) => {
    expect(headerPath(field)).toBe(expected)
  })
})

describe('--diff holds every changed file to the gate', () => {
  it('a file git calls binary (UTF-16) counts as wholly changed', () => {
    const {repo, git} = repository('binary', [])
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    mkdirSync(path.join(repo, 'en.lproj'))
    writeFileSync(path.join(repo, 'en.lproj/Localizable.strings'), utf16('"a" = "Upsell the warranty.";\n'))
    git('add', '.')
    git('commit', '-q', '-m', 'catalog')
    writeFileSync(path.join(repo, 'en.lproj/Localizable.strings'), utf16('"a" = "Upsell the warranty.";\n"b" = "Transaction failed.";\n'))
    const {results} = runJson(['en.lproj/Localizable.strings', '--diff', 'HEAD'], {cwd: repo})
    expect(results[0]!.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['sales-jargon@1', 'dead-end-error@2'])
  })

  it('an added line that starts with "++" is not read as a file header', () => {
    const {repo} = repository('plus', ['a.md'])
    writeFileSync(path.join(repo, 'a.md'), '++ Fine copy.\n\nPlease wait for manager approval.\n\nTransaction failed.\n')
    const {results} = runJson(['a.md', '--diff', 'HEAD'], {cwd: repo})
    expect(results[0]!.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['dead-end-error@5'])
  })

  it('keeps a changed file\'s "not checked" notice, whatever line changed', () => {
    const {repo} = repository('unchecked', [])
    mkdirSync(path.join(repo, 'locales'))
    writeFileSync(path.join(repo, 'locales', 'fr.json'), '{\n "a": "Bonjour"\n}\n')
    execFileSync('git', ['add', '.'], {cwd: repo})
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'fr'], {cwd: repo})
    writeFileSync(path.join(repo, 'locales', 'fr.json'), '{\n "a": "Bonjour",\n "b": "Au revoir"\n}\n')
    const {results} = runJson(['locales/fr.json', '--diff', 'HEAD'], {cwd: repo})
    expect(results[0]!.messages.map((message) => `${message.ruleId}@${message.line}: ${message.message.slice(0, 11)}`)).toEqual(['null@1: Not checked'])
  })

  it('matches files when the working folder is reached through a symlink', () => {
    const {repo} = repository('linked', ['a.md'])
    writeFileSync(path.join(repo, 'a.md'), changed)
    const link = path.join(temporary, 'link-to-linked')
    symlinkSync(repo, link)
    const {results} = runJson(['a.md', '--diff', 'HEAD'], {cwd: link})
    expect(results[0]!.messages.map((message) => message.line)).toEqual([5])
  })

  it('ignores user git config that changes the patch (noprefix, relative, mnemonic prefixes)', () => {
    const {repo, git} = repository('config', [])
    mkdirSync(path.join(repo, 'b'))
    writeFileSync(path.join(repo, 'b/a.md'), legacy)
    git('add', '.')
    git('commit', '-q', '-m', 'nested')
    git('config', 'diff.noprefix', 'true')
    git('config', 'diff.relative', 'true')
    git('config', 'diff.mnemonicPrefix', 'true')
    writeFileSync(path.join(repo, 'b/a.md'), changed)
    const {results} = runJson(['a.md', '--diff', 'HEAD'], {cwd: path.join(repo, 'b')})
    expect(results[0]!.messages.map((message) => message.line)).toEqual([5])
  })

  it('a file outside the repository is reported in full', () => {
    const {repo} = repository('inside', ['a.md'])
    const outside = path.join(temporary, 'outside.md')
    writeFileSync(outside, legacy)
    const {results} = runJson([outside, '--diff', 'HEAD'], {cwd: repo})
    expect(results[0]!.messages.map((message) => message.line)).toEqual([1, 3])
  })
})
