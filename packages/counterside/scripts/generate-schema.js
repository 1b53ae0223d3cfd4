/**
 * Writes schema/counterside.schema.json from the rule registry.
 * Run after `tsc -b`: node packages/counterside/scripts/generate-schema.js
 */
import {writeFileSync} from 'node:fs'
import {configSchema} from '../dist/config/json-schema.js'

const target = new URL('../schema/counterside.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)
