/** Worker thread: lints the files it is sent with the config it was started with. */
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigResolver, type ResolverSettings} from './config/resolve.js'
import {lintFile, type FileLintOptions} from './lint-file.js'

interface WorkerInput {
  readonly settings: ResolverSettings
  readonly options: FileLintOptions
}

const {settings, options} = workerData as WorkerInput
const resolver = new ConfigResolver(settings)

parentPort!.on('message', (batch: {readonly id: number; readonly files: readonly string[]}) => {
  parentPort!.postMessage({id: batch.id, reports: batch.files.map((file) => lintFile(file, resolver, options))})
})
