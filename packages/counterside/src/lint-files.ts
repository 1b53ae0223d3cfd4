/**
 * Lint many files, in worker threads when it pays (more than two cores,
 * enough bytes to outweigh starting workers). Reports come back in input
 * order whatever finished first.
 */
import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import {ConfigResolver, type ResolverSettings} from './config/resolve.js'
import {loadFormats} from './formats/index.js'
import {lintFile, type FileLintOptions} from './lint-file.js'
import type {FileReport} from './messages.js'

export interface LintFilesOptions extends FileLintOptions {
  /** Worker count; `undefined` decides from the machine and the input size. */
  readonly concurrency?: number | undefined
  /** Called after each file, for a progress indicator. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

/** Below this many bytes, starting workers (~0.3 s each) costs more than it saves. */
const parallelMinimumBytes = 1024 * 1024
const batchSize = 8

export async function lintFiles(files: readonly string[], settings: ResolverSettings, options: LintFilesOptions): Promise<FileReport[]> {
  const workers = options.concurrency ?? automaticConcurrency(files)
  if (workers <= 1 || files.length < 2 * batchSize) {
    // Each format's parser is loaded once, for the formats these files are in.
    await loadFormats(files)
    const resolver = new ConfigResolver(settings)
    return files.map((file, index) => {
      const report = lintFile(file, resolver, options)
      options.onProgress?.(index + 1, files.length)
      return report
    })
  }

  return lintInWorkers(files, settings, options, Math.min(workers, Math.ceil(files.length / batchSize)))
}

/**
 * On two cores one thread is the default: each worker builds its own phrase
 * tables and model and its reports are copied back, about 30% more CPU in
 * all (scripts/bench/huge-input.js), and the main thread and the garbage
 * collector need the second core (a bad-input run on two cores measured
 * workers 2× slower). With more cores, one is left to the main thread.
 */
function automaticConcurrency(files: readonly string[]): number {
  const cores = availableParallelism()
  if (cores <= 2) return 1
  let bytes = 0
  for (const file of files) {
    try {
      bytes += statSync(file).size
    } catch {
      // Unreadable: lintFile reports it.
    }

    if (bytes >= parallelMinimumBytes) return cores - 1
  }

  return 1
}

async function lintInWorkers(files: readonly string[], settings: ResolverSettings, options: LintFilesOptions, count: number): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length)
  const batches: Array<{id: number; files: readonly string[]}> = []
  for (let start = 0; start < files.length; start += batchSize) batches.push({id: start, files: files.slice(start, start + batchSize)})
  const {onProgress: _onProgress, ...workerOptions} = options
  let next = 0
  let done = 0
  const run = (worker: Worker): Promise<void> => new Promise((resolve, reject) => {
    const send = (): void => {
      const batch = batches[next++]
      if (batch) worker.postMessage(batch)
      else resolve()
    }

    worker.on('message', (result: {id: number; reports: FileReport[]}) => {
      for (const [offset, report] of result.reports.entries()) reports[result.id + offset] = report
      done += result.reports.length
      options.onProgress?.(done, files.length)
      send()
    })
    worker.once('error', reject)
    send()
  })

  const pool = Array.from({length: count}, () => new Worker(new URL('worker.js', import.meta.url), {workerData: {settings, options: workerOptions}}))
  try {
    await Promise.all(pool.map(run))
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }

  return reports
}
