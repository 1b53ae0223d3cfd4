/**
 * Stand-in for the CLI until it lints examples/ itself: runs lintText over
 * the plain-text and Markdown files under examples/ and prints findings.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {lintText} from '@counterside/core'

const root = new URL('../examples/', import.meta.url).pathname
let count = 0
for (const file of walk(root)) {
  const text = readFileSync(file, 'utf8')
  for (const finding of lintText(text)) {
    count++
    console.log(`${path.relative(process.cwd(), file)}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId})`)
  }
}

console.log(`${count} finding${count === 1 ? '' : 's'}`)
process.exitCode = count > 0 ? 1 : 0

function* walk(directory) {
  for (const name of readdirSync(directory).sort()) {
    if (name === 'node_modules') continue
    const full = path.join(directory, name)
    if (statSync(full).isDirectory()) yield* walk(full)
    else if (/\.(?:md|txt)$/.test(name)) yield full
  }
}
