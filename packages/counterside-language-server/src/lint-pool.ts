/**
 * Lint runs off the thread that answers the editor, in a few worker threads
 * kept warm (loading the linter takes seconds). Per document (`key`) only
 * the latest request counts: a newer one, or `cancel`, drops a queued run
 * and stops a running one at its next text unit, so a worker is not held by
 * text that no longer exists. Queued runs go shortest text first, and with
 * two workers a long document never holds up a short one's findings. A
 * worker that dies, or does not stop when asked, is replaced; the run it
 * held fails with the reason, never hangs.
 */
import {Worker} from 'node:worker_threads'
import type {DocumentLint} from './lint-document.js'
import type {LintJob, LintReply, LintRequest, LintWorkerData} from './lint-protocol.js'

export type LintOutcome =
  | {readonly kind: 'done'; readonly result: DocumentLint}
  /** The lint threw, or its worker died or overran (and was replaced): the reason, for the log. */
  | {readonly kind: 'failed'; readonly message: string}

export interface LintPoolOptions {
  /** The worker's module; tests pass one that misbehaves on purpose. */
  readonly workerUrl?: URL
  /** How many runs go at once. Two: one long document cannot make the others wait. */
  readonly size?: number
  /** A cancelled run still going after this long has its worker replaced (one text unit that takes long cannot be stopped). */
  readonly cancelGraceMs?: number
  /** A run longer than this fails and its worker is replaced: no document holds a worker forever. */
  readonly runTimeoutMs?: number
}

interface Queued {
  readonly id: number
  readonly key: string
  readonly request: LintRequest
  readonly resolve: (outcome: LintOutcome | undefined) => void
}

interface Running extends Queued {
  cancelled: boolean
  readonly timers: NodeJS.Timeout[]
}

interface Slot {
  worker: Worker | undefined
  /** The cell the worker reads between text units: the id of the run to stop. */
  readonly cancel: Int32Array
  running: Running | undefined
  /** The last uncaught error of the worker, told when it exits. */
  lastError: string | undefined
}

export class LintPool {
  readonly #workerUrl: URL
  readonly #cancelGraceMs: number
  readonly #runTimeoutMs: number
  readonly #slots: Slot[]
  #queue: Queued[] = []
  #nextId = 1
  #disposed = false
  #workersStarted = 0

  constructor(options: LintPoolOptions = {}) {
    this.#workerUrl = options.workerUrl ?? new URL('./lint-worker.js', import.meta.url)
    this.#cancelGraceMs = options.cancelGraceMs ?? 2000
    this.#runTimeoutMs = options.runTimeoutMs ?? 120_000
    this.#slots = Array.from({length: Math.max(1, options.size ?? 2)}, () => ({worker: undefined, cancel: new Int32Array(new SharedArrayBuffer(4)), running: undefined, lastError: undefined}))
    // Started now, so the first document does not wait for the linter to load.
    for (const slot of this.#slots) this.#start(slot)
  }

  /** Workers started so far, replacements included. */
  get workersStarted(): number {
    return this.#workersStarted
  }

  /** Lints `request` as the latest text of `key`: `undefined` when a newer request or `cancel` supersedes it. */
  lint(key: string, request: LintRequest): Promise<LintOutcome | undefined> {
    this.cancel(key)
    if (this.#disposed) return Promise.resolve(undefined)
    return new Promise((resolve) => {
      this.#queue.push({id: this.#nextId++, key, request, resolve})
      this.#dispatch()
    })
  }

  /** Drops `key`'s queued run and stops its running one; their promises resolve `undefined` now. */
  cancel(key: string): void {
    for (const queued of this.#queue.filter((item) => item.key === key)) queued.resolve(undefined)
    this.#queue = this.#queue.filter((item) => item.key !== key)
    for (const slot of this.#slots) {
      const running = slot.running
      if (running?.key !== key || running.cancelled) continue
      running.cancelled = true
      running.resolve(undefined)
      Atomics.store(slot.cancel, 0, running.id)
      running.timers.push(setTimeout(() => {
        if (slot.running === running) this.#replace(slot)
      }, this.#cancelGraceMs))
    }
  }

  /** Stops every worker; runs not finished resolve `undefined`. */
  async dispose(): Promise<void> {
    this.#disposed = true
    for (const queued of this.#queue.splice(0)) queued.resolve(undefined)
    const workers = this.#slots.flatMap((slot) => {
      this.#finish(slot, undefined)
      const worker = slot.worker
      slot.worker = undefined
      worker?.removeAllListeners()
      return worker ? [worker] : []
    })
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#disposed || this.#queue.length === 0) return
      if (slot.running) continue
      // Shortest text first: a small document's findings come before a long one's.
      const next = this.#queue.reduce((shortest, item) => (item.request.text.length < shortest.request.text.length ? item : shortest))
      this.#queue.splice(this.#queue.indexOf(next), 1)
      const running: Running = {...next, cancelled: false, timers: []}
      running.timers.push(setTimeout(() => {
        if (slot.running !== running) return
        this.#finish(slot, {kind: 'failed', message: `the run took longer than ${this.#runTimeoutMs / 1000} s and was stopped`})
        this.#replace(slot)
      }, this.#runTimeoutMs))
      slot.running = running
      const job: LintJob = {id: running.id, request: running.request}
      ;(slot.worker ?? this.#start(slot)).postMessage(job)
    }
  }

  #start(slot: Slot): Worker {
    const workerData: LintWorkerData = {cancel: slot.cancel.buffer as SharedArrayBuffer}
    const worker = new Worker(this.#workerUrl, {workerData})
    this.#workersStarted++
    slot.worker = worker
    slot.lastError = undefined
    worker.on('message', (reply: LintReply) => {
      if (slot.worker !== worker || slot.running?.id !== reply.id) return
      this.#finish(slot, reply.kind === 'done' ? {kind: 'done', result: reply.result} : reply.kind === 'error' ? {kind: 'failed', message: reply.message} : undefined)
      this.#dispatch()
    })
    worker.on('error', (error) => {
      if (slot.worker === worker) slot.lastError = error.stack ?? error.message
    })
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return
      // Not replaced at once: a worker that cannot even start would be restarted forever. The next run starts one.
      slot.worker = undefined
      this.#finish(slot, {kind: 'failed', message: `the lint worker stopped (${slot.lastError ?? `exit code ${code}`}); it was restarted`})
      this.#dispatch()
    })
    return worker
  }

  /** Ends the slot's run with `outcome` (a cancelled run has been answered already). */
  #finish(slot: Slot, outcome: LintOutcome | undefined): void {
    const running = slot.running
    if (!running) return
    slot.running = undefined
    for (const timer of running.timers) clearTimeout(timer)
    if (!running.cancelled) running.resolve(outcome)
  }

  /** Terminates the slot's worker (stuck, or overran) and starts another for what is queued. */
  #replace(slot: Slot): void {
    const worker = slot.worker
    slot.worker = undefined
    // Its late messages and exit are no longer ours; an error it throws while stopping is dropped, not thrown here.
    worker?.removeAllListeners().on('error', () => undefined)
    void worker?.terminate()
    this.#finish(slot, {kind: 'failed', message: 'the lint worker did not stop and was restarted'})
    this.#start(slot)
    this.#dispatch()
  }
}
