/**
 * Timing helpers for benchmarks: machines are noisy, so candidates run
 * alternately in the same process and we compare medians.
 */
import {performance} from 'node:perf_hooks'

/**
 * @param {Record<string, () => unknown>} candidates
 * @param {{runs: number, warmup?: number}} options
 * @returns {Record<string, number>} median seconds per candidate
 */
export function alternate(candidates, {runs, warmup = 1}) {
  const names = Object.keys(candidates)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < warmup + runs; round++) {
    // Rotate the order so no candidate always runs first (or right after GC).
    const order = names.map((_, index) => names[(index + round) % names.length])
    for (const name of order) {
      const start = performance.now()
      candidates[name]()
      const seconds = (performance.now() - start) / 1000
      if (round >= warmup) times[name].push(seconds)
    }
  }

  return Object.fromEntries(names.map((name) => [name, median(times[name])]))
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')).join('\n')
}
