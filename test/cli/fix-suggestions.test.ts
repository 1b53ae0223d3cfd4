/**
 * --fix-suggestions: the first suggestion of each finding is written back,
 * atomically, only where the copy is written as it reads (never a catalog
 * key, an escape or markup); what was applied and what was left is said on
 * stderr; the report and exit code are about what remains; a second run
 * changes nothing; standard input is never written, its fixed text is the
 * JSON report's `output`.
 */
import {lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson} from './run-cli.js'

const temporary = mkdtempSync(path.join(tmpdir(), 'counterside-fix-suggestions-'))
afterAll(() => rmSync(temporary, {recursive: true, force: true}))

let folders = 0
function project(files: Record<string, string | Buffer>): string {
  const folder = path.join(temporary, `project-${folders++}`)
  mkdirSync(folder)
  for (const [name, content] of Object.entries({'package.json': '{}\n', ...files})) {
    writeFileSync(path.join(folder, name), content)
  }

  return folder
}

const read = (folder: string, name: string) => readFileSync(path.join(folder, name), 'utf8')

describe('--fix-suggestions', () => {
  it('fixes Markdown inside its markup and reports what remains, with the exit code of what remains', () => {
    const folder = project({})
    writeFileSync(path.join(folder, 'page.md'), '# DO NOT CLOSE THIS WINDOW\n\nThanks!!! Read **THE SMALL PRINT HERE NOW** first.\n\nPlease wait for manager approval.\n\nThis email is part of our Q4 acquisition push.\n')
    const {code, results, stderr} = runJson(['page.md', '--fix-suggestions'], {cwd: folder})
    expect(read(folder, 'page.md')).toBe('# Do not close this window\n\nThanks! Read **the small print here now** first.\n\nA team member will finish this for you.\n\nThis email is part of our Q4 acquisition push.\n')
    expect(stderr).toContain('counterside: fixed page.md:1:3 shouting: “DO NOT CLOSE THIS WINDOW” → “Do not close this window”\n')
    // A sentence rewrite is said as offered, and made as the few characters that differ (so it does not overlap the capitals' fix).
    expect(stderr).toContain('counterside: fixed page.md:3:7 shouting: “Thanks!!!” → “Thanks!”\n')
    expect(stderr).toContain('counterside: fixed page.md:5:8 permission-gate: “Please wait for manager approval.” → “A team member will finish this for you.”\n')
    expect(stderr).toContain('counterside: --fix-suggestions: applied 4 suggestions in 1 file\n')
    // The report is of the fixed file: only the finding without a suggestion is left, and it is an error.
    expect(results[0]!.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual(['sales-jargon@7'])
    expect(results[0]).not.toHaveProperty('output')
    expect(code).toBe(1)
  })

  it('fixes plain text, keeps CRLF line breaks, and a second run changes nothing', () => {
    const folder = project({'note.txt': 'INSERT YOUR CARD AND WAIT\r\nThank you!!\r\n'})
    expect(runCli(['note.txt', '--fix-suggestions'], {cwd: folder}).code).toBe(0)
    const once = read(folder, 'note.txt')
    expect(once).toBe('Insert your card and wait\r\nThank you!\r\n')
    const again = runCli(['note.txt', '--fix-suggestions'], {cwd: folder})
    expect(again.stderr).toBe('counterside: --fix-suggestions: applied 0 suggestions in 0 files\n')
    expect(read(folder, 'note.txt')).toBe(once)
    expect(again.stdout).toBe('')
  })

  it('fixes a catalog value, never the key with the same words, and leaves a value written with an escape', () => {
    const catalog = '{\n  "PLEASE DO NOT CLOSE THIS WINDOW": "PLEASE DO NOT CLOSE THIS WINDOW",\n  "escaped": "PLEASE \\u0044O NOT CLOSE THIS WINDOW",\n  "quoted": "Say \\"Thank you\\" now!!!"\n}\n'
    const folder = project({'en.json': catalog})
    const {code, results, stderr} = runJson(['en.json', '--fix-suggestions'], {cwd: folder})
    expect(read(folder, 'en.json')).toBe('{\n  "PLEASE DO NOT CLOSE THIS WINDOW": "Please do not close this window",\n  "escaped": "PLEASE \\u0044O NOT CLOSE THIS WINDOW",\n  "quoted": "Say \\"Thank you\\" now!"\n}\n')
    expect(stderr).toContain('counterside: not fixed en.json:3:15 shouting: the words are not written as they read there (an escape, entity or markup inside them); make it by hand\n')
    expect(stderr).toContain('applied 2 suggestions in 1 file; 1 left to make by hand\n')
    expect(results[0]!.messages.map((message) => message.key)).toEqual(['escaped'])
    expect(code).toBe(0)
  })

  it('says a file it cannot write was left as it was, fixes the other files, and exits 2', () => {
    const folder = project({'locked.md': 'THANK YOU FOR WAITING!!!\n', 'open.md': 'THANK YOU FOR WAITING!!!\n'})
    // CI runs as root, which chmod cannot stop: refuse the temporary file for locked.md as a read-only folder would.
    const preload = path.join(folder, 'refuse-write.mjs')
    writeFileSync(preload, [
      "import fs from 'node:fs'",
      "import {syncBuiltinESMExports} from 'node:module'",
      'const open = fs.openSync',
      "fs.openSync = function (file, flags, ...rest) {",
      "  if (flags === 'wx' && String(file).includes('.locked.md.')) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), {code: 'EACCES'})",
      '  return open.call(this, file, flags, ...rest)',
      '}',
      'syncBuiltinESMExports()'
    ].join('\n'))
    const {code, results, stderr} = runJson(['locked.md', 'open.md', '--fix-suggestions'], {cwd: folder, env: {NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`}})
    expect(code).toBe(2)
    expect(read(folder, 'locked.md')).toBe('THANK YOU FOR WAITING!!!\n')
    expect(read(folder, 'open.md')).toBe('Thank you for waiting!\n')
    const locked = results.find((result) => result.filePath.endsWith('locked.md'))!
    expect(locked.messages[0]).toMatchObject({fatal: true, message: 'cannot write the fixed file (permission denied); nothing in it was changed. Fix: make the file and its folder writable, or run without --fix-suggestions.'})
    // The findings it still has are reported with it.
    expect(locked.messages.map((message) => message.ruleId)).toEqual([null, 'shouting', 'shouting'])
    expect(stderr).toContain('applied 2 suggestions in 1 file\n')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('writes through a symbolic link (the link stays a link), keeps a byte order mark, and leaves a UTF-16 file it could not write back as it was', () => {
    const folder = project({
      'target.txt': 'THANK YOU FOR WAITING!!!\n',
      'bom.txt': Buffer.from('\uFEFFTHANK YOU FOR WAITING!!!\n', 'utf8'),
      'wide.txt': Buffer.from('\uFEFFTHANK YOU FOR WAITING!!!\n', 'utf16le')
    })
    symlinkSync(path.join(folder, 'target.txt'), path.join(folder, 'link.txt'))
    const {stderr} = runJson(['link.txt', 'bom.txt', 'wide.txt', '--fix-suggestions'], {cwd: folder})
    expect(lstatSync(path.join(folder, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(read(folder, 'target.txt')).toBe('Thank you for waiting!\n')
    expect(readFileSync(path.join(folder, 'bom.txt'))).toEqual(Buffer.from('\uFEFFThank you for waiting!\n', 'utf8'))
    expect(readFileSync(path.join(folder, 'wide.txt'))).toEqual(Buffer.from('\uFEFFTHANK YOU FOR WAITING!!!\n', 'utf16le'))
    expect(stderr).toContain('counterside: not fixed wide.txt:1:1 shouting: the file is not plain UTF-8 text')
  })

  it('with standard input writes nothing and puts the fixed text in the JSON report\'s output', () => {
    const folder = project({})
    const {code, results, stderr} = runJson(['--stdin', '--stdin-filename', 'page.md', '--fix-suggestions'], {cwd: folder, input: '**THANK YOU FOR WAITING**!!!\n'})
    expect(code).toBe(0)
    expect(results[0]).toMatchObject({messages: [], output: '**Thank you for waiting**!\n'})
    expect(stderr).toContain('counterside: fixed page.md:1:3 shouting:')
    expect(readdirSync(folder)).toEqual(['package.json'])
  })

  it('does not combine with --diff, which would fix lines outside the diff', () => {
    const result = runCli(['.', '--fix-suggestions', '--diff'], {cwd: project({})})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('do not combine it with --diff')
  })
})
