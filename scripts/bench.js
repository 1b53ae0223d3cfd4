/**
 * `pnpm bench`: every benchmark row in one run. Benchmarks print ratios
 * measured side by side; they are never part of the test suite.
 *
 *   node scripts/bench.js [--runs N] [--only engine|cli|cache]
 */
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}, only: {type: 'string'}}})
const runs = Number(values.runs)

if (!values.only || values.only === 'engine') {
  const {default: benchEngine} = await import('./bench/engine.js')
  benchEngine({runs})
}

if (!values.only || values.only === 'cli') {
  if (existsSync(new URL('bench/cli.js', import.meta.url))) {
    const {default: benchCli} = await import('./bench/cli.js')
    await benchCli({runs: Math.min(runs, 3)})
  } else {
    console.log('CLI row: not available yet (packages/counterside has no benchmark).')
  }
}

if (!values.only || values.only === 'cache') {
  const {default: benchCache} = await import('./bench/cache.js')
  benchCache({runs: Math.min(runs, 3)})
}
