/**
 * `pnpm bench`: every benchmark row in one run. Benchmarks print ratios
 * measured side by side; they are never part of the test suite.
 *
 *   node scripts/bench.js [--runs N] [--only engine|cli|cache] [--baseline <checkout>]
 *
 * `--baseline` runs another checkout's build (a worktree at main, built)
 * alternately with this one in the engine and CLI rows, so a change is
 * measured build against build in the same machine state.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}, only: {type: 'string'}, baseline: {type: 'string'}}})
const runs = Number(values.runs)
const baseline = values.baseline === undefined ? undefined : path.resolve(values.baseline)
if (baseline && !existsSync(path.join(baseline, 'packages/core/dist/index.js'))) {
  console.error(`--baseline ${baseline}: no build there (packages/core/dist/index.js); build that checkout first`)
  process.exit(2)
}

if (!values.only || values.only === 'engine') {
  const {default: benchEngine} = await import('./bench/engine.js')
  await benchEngine({runs, baseline})
}

if (!values.only || values.only === 'cli') {
  if (existsSync(new URL('bench/cli.js', import.meta.url))) {
    const {default: benchCli} = await import('./bench/cli.js')
    await benchCli({runs: Math.min(runs, 3), baseline})
  } else {
    console.log('CLI row: not available yet (packages/counterside has no benchmark).')
  }
}

if (!values.only || values.only === 'cache') {
  const {default: benchCache} = await import('./bench/cache.js')
  benchCache({runs: Math.min(runs, 3)})
}
