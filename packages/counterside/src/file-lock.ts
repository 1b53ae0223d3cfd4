/**
 * A lock beside a file (`<file>.lock`) for read-modify-write updates, so two
 * runs updating one baseline at once take turns instead of one silently
 * overwriting the other. The lock holds its owner's pid, host and a token.
 * A lock whose owner is gone (same host, pid not running) or that is older
 * than any update takes is stale and taken over; a live one is waited for,
 * then refused with a message naming the lock.
 */
import {randomBytes} from 'node:crypto'
import {closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
import {hostname} from 'node:os'
import {setTimeout as sleep} from 'node:timers/promises'
import {removeOnInterrupt} from './interrupt-cleanup.js'
import {isProcessRunning} from './process-alive.js'

export class LockError extends Error {
  override name = 'LockError'
}

interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly token: string
}

export interface LockOptions {
  /** How long to wait for a live lock. */
  readonly timeoutMs?: number
  /** A lock older than this is stale whoever holds it (updates take milliseconds). */
  readonly staleMs?: number
  /** Told once when the lock is busy, so a waiting run says why it waits. */
  readonly onWait?: (message: string) => void
}

export async function withFileLock<T>(filePath: string, action: () => T, options: LockOptions = {}): Promise<T> {
  const lockPath = `${filePath}.lock`
  const owner: LockOwner = {pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex')}
  const deadline = Date.now() + (options.timeoutMs ?? 10_000)
  const staleMs = options.staleMs ?? 30_000
  let release: (() => void) | undefined
  let waiting = false
  for (;;) {
    release = tryCreate(lockPath, owner)
    if (release) break
    const holder = readOwner(lockPath)
    if (isStale(lockPath, holder, staleMs)) {
      takeOver(lockPath, holder)
      continue
    }

    const who = holder ? `pid ${holder.pid} on ${holder.host}` : 'another process'
    if (!waiting) {
      waiting = true
      options.onWait?.(`waiting for another counterside run (${who}) to finish updating ${filePath}`)
    }

    if (Date.now() >= deadline) {
      throw new LockError(`another counterside run (${who}) is updating ${filePath}; run again when it is done, or delete ${lockPath} if no counterside is running`)
    }

    await sleep(25 + Math.random() * 50)
  }

  try {
    return action()
  } finally {
    release()
  }
}

/** `wx` creates the file only if it does not exist: of two runs, exactly one gets the lock. */
function tryCreate(lockPath: string, owner: LockOwner): (() => void) | undefined {
  let descriptor: number
  try {
    descriptor = openSync(lockPath, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined
    throw new LockError(`cannot create the lock ${lockPath}: ${(error as Error).message}`)
  }

  const forget = removeOnInterrupt(lockPath)
  try {
    writeSync(descriptor, JSON.stringify(owner))
  } finally {
    closeSync(descriptor)
  }

  return () => {
    forget()
    // Only our own lock: a run that wrongly took it over must not lose its lock to us.
    if (readOwner(lockPath)?.token === owner.token) rmSync(lockPath, {force: true})
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string' ? (parsed as LockOwner) : undefined
  } catch {
    return undefined
  }
}

function isStale(lockPath: string, holder: LockOwner | undefined, staleMs: number): boolean {
  if (holder && holder.host === hostname() && !isProcessRunning(holder.pid)) return true
  try {
    // Unreadable content is a lock being written, until it is old.
    return Date.now() - statSync(lockPath).mtimeMs > staleMs
  } catch {
    return false
  }
}

/**
 * Moves the stale lock aside (atomic: of two runs taking over, one moves
 * it) and removes it only if it is still the one judged stale; a fresh lock
 * moved by mistake is linked back.
 */
function takeOver(lockPath: string, stale: LockOwner | undefined): void {
  const aside = `${lockPath}.${process.pid}-${randomBytes(4).toString('hex')}.stale`
  try {
    renameSync(lockPath, aside)
  } catch {
    return
  }

  const moved = readOwner(aside)
  if (moved && moved.token !== stale?.token) {
    try {
      linkSync(aside, lockPath)
    } catch {
      // Someone holds a newer lock already.
    }
  }

  rmSync(aside, {force: true})
}
