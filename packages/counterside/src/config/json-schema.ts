/**
 * The JSON Schema of the config file (JSON and YAML forms), generated from
 * the rule registry so editors complete and check every rule id.
 * `scripts/generate-schema.js` writes it to `schema/counterside.schema.json`.
 */
import {rules} from '@counterside/core'

export function configSchema(): Record<string, unknown> {
  const severity = {enum: ['off', 'warn', 'error'], description: 'off: not checked; warn: reported, exit 0; error: reported, exit 1'}
  const strings = {type: 'array', items: {type: 'string'}}
  const confidence = {type: 'number', minimum: 0, maximum: 1}
  const term = {
    anyOf: [
      {type: 'string', minLength: 1},
      {
        type: 'object',
        additionalProperties: false,
        required: ['phrase'],
        properties: {phrase: {type: 'string', minLength: 1}, expected: strings, note: {type: 'string'}, confidence}
      }
    ]
  }
  const ruleSetting = (acceptsTerms: boolean) => ({
    anyOf: [
      severity,
      {
        type: 'array',
        items: [severity, {
          type: 'object',
          additionalProperties: false,
          properties: {allow: strings, minConfidence: confidence, ...(acceptsTerms ? {terms: {type: 'array', items: term}} : {})}
        }],
        additionalItems: false,
        minItems: 1,
        maxItems: 2
      }
    ]
  })
  const coreProperties = {
    rules: {
      type: 'object',
      description: 'Severity and options per rule id.',
      additionalProperties: false,
      properties: Object.fromEntries(rules.map((rule) => [rule.id, {...ruleSetting(rule.acceptsTerms), description: `${rule.description} (default: ${rule.defaultSeverity === 'error' ? 'error' : 'warn'}). ${rule.url}`}]))
    },
    allow: {...strings, description: 'Words or phrases no rule flags.'},
    minConfidence: {...confidence, description: 'Findings less sure than this are dropped (default 0.5).'},
    language: {enum: ['en'], description: 'Only English is supported.'},
    learned: {type: 'boolean', description: 'The learned scorer beside the phrase tables (default true); false runs the phrase tables alone.'}
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/counterside/counterside/blob/main/packages/counterside/schema/counterside.schema.json',
    title: 'counterside config',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      ...coreProperties,
      ignorePatterns: {...strings, description: 'Globs (relative to the config file) never linted.'},
      failOnUnchecked: {type: 'boolean', description: 'Report files that are not checked (not English) as errors instead of warnings, like --fail-on-unchecked.'},
      surfaces: {
        type: 'object',
        description: 'Named settings for who reads the copy, e.g. {"staff": {"rules": {"sales-jargon": "off"}}}; overrides refer to them by name.',
        additionalProperties: {type: 'object', additionalProperties: false, properties: coreProperties}
      },
      overrides: {
        type: 'array',
        description: 'Settings for some files or catalog keys; later entries win.',
        items: {
          type: 'object',
          additionalProperties: false,
          anyOf: [{required: ['files']}, {required: ['keys']}],
          properties: {
            files: {anyOf: [{type: 'string'}, strings], description: 'Globs relative to the config file, e.g. "locales/*/cashier.*".'},
            keys: {anyOf: [{type: 'string'}, strings], description: 'Catalog key prefixes, e.g. "cashier" matches "cashier.total".'},
            surface: {type: 'string', description: 'A name from `surfaces`.'},
            ...coreProperties
          }
        }
      }
    }
  }
}
