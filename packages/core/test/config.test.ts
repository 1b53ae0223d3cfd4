import {describe, expect, it} from 'vitest'
import {ConfigError, defaultConfig, rules, validateConfig} from '../src/index.js'

function problem(value: unknown, source?: string): string {
  try {
    validateConfig(value, source)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }

  throw new Error('expected a ConfigError')
}

describe('validateConfig', () => {
  it('accepts a full config and returns it', () => {
    const config = {
      language: 'en',
      minConfidence: 0.6,
      allow: ['pipeline'],
      rules: {
        shouting: 'off',
        'sales-jargon': ['error', {allow: ['quota'], terms: ['spiff-a-thon', {phrase: 'blue light', expected: ['Special offer'], note: 'n', confidence: 0.9}]}],
        'we-centered': ['warn']
      }
    }
    expect(validateConfig(config)).toBe(config)
  })

  it('names an unknown rule and lists the valid ones', () => {
    expect(problem({rules: {'sales-jargonn': 'error'}}, '.countersiderc.json')).toBe(
      `.countersiderc.json: invalid config at \`rules.sales-jargonn\`: unknown rule; expected one of: ${rules.map((rule) => rule.id).join(', ')}`
    )
  })

  it.each([
    [{rulez: {}}, '`rulez`: unknown key; expected one of: rules, allow, minConfidence, language'],
    [{rules: {shouting: 'loud'}}, '`rules.shouting`: "loud" is not a severity; expected one of: off, warn, error'],
    [{rules: {shouting: ['loud']}}, '`rules.shouting[0]`: "loud" is not a severity'],
    [{rules: {shouting: ['warn', {ignore: []}]}}, '`rules.shouting[1].ignore`: unknown option; expected one of: allow, minConfidence'],
    [{rules: {shouting: ['warn', {terms: ['LOUD']}]}}, '`rules.shouting[1].terms`: `shouting` does not take terms; use `allow` instead'],
    [{rules: {'sales-jargon': ['warn', {terms: ['* deal']}]}}, '`rules.sales-jargon[1].terms[0]`: `* deal` must start with a word'],
    [{rules: {'sales-jargon': ['warn', {terms: [{phrase: 'x', colour: 'red'}]}]}}, '`rules.sales-jargon[1].terms[0].colour`: unknown field'],
    [{minConfidence: 2}, '`minConfidence`: expected a number from 0 to 1, got 2'],
    [{allow: 'pipeline'}, '`allow`: expected an array of strings, got "pipeline"'],
    [{language: 'fr'}, '`language`: "fr" is not supported; counterside checks English only (`en`)'],
    [[], '`(root)`: expected an object, got an array']
  ])('explains %j', (value, message) => {
    expect(problem(value)).toContain(message)
  })

  it('has a default severity for every rule', () => {
    expect(Object.keys(defaultConfig.rules)).toEqual(rules.map((rule) => rule.id))
  })
})
