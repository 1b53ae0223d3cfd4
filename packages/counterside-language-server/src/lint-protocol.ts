/**
 * What the server and its lint workers say to each other. One job at a time
 * per worker: the server posts a `LintJob`, the worker answers with a
 * `LintReply` for the same id. To stop a job the server writes its id into
 * the worker's shared `cancel` cell, which the worker reads between text
 * units (a busy worker cannot read messages, but it can read shared memory).
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {DocumentLint} from './lint-document.js'

export interface LintRequest {
  readonly filePath: string
  readonly text: string
  readonly workspaceFolders: readonly string[]
  /** The editor's settings that change findings (see settings.ts). */
  readonly configPath?: string | undefined
  readonly minConfidence?: number | undefined
}

export interface LintJob {
  readonly id: number
  readonly request: LintRequest
}

export type LintReply =
  | {readonly id: number; readonly kind: 'done'; readonly result: DocumentLint}
  | {readonly id: number; readonly kind: 'cancelled'}
  | {readonly id: number; readonly kind: 'error'; readonly message: string}

/** `workerData` of a lint worker: `cancel` is one Int32 cell holding the id of the job to stop. */
export interface LintWorkerData {
  readonly cancel: SharedArrayBuffer
}

export type LintHandler = (request: LintRequest, isCancelled: () => boolean) => Promise<DocumentLint>

/**
 * The worker's side: answers each job with `handle`'s result, `cancelled`
 * when it was asked to stop (whatever `handle` then did: `lintSource` throws
 * `LintCancelledError`), or the error it threw. Imports nothing of the
 * linter, so a test's worker starts fast.
 */
export function serveLintJobs(handle: LintHandler): void {
  const port = parentPort
  if (!port) throw new Error('a lint worker runs in a worker thread')
  const cancel = new Int32Array((workerData as LintWorkerData).cancel)
  port.on('message', (job: LintJob) => {
    const isCancelled = () => Atomics.load(cancel, 0) === job.id
    const reply = (answer: LintReply) => port.postMessage(answer)
    handle(job.request, isCancelled).then(
      (result) => reply(isCancelled() ? {id: job.id, kind: 'cancelled'} : {id: job.id, kind: 'done', result}),
      (error: unknown) => reply(isCancelled() ? {id: job.id, kind: 'cancelled'} : {id: job.id, kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error)})
    )
  })
}
