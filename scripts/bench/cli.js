/**
 * CLI benchmark row: the built `counterside` binary and the `alex` CLI on
 * the same corpus of real README Markdown, run alternately so both see the
 * same machine state; prints wall-time medians and the ratio.
 *
 *   node scripts/bench/cli.js [runs]
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readmeCorpus} from './readme-corpus.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const counterside = path.join(root, 'packages/counterside/dist/bin.js')
const alex = path.join(root, 'packages/counterside/node_modules/alex/cli.js')

/** @param {{runs?: number, maxBytes?: number}} [options] */
export default async function benchCli({runs = 3, maxBytes = 5 * 1024 * 1024} = {}) {
  const corpus = readmeCorpus({maxBytes})
  const directory = mkdtempSync(path.join(tmpdir(), 'counterside-bench-'))
  try {
    const docs = path.join(directory, 'docs')
    mkdirSync(docs)
    let bytes = 0
    for (const [index, file] of corpus.entries()) {
      writeFileSync(path.join(docs, `${String(index).padStart(4, '0')}.md`), file.text)
      bytes += Buffer.byteLength(file.text)
    }

    const report = path.join(directory, 'report.json')
    const commands = {
      counterside: [counterside, 'docs', '--format', 'json', '--output-file', report],
      alex: [alex, '--quiet', 'docs']
    }
    const times = {counterside: [], alex: []}
    for (let run = 0; run < runs; run++) {
      for (const name of /** @type {const} */ (['counterside', 'alex'])) {
        const start = performance.now()
        const result = spawnSync(process.execPath, commands[name], {cwd: directory, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024})
        times[name].push(performance.now() - start)
        // Both exit 1 when they find something; anything else is a broken run.
        if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
      }
    }

    const ours = median(times.counterside)
    const theirs = median(times.alex)
    const label = `${corpus.length} README files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${availableParallelism()} cores, median of ${runs}`
    console.log(`cli  counterside  ${(ours / 1000).toFixed(2)} s  (${label})`)
    console.log(`cli  alex         ${(theirs / 1000).toFixed(2)} s`)
    console.log(`cli  ratio        ${(ours / theirs).toFixed(3)}× alex's wall time (target ≤ 0.25×)`)
    return {counterside: ours, alex: theirs, ratio: ours / theirs, files: corpus.length, bytes}
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchCli({runs: Number(process.argv[2] ?? 3)})
}
