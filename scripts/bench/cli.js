/**
 * CLI benchmark row: the built `counterside` binary and the `alex` CLI on
 * the same corpus of real README Markdown, run alternately so both see the
 * same machine state; prints wall-time medians and the ratio. With
 * `baseline` (a checkout's path), that checkout's built CLI runs in the
 * same rounds.
 *
 *   node scripts/bench/cli.js [runs] [baseline checkout]
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
export default async function benchCli({runs = 3, maxBytes = 5 * 1024 * 1024, baseline} = {}) {
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
      alex: [alex, '--quiet', 'docs'],
      ...(baseline && {baseline: [path.join(baseline, 'packages/counterside/dist/bin.js'), 'docs', '--format', 'json', '--output-file', report]})
    }
    const names = Object.keys(commands)
    const times = Object.fromEntries(names.map((name) => [name, []]))
    for (let run = 0; run < runs; run++) {
      for (const name of names) {
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
    if (baseline) {
      const then = median(times.baseline)
      console.log(`cli  baseline     ${(then / 1000).toFixed(2)} s, ${(then / theirs).toFixed(3)}× alex's (${baseline}); this build takes ${(ours / then).toFixed(3)}× its time`)
    }

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
  await benchCli({runs: Number(process.argv[2] ?? 3), baseline: process.argv[3] && path.resolve(process.argv[3])})
}
