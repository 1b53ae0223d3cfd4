/**
 * File discovery on real temporary folders, through a file system that
 * records what was listed and read, and can fail where root cannot be made
 * to fail (EACCES): what is walked, what is never touched, and what is
 * reported instead of crashing or waiting.
 */
import {chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {discoverFiles, type DiscoverOptions} from '../src/discover.js'
import {nodeFileSystem, type DiscoveryFileSystem} from '../src/discovery/file-system.js'

const top = realpathSync(mkdtempSync(path.join(tmpdir(), 'counterside-discover-')))
afterAll(() => rmSync(top, {recursive: true, force: true}))

function write(file: string, text = 'Your order has shipped.\n'): string {
  const absolute = path.join(top, file)
  mkdirSync(path.dirname(absolute), {recursive: true})
  writeFileSync(absolute, text)
  return absolute
}

/**
 * The real file system, with a log of every folder listed and file read, and
 * EACCES for the folders in `denied`. Past a budget of listings every folder
 * fails, so a walk that loops or multiplies ends quickly with wrong results
 * instead of hanging the test.
 */
function recordingFs(denied: readonly string[] = [], budget = 100): DiscoveryFileSystem & {listed: string[]; read: string[]} {
  const listed: string[] = []
  const read: string[] = []
  return {
    ...nodeFileSystem,
    listed,
    read,
    readdir(folder) {
      listed.push(folder)
      if (listed.length > budget) throw Object.assign(new Error('over the test budget'), {code: 'EMFILE'})
      if (denied.includes(folder)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), {code: 'EACCES'})
      return nodeFileSystem.readdir(folder)
    },
    readFile(file) {
      read.push(file)
      return nodeFileSystem.readFile(file)
    }
  }
}

async function discover(patterns: readonly string[], options: Partial<DiscoverOptions> & {cwd: string}) {
  const discovery = await discoverFiles(patterns, {useIgnoreFiles: true, ignorePatterns: [], ...options})
  const relative = (file: string) => path.relative(top, file).split(path.sep).join('/')
  return {
    files: discovery.files.map(relative),
    ignored: discovery.ignored.map(({path: file, by}) => `${relative(file)} by ${by}`),
    problems: discovery.problems.map(({path: file, severity, message}) => `${severity} ${relative(file)}: ${message}`)
  }
}

describe('a named path', () => {
  const shop = path.join(top, 'outer/shop')
  write('outer/shop/.git/HEAD', '')
  write('outer/shop/help/page.md')
  write('outer/shop/.gitignore', 'drafts/\n')
  write('outer/shop/help/drafts/old.md')
  // Above the project root: must not apply, and must not be read.
  write('outer/.gitignore', 'help/\n')
  write('outer/.countersideignore', '*.md\n')

  it('is linted without listing the working folder, its own folder or any other', async () => {
    const fs = recordingFs()
    const result = await discover([path.join(shop, 'help/page.md'), path.join(shop, 'help/drafts/old.md')], {cwd: '/', fileSystem: fs})
    expect(result).toEqual({files: ['outer/shop/help/page.md'], ignored: [`outer/shop/help/drafts/old.md by ${path.relative('/', shop)}/.gitignore ('drafts/')`], problems: []})
    expect(fs.listed).toEqual([])
    // Ignore files from the file's folder up to the project root (the folder with .git), none above it.
    expect(fs.read.map((file) => path.relative(top, file))).toEqual(['outer/shop/.gitignore'])
  })

  it('reads ignore files up to the nearest package.json when there is no .git', async () => {
    write('app/package.json', '{}')
    write('app/.countersideignore', 'notes/\n')
    const notes = write('app/docs/notes/todo.md')
    const fs = recordingFs()
    const result = await discover([notes], {cwd: top, fileSystem: fs})
    expect(result.files).toEqual([])
    expect(result.ignored).toEqual(["app/docs/notes/todo.md by app/.countersideignore ('notes/')"])
    expect(fs.read.map((file) => path.relative(top, file))).toEqual(['app/.countersideignore'])
  })
})

describe('folder expansion', () => {
  const site = path.join(top, 'site')
  beforeAll(() => {
    for (const file of ['readme.md', 'guide/intro.mdx', 'guide/page.HTML', 'locales/en/app.json', 'config/locales.yml', 'i18n/fr.yaml', 'package.json', 'tsconfig.json', 'res/values/strings.xml', 'res/layout/main.xml', 'node_modules/pkg/readme.md', 'dist/page.html', '.github/pull_request_template.md', '.notes.md', 'src/app.ts']) write(`site/${file}`)
  })

  it('takes documents everywhere, JSON/YAML only under catalog folders, XML only in res/values*', async () => {
    expect((await discover([site], {cwd: top})).files).toEqual(['site/guide/intro.mdx', 'site/guide/page.HTML', 'site/i18n/fr.yaml', 'site/locales/en/app.json', 'site/readme.md', 'site/res/values/strings.xml'])
  })

  it('takes every catalog in a named catalog folder, and XML in a named res folder', async () => {
    expect((await discover(['site/locales', 'site/res'], {cwd: top})).files).toEqual(['site/locales/en/app.json', 'site/res/values/strings.xml'])
  })

  it('matches a glob below its base folder, only as deep as it reaches, supported files only', async () => {
    const fs = recordingFs()
    expect((await discover(['site/*.{md,json,ts}'], {cwd: top, fileSystem: fs})).files).toEqual(['site/package.json', 'site/readme.md', 'site/tsconfig.json'])
    expect(fs.listed).toEqual([site])
    expect((await discover(['site/**/*.md'], {cwd: top})).files).toEqual(['site/readme.md'])
    expect((await discover(['site/.github/*.md'], {cwd: top})).files).toEqual(['site/.github/pull_request_template.md'])
  })

  it('lints a named file in a skipped folder: only walks skip dist/ and node_modules/', async () => {
    expect((await discover(['site/dist/page.html', 'site/.notes.md'], {cwd: top})).files).toEqual(['site/.notes.md', 'site/dist/page.html'])
  })
})

describe('ignore files', () => {
  const repo = path.join(top, 'repo')
  beforeAll(() => {
    write('repo/.git/HEAD', '')
    write('repo/.gitignore', 'generated/\n*.draft.md\n')
    write('repo/.countersideignore', '!keep.draft.md\n')
    write('repo/docs/.gitignore', 'private.md\n')
    for (const file of ['docs/a.md', 'docs/private.md', 'docs/b.draft.md', 'docs/keep.draft.md', 'generated/out.md', 'other/private.md']) write(`repo/${file}`)
  })

  it('apply below their folder, deeper over shallower, .countersideignore after .gitignore', async () => {
    expect((await discover(['.'], {cwd: repo})).files).toEqual(['repo/docs/a.md', 'repo/docs/keep.draft.md', 'repo/other/private.md'])
  })

  it('are read for a folder named below the project root, and not with --no-ignore', async () => {
    expect((await discover([path.join(repo, 'docs')], {cwd: '/'})).files).toEqual(['repo/docs/a.md', 'repo/docs/keep.draft.md'])
    expect((await discover([path.join(repo, 'docs')], {cwd: '/', useIgnoreFiles: false})).files).toHaveLength(4)
  })

  it('take ignore patterns relative to the working folder', async () => {
    expect((await discover(['.'], {cwd: repo, ignorePatterns: ['docs/**']})).files).toEqual(['repo/other/private.md'])
    expect((await discover(['docs/a.md'], {cwd: repo, ignorePatterns: ['docs/**']})).ignored).toEqual(["repo/docs/a.md by the ignore pattern 'docs/**'"])
  })

  it('that cannot be read (a FIFO named .gitignore) are skipped with a warning, never waited on', async () => {
    write('piped/.git/HEAD', '')
    write('piped/page.md')
    execFileSync('mkfifo', [path.join(top, 'piped/.gitignore')])
    const result = await discover([path.join(top, 'piped')], {cwd: top})
    expect(result.files).toEqual(['piped/page.md'])
    expect(result.problems).toEqual(['1 piped/.gitignore: Ignore file not read: it is a FIFO (named pipe); the files it would skip are linted'])
  })
})

describe('symbolic links', () => {
  const linked = path.join(top, 'linked')
  beforeAll(() => {
    write('linked/docs/page.md')
    write('linked/docs/sub/deep.md')
    write('shared/faq.md')
    write('linked/docs/.hidden/notes.md')
    symlinkSync('.hidden/notes.md', path.join(linked, 'docs/notes.md'))
    symlinkSync('.', path.join(linked, 'docs/self'))
    symlinkSync('.', path.join(linked, 'docs/again'))
    symlinkSync('..', path.join(linked, 'docs/sub/up'))
    symlinkSync('/', path.join(linked, 'docs/root'))
    symlinkSync('sub', path.join(linked, 'docs/sub-link'))
    symlinkSync('page.md', path.join(linked, 'docs/page-link.md'))
    symlinkSync(path.join(top, 'shared'), path.join(linked, 'docs/shared-a'))
    symlinkSync(path.join(top, 'shared'), path.join(linked, 'docs/shared-b'))
    symlinkSync('missing.md', path.join(linked, 'docs/dangling.md'))
    symlinkSync('loop-b.md', path.join(linked, 'docs/loop-a.md'))
    symlinkSync('loop-a.md', path.join(linked, 'docs/loop-b.md'))
  })

  it('to the folder, a parent, or a folder inside it are not followed; each file is found once; loops and dangling links are skipped', async () => {
    const fs = recordingFs()
    const result = await discover([path.join(linked, 'docs')], {cwd: '/', fileSystem: fs})
    // page-link.md is page.md, linted once under its real path; notes.md's target is in a dot folder the walk skips.
    expect(result).toEqual({files: ['linked/docs/notes.md', 'linked/docs/page.md', 'linked/docs/shared-a/faq.md', 'linked/docs/sub/deep.md'], ignored: [], problems: []})
    // Each real folder is listed once: the structure that keeps a walk linear.
    expect(fs.listed.map((folder) => path.relative(top, folder))).toEqual(['linked/docs', 'linked/docs/shared-a', 'linked/docs/sub'])
  })

  it('named on the command line: dangling or looping is an error naming it', async () => {
    const result = await discover(['docs/dangling.md', 'docs/loop-a.md', 'docs/page-link.md'], {cwd: linked})
    expect(result.files).toEqual(['linked/docs/page-link.md'])
    expect(result.problems).toEqual([
      '2 linked/docs/dangling.md: cannot read the file: it is a symbolic link to a missing file',
      '2 linked/docs/loop-a.md: cannot read the file: it is a symbolic link in a loop'
    ])
  })
})

describe('unreadable folders', () => {
  const tree = path.join(top, 'tree')
  beforeAll(() => {
    write('tree/open/page.md')
    write('tree/private/secret.md')
    write('elsewhere/good.md')
  })

  it('inside a walk are reported as not checked, and the walk goes on', async () => {
    const result = await discover([tree], {cwd: top, fileSystem: recordingFs([path.join(tree, 'private')])})
    expect(result.files).toEqual(['tree/open/page.md'])
    expect(result.problems).toEqual(['1 tree/private: Not checked: cannot read this folder (permission denied), so its files are not linted; make it readable, or add it to .countersideignore'])
  })

  it('named on the command line are an error, and a named file elsewhere still lints', async () => {
    const result = await discover(['tree/private', 'elsewhere/good.md'], {cwd: top, fileSystem: recordingFs([path.join(tree, 'private'), top, '/'])})
    expect(result.files).toEqual(['elsewhere/good.md'])
    expect(result.problems).toEqual(['2 tree/private: cannot read the folder: permission denied'])
  })

  it.skipIf(process.getuid?.() === 0)('chmod 000 for real (not as root: root reads it anyway)', async () => {
    const locked = path.join(tree, 'locked')
    write('tree/locked/hidden.md')
    chmodSync(locked, 0o000)
    try {
      const result = await discover([tree], {cwd: top})
      expect(result.files).toEqual(['tree/open/page.md', 'tree/private/secret.md'])
      expect(result.problems).toEqual(['1 tree/locked: Not checked: cannot read this folder (permission denied), so its files are not linted; make it readable, or add it to .countersideignore'])
    } finally {
      chmodSync(locked, 0o755)
    }
  })
})

describe('FIFOs, sockets and devices', () => {
  const special = path.join(top, 'special')
  let server: Server
  beforeAll(async () => {
    write('special/page.md')
    execFileSync('mkfifo', [path.join(special, 'pipe.md')])
    execFileSync('mkfifo', [path.join(special, 'pipe-no-extension')])
    server = createServer()
    await new Promise<void>((resolve) => server.listen(path.join(special, 'socket.txt'), resolve))
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('found in a folder are skipped with a warning (only when their name is lintable), never read', async () => {
    const fs = recordingFs()
    const result = await discover([special], {cwd: top, fileSystem: fs})
    expect(result.files).toEqual(['special/page.md'])
    expect(result.problems).toEqual([
      '1 special/pipe.md: Not checked: this is a FIFO (named pipe), not a regular file, so it was not read; replace it with a file, or add it to .countersideignore',
      '1 special/socket.txt: Not checked: this is a socket, not a regular file, so it was not read; replace it with a file, or add it to .countersideignore'
    ])
  })

  it('named on the command line are errors, not "ignored"', async () => {
    const result = await discover(['special/pipe.md', '/dev/null'], {cwd: top})
    expect(result.files).toEqual([])
    expect(result.ignored).toEqual([])
    expect(result.problems).toEqual([
      '2 special/pipe.md: cannot read the file: it is a FIFO (named pipe), not a regular file, so it was not read',
      `2 ${path.relative(top, '/dev/null')}: cannot read the file: it is a character device, not a regular file, so it was not read`
    ])
  })
})

describe('patterns that match nothing', () => {
  beforeAll(() => {
    write('empty/.keep', '')
    write('quiet/.gitignore', '*.md\n')
    write('quiet/a.md')
    write('quiet/package.json', '{}')
  })

  it('are errors, like a missing file', async () => {
    const result = await discover(['empty', 'empty/*.md', 'empty/missing.md', 'quiet'], {cwd: top})
    expect(result.problems).toEqual([
      "2 empty: No files matching 'empty' were found",
      "2 empty/*.md: No files matching 'empty/*.md' were found",
      '2 empty/missing.md: cannot read the file: no such file or folder',
      "2 quiet: No files matching 'quiet' were found; 1 ignored path was skipped there (--no-ignore lints them)"
    ])
  })

  it('are skipped with errorOnUnmatchedPattern: false', async () => {
    expect((await discover(['empty', 'no/such/*.md', 'missing.md'], {cwd: top, errorOnUnmatchedPattern: false})).problems).toEqual([])
  })
})
