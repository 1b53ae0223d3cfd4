/**
 * Configuration: the shape every front end accepts, its validation (errors
 * name the bad key and the valid choices) and its defaults.
 */
import {defaultMinConfidence, patternProblem, type Options, type RuleSeverity} from 'retext-counterside'
import {getRule, rules} from './registry.js'

export type {RuleOptions, RuleSetting, RuleSeverity, TermEntry} from 'retext-counterside'

export interface Config extends Options {
  /** Language of the copy. Only English (`en`) is supported. */
  readonly language?: 'en'
}

export const supportedLanguages = ['en'] as const

export const defaultConfig = {
  language: 'en',
  minConfidence: defaultMinConfidence,
  allow: [],
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity === 'error' ? 'error' : 'warn']))
} as const satisfies Config

/** A configuration problem, with where it is (`rules.sales-jargon[1].allow`). */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly key: string

  constructor(key: string, problem: string, source?: string) {
    super(`${source ? `${source}: ` : ''}invalid config at \`${key}\`: ${problem}`)
    this.key = key
  }
}

const severities: readonly RuleSeverity[] = ['off', 'warn', 'error']
const topLevelKeys = ['rules', 'allow', 'minConfidence', 'language', 'learned']
const ruleOptionKeys = ['allow', 'terms', 'minConfidence']
const termKeys = ['phrase', 'expected', 'note', 'confidence']

/**
 * Check an untrusted value (parsed JSON, YAML, an ESLint option) and return
 * it typed. `source` names the file in error messages.
 */
export function validateConfig(value: unknown, source?: string): Config {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(key, problem, source)
  }

  if (!isRecord(value)) return fail('(root)', `expected an object, got ${describe(value)}`)
  for (const key of Object.keys(value)) {
    if (!topLevelKeys.includes(key)) fail(key, `unknown key; expected one of: ${topLevelKeys.join(', ')}`)
  }

  if (value.language !== undefined && !supportedLanguages.includes(value.language as 'en')) {
    fail('language', `${describe(value.language)} is not supported; counterside checks English only (\`en\`)`)
  }

  checkConfidence(value.minConfidence, 'minConfidence', fail)
  checkStrings(value.allow, 'allow', fail)
  if (value.learned !== undefined && typeof value.learned !== 'boolean') fail('learned', `expected \`true\` or \`false\`, got ${describe(value.learned)}`)
  if (value.rules !== undefined) {
    if (!isRecord(value.rules)) fail('rules', `expected an object keyed by rule id, got ${describe(value.rules)}`)
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      const rule = getRule(id)
      const key = `rules.${id}`
      if (!rule) fail(key, `unknown rule; expected one of: ${rules.map((item) => item.id).join(', ')}`)
      const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting]
      if (!severities.includes(severity as RuleSeverity)) {
        fail(Array.isArray(setting) ? `${key}[0]` : key, `${describe(severity)} is not a severity; expected one of: ${severities.join(', ')}`)
      }

      if (rest.length > 0) fail(key, 'expected [severity] or [severity, options]')
      if (options === undefined) continue
      const optionsKey = `${key}[1]`
      if (!isRecord(options)) fail(optionsKey, `expected an object, got ${describe(options)}`)
      const ruleOptions = options as Record<string, unknown>
      for (const option of Object.keys(ruleOptions)) {
        if (!ruleOptionKeys.includes(option)) fail(`${optionsKey}.${option}`, `unknown option; expected one of: ${ruleOptionKeys.join(', ')}`)
      }

      checkStrings(ruleOptions.allow, `${optionsKey}.allow`, fail)
      checkConfidence(ruleOptions.minConfidence, `${optionsKey}.minConfidence`, fail)
      if (ruleOptions.terms !== undefined) {
        if (!rule!.acceptsTerms) fail(`${optionsKey}.terms`, `\`${id}\` does not take terms; use \`allow\` instead`)
        checkTerms(ruleOptions.terms, `${optionsKey}.terms`, fail)
      }
    }
  }

  return value as Config
}

type Fail = (key: string, problem: string) => never

function checkTerms(terms: unknown, key: string, fail: Fail): void {
  if (!Array.isArray(terms)) fail(key, `expected an array of phrases, got ${describe(terms)}`)
  for (const [index, term] of (terms as unknown[]).entries()) {
    const termKey = `${key}[${index}]`
    if (typeof term === 'string') {
      checkPattern(term, termKey, fail)
      continue
    }

    if (!isRecord(term)) fail(termKey, `expected a phrase or { phrase, expected?, note?, confidence? }, got ${describe(term)}`)
    const entry = term as Record<string, unknown>
    for (const field of Object.keys(entry)) {
      if (!termKeys.includes(field)) fail(`${termKey}.${field}`, `unknown field; expected one of: ${termKeys.join(', ')}`)
    }

    checkPattern(entry.phrase, `${termKey}.phrase`, fail)
    checkStrings(entry.expected, `${termKey}.expected`, fail)
    if (entry.note !== undefined && typeof entry.note !== 'string') fail(`${termKey}.note`, 'expected a string')
    checkConfidence(entry.confidence, `${termKey}.confidence`, fail)
  }
}

function checkPattern(value: unknown, key: string, fail: Fail): void {
  if (typeof value !== 'string' || value.trim() === '') fail(key, 'expected a non-empty phrase')
  const problem = patternProblem(value as string)
  if (problem) fail(key, problem)
}

function checkStrings(value: unknown, key: string, fail: Fail): void {
  if (value === undefined) return
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(key, `expected an array of strings, got ${describe(value)}`)
  }
}

function checkConfidence(value: unknown, key: string, fail: Fail): void {
  if (value === undefined) return
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    fail(key, `expected a number from 0 to 1, got ${describe(value)}`)
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : String(value)
}
