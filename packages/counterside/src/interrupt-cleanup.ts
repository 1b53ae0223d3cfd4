/**
 * Files that must not outlive an interrupted run: a half-written temporary
 * file, a held lock. Once anything has been registered, SIGINT, SIGTERM and
 * SIGHUP remove what is registered and then end the process as the signal
 * would have. Writes are synchronous, so a signal that arrives during one is
 * handled after it (renamed or removed), never half way.
 */
import {rmSync} from 'node:fs'

const pending = new Set<string>()
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
let installed = false

/** Registers `file` for removal on a signal; call the returned function once it is renamed or removed. */
export function removeOnInterrupt(file: string): () => void {
  pending.add(file)
  if (!installed) {
    installed = true
    for (const signal of signals) process.on(signal, onSignal)
  }

  return () => {
    pending.delete(file)
  }
}

function onSignal(signal: NodeJS.Signals): void {
  for (const file of pending) {
    try {
      rmSync(file, {force: true})
    } catch {
      // Nothing more can be done on the way out.
    }
  }

  pending.clear()
  // The handler stays installed after a write, so a signal queued during it is not lost. When
  // nobody else listens (a progress line might), end the way the signal would have: re-raise it.
  if (process.listenerCount(signal) === 1) {
    for (const each of signals) process.off(each, onSignal)
    installed = false
    process.kill(process.pid, signal)
  }
}
