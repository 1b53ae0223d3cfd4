/** Worker thread: lints the files it is sent with the config it was started with. */
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigResolver, type ResolverSettings} from './config/resolve.js'
import {loadFormats} from './formats/index.js'
import {lintFile, type FileLintOptions} from './lint-file.js'

interface WorkerInput {
  readonly settings: ResolverSettings
  readonly options: FileLintOptions
}

const {settings, options} = workerData as WorkerInput
const resolver = new ConfigResolver(settings)

parentPort!.on('message', (batch: {readonly id: number; readonly files: readonly string[]}) => {
  // The parsers of the batch's formats load before its files are linted (each module once per worker).
  void loadFormats(batch.files).then(() => {
    parentPort!.postMessage({id: batch.id, reports: batch.files.map((file) => lintFile(file, resolver, options))})
  })
})
