/** The one config description: its types, its validator and its JSON Schema agree. */
import {Ajv} from 'ajv'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {ConfigError, configField, defaultConfig, rules, toJsonSchema, validateConfig, type Config, type ConfigInput, type RuleSetting} from '../src/index.js'

const validate = new Ajv({strict: false}).compile(toJsonSchema(configField))

const valid: ConfigInput[] = [
  {},
  {rules: {shouting: 'off', 'sales-jargon': 'warn', 'we-centered': 'error'}},
  {rules: {shouting: 0, 'sales-jargon': 1, 'we-centered': 2}},
  {rules: {shouting: ['warn'], 'sales-jargon': [2, {allow: ['quota'], minConfidence: 0.7}]}},
  {rules: {'sales-jargon': ['error', {terms: ['spiff-a-thon', {phrase: 'blue light', expected: ['Special offer'], note: 'n', confidence: 0.9}]}]}},
  {allow: ['pipeline'], minConfidence: 0, language: 'en', learned: false},
  {minConfidence: 1}
]

const invalid: unknown[] = [
  [],
  'rules',
  null,
  {rulez: {}},
  {rules: {'no-such-rule': 'off'}},
  {rules: {shouting: 'warning'}},
  {rules: {shouting: 'loud'}},
  {rules: {shouting: 3}},
  {rules: {shouting: []}},
  {rules: {shouting: ['warn', {}, {}]}},
  {rules: {shouting: ['warn', {ignore: []}]}},
  {rules: {shouting: ['warn', {terms: ['LOUD']}]}},
  {rules: {'sales-jargon': ['warn', {terms: 'quota'}]}},
  {rules: {'sales-jargon': ['warn', {terms: [{expected: ['x']}]}]}},
  {rules: {'sales-jargon': ['warn', {terms: [{phrase: 'x', colour: 'red'}]}]}},
  {rules: {'sales-jargon': ['warn', {terms: ['  ']}]}},
  {rules: 'off'},
  {allow: 'pipeline'},
  {allow: ['ok', 5]},
  {minConfidence: 2},
  {minConfidence: -0.1},
  {minConfidence: '0.5'},
  {language: 'fr'},
  {learned: 'yes'}
]

function problem(value: unknown): string {
  try {
    validateConfig(value)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }

  throw new Error(`expected ${JSON.stringify(value)} to be rejected`)
}

describe('config description', () => {
  it.each(valid.map((value) => [JSON.stringify(value), value]))('accepts %s in the validator and the JSON Schema', (_name, value) => {
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
    expect(() => validateConfig(structuredClone(value))).not.toThrow()
  })

  it.each(invalid.map((value) => [JSON.stringify(value), value]))('rejects %s in the validator and the JSON Schema', (_name, value) => {
    expect(validate(value)).toBe(false)
    expect(() => validateConfig(structuredClone(value))).toThrow(ConfigError)
  })

  it('names every rule in the JSON Schema, with its default severity in config words', () => {
    const schema = toJsonSchema(configField) as {properties: {rules: {properties: Record<string, {description: string}>}}}
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((rule) => rule.id))
    expect(schema.properties.rules.properties.shouting!.description).toContain('(default: warn)')
  })

  it('turns numeric severities into words, leaves the input alone and returns a word-only config as it came', () => {
    const input = {rules: {shouting: 0, 'sales-jargon': [2, {allow: ['quota']}]}}
    expect(validateConfig(input)).toEqual({rules: {shouting: 'off', 'sales-jargon': ['error', {allow: ['quota']}]}})
    expect(input.rules.shouting).toBe(0)
    const words = {rules: {shouting: 'off'}}
    expect(validateConfig(words)).toBe(words)
  })

  it('refuses "warning", naming the valid severities and the word to use', () => {
    expect(problem({rules: {shouting: 'warning'}})).toBe('invalid config at `rules.shouting`: "warning" is not a severity; expected one of: off, warn, error, 0, 1, 2 (a warning is `warn`, as in ESLint)')
  })

  it.each([
    [{allow: ['ok', 5]}, '`allow[1]`: expected a string, got 5'],
    [{rules: {'sales-jargon': ['warn', {terms: [{expected: ['x']}]}]}}, '`rules.sales-jargon[1].terms[0].phrase`: missing; expected a non-empty phrase'],
    [{rules: {shouting: ['warn', {}, {}]}}, '`rules.shouting`: expected [severity] or [severity, options], got an array'],
    [{rules: {shouting: {}}}, '`rules.shouting`: an object is not a severity'],
    [{learned: 'yes'}, '`learned`: expected `true` or `false`, got "yes"']
  ])('puts the key path in the message for %j', (value, message) => {
    expect(problem(value)).toContain(message)
  })

  it('has a default for every top-level key, the same as the JSON Schema states', () => {
    const schema = toJsonSchema(configField) as {properties: Record<string, {default?: unknown}>}
    // `contact` and `channel` default to none: rewrites then say nothing product-specific.
    const withoutDefault = ['channel', 'contact']
    expect(Object.keys(defaultConfig).sort()).toEqual(Object.keys(configField.properties).filter((key) => !withoutDefault.includes(key)).sort())
    for (const key of withoutDefault) expect(schema.properties[key]!.default).toBeUndefined()
    for (const [key, value] of Object.entries(defaultConfig)) expect(schema.properties[key]!.default).toEqual(value)
    expect(() => validateConfig(defaultConfig)).not.toThrow()
  })

  it('derives the TypeScript types', () => {
    expectTypeOf<Config['minConfidence']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<Config['language']>().toEqualTypeOf<'en' | undefined>()
    expectTypeOf<readonly ['warn', {readonly allow: readonly ['x']; readonly terms: readonly [{readonly phrase: 'y'}]}]>().toMatchTypeOf<RuleSetting>()
    expectTypeOf<readonly ['warn', {readonly allow: readonly []}, {readonly allow: readonly []}]>().not.toMatchTypeOf<RuleSetting>()
    expectTypeOf<readonly ['warn', {readonly colour: true}]>().not.toMatchTypeOf<RuleSetting>()
    expectTypeOf<{rules: {shouting: 2}}>().toMatchTypeOf<ConfigInput>()
    expectTypeOf<{rules: {shouting: 2}}>().not.toMatchTypeOf<Config>()
    expectTypeOf<{rules: {shouting: 'warning'}}>().not.toMatchTypeOf<ConfigInput>()
  })
})
