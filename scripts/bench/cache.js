/**
 * Cache benchmark row: the built `counterside` binary on the README corpus
 * written to a temporary folder, three ways, alternating: without --cache,
 * with --cache and no cache file (the first run, which also writes it), and
 * with --cache and a cache from the previous run (the second run, nothing
 * changed). Prints wall-time medians and the second run's ratio to a run
 * without the cache.
 *
 *   node scripts/bench/cache.js [runs]
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {median} from './measure.js'
import {readmeCorpus} from './readme-corpus.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const counterside = path.join(root, 'packages/counterside/dist/bin.js')

/** @param {{runs?: number, maxBytes?: number}} [options] */
export default function benchCache({runs = 3, maxBytes = 5 * 1024 * 1024} = {}) {
  const corpus = readmeCorpus({maxBytes})
  const directory = mkdtempSync(path.join(tmpdir(), 'counterside-bench-cache-'))
  try {
    const docs = path.join(directory, 'docs')
    mkdirSync(docs)
    writeFileSync(path.join(directory, 'package.json'), '{}\n')
    let bytes = 0
    for (const [index, file] of corpus.entries()) {
      writeFileSync(path.join(docs, `${String(index).padStart(4, '0')}.md`), file.text)
      bytes += Buffer.byteLength(file.text)
    }

    const cacheFile = path.join(directory, '.counterside-cache')
    const report = path.join(directory, 'report.json')
    const lint = (...flags) => {
      const start = performance.now()
      const result = spawnSync(process.execPath, [counterside, 'docs', '--format', 'json', '--output-file', report, ...flags], {cwd: directory, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
      // Exit 1 is findings; anything else is a broken run.
      if (result.status !== 0 && result.status !== 1) throw new Error(`counterside exited ${result.status}: ${result.stderr.slice(0, 500)}`)
      return (performance.now() - start) / 1000
    }

    const times = {none: [], first: [], second: []}
    for (let run = 0; run < runs; run++) {
      times.none.push(lint())
      rmSync(cacheFile, {force: true})
      times.first.push(lint('--cache'))
      times.second.push(lint('--cache'))
    }

    const none = median(times.none)
    const first = median(times.first)
    const second = median(times.second)
    console.log(`cache  no --cache      ${none.toFixed(2)} s  (${corpus.length} README files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${availableParallelism()} cores, median of ${runs})`)
    console.log(`cache  first run       ${first.toFixed(2)} s  (writes the cache)`)
    console.log(`cache  second run      ${second.toFixed(2)} s  (nothing changed)`)
    console.log(`cache  ratio           ${(second / none).toFixed(3)}× the run without --cache; first run ${(first / none).toFixed(3)}×`)
    return {none, first, second, ratio: second / none, files: corpus.length, bytes}
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchCache({runs: Number(process.argv[2] ?? 3)})
}
