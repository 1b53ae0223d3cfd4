#!/usr/bin/env node
// Prints the number of strings per catalog package and the totals; exits 1
// when the catalogs are too few or too small to serve as negatives.
import {readCatalogs, readManifest} from './index.js'

const MIN_PACKAGES = 25
const MIN_DISTINCT = 12_000

let strings
let manifest
try {
  manifest = readManifest()
  strings = readCatalogs()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

const perPackage = new Map(manifest.map((entry) => [entry.package, 0]))
for (const s of strings) perPackage.set(s.package, perPackage.get(s.package) + 1)

const width = Math.max(...manifest.map((e) => `${e.package}@${e.version}`.length))
for (const entry of manifest) {
  const name = `${entry.package}@${entry.version}`
  console.log(`${name.padEnd(width)}  ${entry.audience.padEnd(8)}  ${String(perPackage.get(entry.package)).padStart(6)}`)
}

const distinct = new Set(strings.map((s) => s.text)).size
const byAudience = (audience) => new Set(strings.filter((s) => s.audience === audience).map((s) => s.text)).size
console.log('')
console.log(`packages: ${manifest.length}`)
console.log(`strings (deduplicated within each package): ${strings.length}`)
console.log(`distinct strings across all packages: ${distinct} (customer ${byAudience('customer')}, staff ${byAudience('staff')})`)

const problems = []
if (manifest.length < MIN_PACKAGES) problems.push(`fewer than ${MIN_PACKAGES} packages (${manifest.length})`)
if (distinct < MIN_DISTINCT) problems.push(`fewer than ${MIN_DISTINCT} distinct strings (${distinct})`)
if (problems.length > 0) {
  console.error(`count: ${problems.join('; ')}`)
  process.exit(1)
}
