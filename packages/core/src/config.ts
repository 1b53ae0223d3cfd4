/**
 * Configuration: the one description of the settings every front end
 * accepts (each key's type, allowed values, description and default). The
 * types, the validator and the JSON Schema are derived from it; the CLI
 * adds its keys to `configField`, the ESLint plugin reads `ruleOptionsField`.
 */
import {defaultMinConfidence, patternProblem} from 'retext-counterside'
import type {AnyOfField, EnumField, Field, Infer, ObjectField, RecordField} from './config-schema.js'
import {defaultsOf} from './config-schema.js'
import {describe, validateField} from './config-validate.js'
import {getRule, rules, type RuleInfo} from './registry.js'

export {ConfigError} from './config-validate.js'

export const supportedLanguages = ['en'] as const

/** ESLint's words and numbers; `warning` is refused with the word to use, as ESLint does. */
export const severityField = {
  kind: 'enum',
  values: ['off', 'warn', 'error'],
  aliases: {0: 'off', 1: 'warn', 2: 'error'},
  description: 'off (0): not checked; warn (1): reported, exit 0; error (2): reported, exit 1.',
  invalid: (value: unknown, allowed: string) => `${describe(value)} is not a severity; expected one of: ${allowed}${value === 'warning' ? ' (a warning is `warn`, as in ESLint)' : ''}`
} as const satisfies EnumField

const confidenceField = {kind: 'number', minimum: 0, maximum: 1} as const satisfies Field
const stringsField = {kind: 'array', items: {kind: 'string'}} as const satisfies Field

const phraseField = {
  kind: 'string',
  nonEmpty: true,
  expected: 'a non-empty phrase',
  check: patternProblem,
  description: 'A phrase in the counterside pattern language (docs/patterns.md).'
} as const satisfies Field

export const termField = {
  kind: 'anyOf',
  expected: 'a phrase or { phrase, expected?, note?, confidence? }',
  options: [
    phraseField,
    {
      kind: 'object',
      noun: 'field',
      required: ['phrase'],
      properties: {
        phrase: phraseField,
        expected: {...stringsField, description: 'Customer-centred alternatives, best first.'},
        note: {kind: 'string', description: 'What the customer feels reading it.'},
        confidence: {...confidenceField, description: 'How sure a match is a problem (0–1).'}
      }
    }
  ]
} as const satisfies AnyOfField

const ruleOptionProperties = {
  allow: {...stringsField, description: 'Words or phrases this rule must not flag.'},
  terms: {kind: 'array', items: termField, expected: 'an array of phrases', description: 'Extra phrases this rule flags, in the counterside pattern language.'},
  minConfidence: {...confidenceField, description: 'Drop this rule\'s findings less sure than this (0–1); overrides the global `minConfidence`.'}
} as const

/** A rule's options; `terms` only where the rule takes them (see `ruleOptionsFor`). */
export const ruleOptionsField = {kind: 'object', noun: 'option', properties: ruleOptionProperties} as const satisfies ObjectField

export function ruleOptionsFor(rule: RuleInfo): ObjectField {
  if (rule.acceptsTerms) return ruleOptionsField
  const {terms: _terms, ...properties} = ruleOptionProperties
  return {...ruleOptionsField, properties, refused: {terms: `\`${rule.id}\` does not take terms; use \`allow\` instead`}}
}

const ruleSettingField = {
  kind: 'anyOf',
  options: [
    severityField,
    {kind: 'tuple', items: [severityField, ruleOptionsField], minItems: 1, expected: '[severity] or [severity, options]'}
  ]
} as const satisfies AnyOfField

function ruleSettingFor(rule: RuleInfo): Field {
  return {
    kind: 'anyOf',
    description: `${rule.description} (default: ${defaultSeverityOf(rule)}). ${rule.url}`,
    options: [severityField, {kind: 'tuple', items: [severityField, ruleOptionsFor(rule)], minItems: 1, expected: '[severity] or [severity, options]'}]
  }
}

/** A rule's default in config words (the registry's `warning` is a finding's severity). */
export function defaultSeverityOf(rule: RuleInfo): RuleSeverity {
  return rule.defaultSeverity === 'error' ? 'error' : 'warn'
}

const rulesField = {
  kind: 'record',
  values: ruleSettingField,
  keys: {names: () => rules.map((rule) => rule.id), fieldFor: (id: string) => ruleSettingFor(getRule(id)!), noun: 'rule'},
  expected: 'an object keyed by rule id',
  description: 'Severity and options per rule id; unlisted rules keep their defaults.',
  default: Object.fromEntries(rules.map((rule) => [rule.id, defaultSeverityOf(rule)]))
} as const satisfies RecordField

/** The settings every front end accepts, in the order messages list them. */
export const configProperties = {
  rules: rulesField,
  allow: {...stringsField, description: 'Words or phrases no rule flags.', default: []},
  minConfidence: {...confidenceField, description: `Findings less sure than this are dropped (default ${defaultMinConfidence}).`, default: defaultMinConfidence},
  language: {
    kind: 'enum',
    values: supportedLanguages,
    description: 'Language of the copy. Only English is supported; `en` also skips language detection.',
    default: 'en',
    invalid: (value: unknown) => `${describe(value)} is not supported; counterside checks English only (\`en\`)`
  },
  learned: {kind: 'boolean', description: 'The learned scorer beside the phrase tables (default true); false runs the phrase tables alone.', default: true},
  contact: {
    kind: 'string',
    nonEmpty: true,
    expected: 'a non-empty string, like "ask a team member"',
    description: 'How a customer reaches a person in this product ("ask a team member", "call 0800 123 456", "chat with us"), used by dead-end and permission rewrites. Default: none (rewrites say nothing product-specific).'
  },
  channel: {
    kind: 'enum',
    values: ['in-store', 'online', 'phone'],
    description: 'Where customers meet the copy: in-store, online or phone. Rewrites offer "pay at the counter" only in-store. Default: none.'
  }
} as const

export const configField = {kind: 'object', properties: configProperties} as const satisfies ObjectField

/** A validated config: severities as words. */
export type Config = Infer<typeof configField>
/** What a user may write: severities also as 0, 1, 2. */
export type ConfigInput = Infer<typeof configField, 'input'>
export type RuleSeverity = Infer<typeof severityField>
export type RuleSeverityInput = Infer<typeof severityField, 'input'>
export type RuleSetting = Infer<typeof ruleSettingField>
export type RuleOptions = Infer<typeof ruleOptionsField>
export type TermEntry = Extract<Infer<typeof termField>, object>

/** Every key's default; `--print-config` starts from it. */
export const defaultConfig = defaultsOf(configField) as Required<Config>

/**
 * Check an untrusted value (parsed JSON, YAML, an ESLint option) and return
 * it typed, with numeric severities as words. `source` names the file in
 * error messages.
 */
export function validateConfig(value: unknown, source?: string): Config {
  return validateField(configField, value, source)
}
