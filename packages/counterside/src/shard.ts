/**
 * `--shard <i>/<n>`: CI jobs each lint one part of a large repository.
 * A file's shard is a hash of its path relative to its project root, with
 * `/` separators, so every machine and checkout folder splits alike and a
 * file stays in its shard while others come and go (no discovery order).
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {InvalidArgumentError} from 'commander'
import {nodeFileSystem} from './discovery/file-system.js'
import {ProjectRoots} from './discovery/project-root.js'

export interface Shard {
  /** 1-based. */
  readonly index: number
  readonly count: number
}

/** Parses `i/n` for commander: whole numbers, 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value)
  if (!match) throw new InvalidArgumentError('expected <index>/<count> in whole numbers, such as 1/4')
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || !Number.isSafeInteger(count)) throw new InvalidArgumentError('the shard count must be at least 1, such as 1/4')
  if (index < 1 || index > count) throw new InvalidArgumentError(`the shard index must be from 1 to ${count}, such as 1/${count}`)
  return {index, count}
}

/** The shard (1-based) of a project-relative, `/`-separated path among `count`. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

/** The path a file is sharded by: relative to its project root (or to `cwd` outside any project), `/`-separated. */
export function shardKey(file: string, roots: ProjectRoots, cwd: string): string {
  const root = roots.rootOf(path.dirname(file)) ?? cwd
  return path.relative(root, file).split(path.sep).join('/')
}

/** The files of `shard`, in their discovery order. */
export function filesOfShard(files: readonly string[], shard: Shard, cwd: string, roots = new ProjectRoots(nodeFileSystem)): string[] {
  return files.filter((file) => shardOf(shardKey(file, roots, cwd), shard.count) === shard.index)
}
