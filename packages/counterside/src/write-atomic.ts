/**
 * Reports, baselines and caches are written to a uniquely named temporary
 * file beside the target, flushed to disk, and renamed over it, so a reader
 * (or the next run, after a crash or a power cut) sees the old file or the
 * new one, never half of one. A temporary file left by a killed run is
 * swept by the next write to the same target.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {removeOnInterrupt} from './interrupt-cleanup.js'
import {isProcessRunning} from './process-alive.js'

/** A leftover is swept only when its writer is gone and it is this old, so a writer in another container is never robbed. */
const leftoverAgeMs = 60_000

export function writeFileAtomic(filePath: string, content: string | Uint8Array): void {
  const folder = path.dirname(filePath)
  makeFolders(folder)
  sweepLeftovers(filePath)
  const temporary = path.join(folder, `${temporaryPrefix(filePath)}${process.pid}-${randomBytes(6).toString('hex')}.tmp`)
  const release = removeOnInterrupt(temporary)
  try {
    const descriptor = openSync(temporary, 'wx')
    try {
      writeFileSync(descriptor, content)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }

    renameSync(temporary, filePath)
    syncFolder(folder)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  } finally {
    release()
  }
}

function temporaryPrefix(filePath: string): string {
  return `.${path.basename(filePath)}.`
}

/** The rename is durable only once the folder is flushed; not every system can (Windows cannot open a folder). */
function syncFolder(folder: string): void {
  let descriptor: number | undefined
  try {
    descriptor = openSync(folder, 'r')
    fsyncSync(descriptor)
  } catch {
    // Best effort: the file's own data is already on disk.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

function sweepLeftovers(filePath: string): void {
  const folder = path.dirname(filePath)
  const prefix = temporaryPrefix(filePath)
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }

  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const pid = /^(\d+)-[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))?.[1]
    if (pid === undefined || isProcessRunning(Number(pid))) continue
    const leftover = path.join(folder, name)
    try {
      if (Date.now() - statSync(leftover).mtimeMs >= leftoverAgeMs) rmSync(leftover, {force: true})
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * The missing folders of `folder`, made one level at a time: in Node 20
 * `mkdirSync(…, {recursive: true})` never returns for a folder that cannot
 * be made under an existing one (`/proc/x`), where this throws.
 */
function makeFolders(folder: string): void {
  const missing: string[] = []
  for (let current = folder; !existsSync(current); current = path.dirname(current)) {
    missing.push(current)
    if (path.dirname(current) === current) break
  }

  for (const created of missing.reverse()) mkdirSync(created)
}
