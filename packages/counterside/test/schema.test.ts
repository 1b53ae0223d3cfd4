/** The committed config schema is the generated one, and it accepts and rejects what the validator does. */
import {readFileSync} from 'node:fs'
import {rules} from '@counterside/core'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {configSchema} from '../src/config/json-schema.js'
import {validateCliConfig} from '../src/config/cli-config.js'

const committed = JSON.parse(readFileSync(new URL('../schema/counterside.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>

describe('config JSON Schema', () => {
  it('is up to date (run `node packages/counterside/scripts/generate-schema.js`)', () => {
    expect(committed).toEqual(configSchema())
  })

  it('names every rule of the registry', () => {
    const ruleProperties = ((committed.properties as Record<string, {properties: Record<string, unknown>}>).rules!).properties
    expect(Object.keys(ruleProperties)).toEqual(rules.map((rule) => rule.id))
  })

  it('agrees with the validator on good and bad configs', () => {
    const {$schema: _draft, ...schema} = committed
    const validate = new Ajv({strict: false}).compile(schema)
    const goods = [
      {rules: {'sales-jargon': ['error', {allow: ['upsell'], terms: ['quota club']}], shouting: 'off'}, overrides: [{files: ['locales/**'], keys: ['cashier'], surface: 'staff'}], surfaces: {staff: {rules: {'permission-gate': 'off'}}}},
      {root: true, ignorePatterns: ['drafts/**'], rules: {shouting: 0, 'sales-jargon': [2]}, overrides: [{files: '*.md', rules: {'we-centered': 1}}]},
      {$schema: './schema.json', surfaces: {staff: {minConfidence: 0.8, learned: false}}}
    ]
    for (const good of goods) {
      expect(validate(good), JSON.stringify(validate.errors)).toBe(true)
      expect(() => validateCliConfig(structuredClone(good))).not.toThrow()
    }

    const bads = [
      {rules: {'sales-jargon': 'loud'}}, {rules: {'no-such-rule': 'off'}}, {colour: true}, {overrides: [{rules: {}}]}, {rules: {shouting: ['warn', {terms: ['x']}]}},
      {rules: {shouting: 'warning'}}, {root: 'yes'}, {ignorePatterns: 'drafts'}, {overrides: [{files: ['*.md'], colour: 1}]}, {surfaces: {staff: {ignorePatterns: []}}}
    ]
    for (const bad of bads) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false)
      expect(() => validateCliConfig(structuredClone(bad)), JSON.stringify(bad)).toThrow()
    }
  })
})
