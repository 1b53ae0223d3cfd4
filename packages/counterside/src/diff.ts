/**
 * `--diff [REF]`: the lines changed against a git ref (default: the merge
 * base with the default branch), so a pull request is held to the gate only
 * for the copy it touches. Untracked files count as wholly changed.
 *
 * Fails loud rather than quiet: a file git reports as changed whose lines
 * cannot be read from the patch (a binary-looking UTF-16 catalog, a name
 * the header parser does not understand) counts as wholly changed, so its
 * findings are shown rather than dropped.
 */
import {execFileSync} from 'node:child_process'
import {realpathSync} from 'node:fs'
import path from 'node:path'

export class DiffError extends Error {
  override name = 'DiffError'
}

export interface ChangedLines {
  /** The repository's top folder (a real path, as git gives it). */
  readonly root: string
  /** Real path of a file's folder + its name → changed 1-based line numbers, or `'all'`. */
  readonly files: ReadonlyMap<string, ReadonlySet<number> | 'all'>
}

/**
 * Pinned so a user's git config cannot change what is parsed: no colour,
 * no external diff or textconv (they change the lines), fixed `a/` `b/`
 * prefixes whatever `diff.noprefix` or `diff.mnemonicPrefix` say, and paths
 * from the top of the repository whatever `diff.relative` says.
 */
const diffOptions = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/']

export function changedLines(cwd: string, ref: string | undefined): ChangedLines {
  if (ref !== undefined) assertRef(ref)
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024})
    } catch (error) {
      const stderr = String((error as {stderr?: unknown}).stderr ?? '').trim().split('\n')[0]
      throw new DiffError(`--diff needs git: \`git ${args.join(' ')}\` failed${stderr ? `: ${stderr}` : ''}`)
    }
  }

  const root = git('rev-parse', '--show-toplevel').trim()
  const base = ref ?? git('merge-base', 'HEAD', defaultBranch(git)).trim()
  if (ref !== undefined) {
    try {
      // Safe without --end-of-options (which rev-parse only knows from git 2.30): the ref cannot start with `-`.
      git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
    } catch {
      throw new DiffError(`--diff: \`${ref}\` is not a commit, branch or tag in this repository; name one that exists (e.g. --diff origin/main, after fetching it)`)
    }
  }

  const changed = new Map<string, ReadonlySet<number> | 'all'>()
  const key = (file: string): string => path.resolve(root, file)
  for (const [file, lines] of hunkLines(git('diff', '--unified=0', ...diffOptions, '--end-of-options', base, '--'))) changed.set(key(file), lines)
  // `-z` names are exact (never quoted); any changed file the patch did not account for is wholly changed.
  for (const {file, binary} of numstat(git('diff', '--numstat', '-z', ...diffOptions, '--end-of-options', base, '--'))) {
    if (binary || !changed.has(key(file))) changed.set(key(file), 'all')
  }

  for (const file of git('ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/').split('\0')) {
    if (file) changed.set(key(file), 'all')
  }

  return {root, files: changed}
}

/** A ref starting with `-` would be read by git as an option (`--output=page.md` overwrites the file). */
function assertRef(ref: string): void {
  if (ref === '' || ref.startsWith('-')) {
    throw new DiffError(`--diff: \`${ref}\` is not a git ref${ref ? ' (it starts with "-", which git would read as an option)' : ''}; name a branch, tag or commit, e.g. --diff origin/main`)
  }
}

/** New-side file name → changed lines, from a `--unified=0` patch. */
function hunkLines(patch: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  // Headers run from `diff --git` to the first hunk; inside a hunk, an added line `++ x` reads `+++ x`.
  let inHeader = false
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      inHeader = true
      current = undefined
      continue
    }

    if (inHeader && line.startsWith('+++ ')) {
      const target = headerPath(line.slice(4))
      current = target?.startsWith('b/') ? new Set() : undefined
      if (current) files.set(target!.slice(2), current)
      continue
    }

    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk) inHeader = false
    if (hunk && current) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let offset = 0; offset < count; offset++) current.add(start + offset)
    }
  }

  return files
}

/**
 * The path on a `+++` line: C-quoted when it holds a quote, backslash or
 * control character; otherwise raw, with a tab appended when it holds a space.
 */
export function headerPath(field: string): string | undefined {
  if (field === '/dev/null') return undefined
  if (!field.startsWith('"')) return field.endsWith('\t') ? field.slice(0, -1) : field
  return unquoteC(field)
}

const escapes: Readonly<Record<string, number>> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}

/** Git's C-style quoting (`quote_c_style`): `\t`, `\"`, `\\`, and octal bytes for the rest. */
function unquoteC(quoted: string): string | undefined {
  const bytes: number[] = []
  let index = 1
  while (index < quoted.length) {
    const char = quoted[index]!
    if (char === '"') return Buffer.from(bytes).toString('utf8')
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      index++
      continue
    }

    const next = quoted[index + 1] ?? ''
    const octal = /^[0-3][0-7]{2}/.exec(quoted.slice(index + 1, index + 4))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 4
    } else if (next in escapes) {
      bytes.push(escapes[next]!)
      index += 2
    } else {
      return undefined
    }
  }

  return undefined
}

/** `--numstat -z`: `added\tdeleted\tpath\0`, or `added\tdeleted\t\0old\0new\0` for a rename; `-` counts for binary files. */
function numstat(output: string): Array<{file: string; binary: boolean}> {
  const fields = output.split('\0')
  const files: Array<{file: string; binary: boolean}> = []
  for (let index = 0; index < fields.length; index++) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[index]!)
    if (!match) continue
    let file = match[3]!
    if (file === '') {
      index += 2
      file = fields[index] ?? ''
    }

    if (file) files.push({file, binary: match[1] === '-'})
  }

  return files
}

function defaultBranch(git: (...args: string[]) => string): string {
  try {
    return git('symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD').trim()
  } catch {
    for (const candidate of ['origin/main', 'main', 'origin/master', 'master']) {
      try {
        git('rev-parse', '--verify', '--quiet', candidate)
        return candidate
      } catch {
        // Try the next name.
      }
    }
  }

  throw new DiffError('--diff could not find the default branch (no origin/HEAD, main or master); name a ref: --diff origin/main')
}

/**
 * The changed lines of one linted file. Looked up by the real path of the
 * file's folder, so a working folder reached through a symlink still
 * matches git's paths. A file outside the repository is unknown to git: all
 * of it counts, so nothing is hidden.
 */
export function linesChangedIn(changed: ChangedLines, filePath: string): ReadonlySet<number> | 'all' {
  const real = realFolder(filePath)
  return changed.files.get(real) ?? (isInside(changed.root, real) ? new Set() : 'all')
}

function realFolder(filePath: string): string {
  try {
    return path.join(realpathSync.native(path.dirname(filePath)), path.basename(filePath))
  } catch {
    return filePath
  }
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
