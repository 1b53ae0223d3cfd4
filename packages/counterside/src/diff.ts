/**
 * `--diff [REF]`: the lines changed against a git ref (default: the merge
 * base with the default branch), so a pull request is held to the gate only
 * for the copy it touches. Untracked files count as wholly changed.
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'

export class DiffError extends Error {
  override name = 'DiffError'
}

/** Absolute path → changed 1-based line numbers, or `'all'`. */
export type ChangedLines = Map<string, Set<number> | 'all'>

export function changedLines(cwd: string, ref: string | undefined): ChangedLines {
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
  const changed: ChangedLines = new Map()
  let current: Set<number> | undefined
  for (const line of git('diff', '--unified=0', '--no-color', '--no-ext-diff', base, '--').split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4)
      current = target === '/dev/null' ? undefined : new Set()
      if (current) changed.set(path.resolve(root, target.replace(/^b\//, '')), current)
      continue
    }

    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk && current) {
      const start = Number(hunk[1])
      const count = hunk[2] === undefined ? 1 : Number(hunk[2])
      for (let offset = 0; offset < count; offset++) current.add(start + offset)
    }
  }

  for (const file of git('ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/').split('\0')) {
    if (file) changed.set(path.resolve(root, file), 'all')
  }

  return changed
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

/** Whether a finding starting on `line` of `filePath` is on a changed line. */
export function isChanged(changed: ChangedLines, filePath: string, line: number): boolean {
  const lines = changed.get(filePath)
  return lines === 'all' || (lines !== undefined && lines.has(line))
}
