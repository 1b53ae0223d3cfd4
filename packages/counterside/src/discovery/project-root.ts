/**
 * The project root: the folder ignore files are read up to, the config
 * cascade stops at and the cache lives in. Git applies a `.gitignore`
 * only inside its repository, so the nearest folder holding `.git` wins;
 * without one, the nearest holding `package.json`. Found by looking at the
 * folder's ancestors only, never by listing a folder.
 */
import path from 'node:path'
import type {DiscoveryFileSystem} from './file-system.js'

export class ProjectRoots {
  readonly #fs: DiscoveryFileSystem
  readonly #marked = new Map<string, {git: boolean; packageJson: boolean}>()

  constructor(fs: DiscoveryFileSystem) {
    this.#fs = fs
  }

  /** The project root of `folder` (absolute), or `undefined` when no ancestor is marked. */
  rootOf(folder: string): string | undefined {
    let nearestPackage: string | undefined
    for (let current = folder; ; current = path.dirname(current)) {
      const marks = this.#marks(current)
      if (marks.git) return current
      nearestPackage ??= marks.packageJson ? current : undefined
      if (path.dirname(current) === current) return nearestPackage
    }
  }

  #marks(folder: string): {git: boolean; packageJson: boolean} {
    let marks = this.#marked.get(folder)
    if (!marks) this.#marked.set(folder, (marks = {git: this.#exists(path.join(folder, '.git')), packageJson: this.#exists(path.join(folder, 'package.json'))}))
    return marks
  }

  #exists(file: string): boolean {
    try {
      this.#fs.lstat(file)
      return true
    } catch {
      return false
    }
  }
}
