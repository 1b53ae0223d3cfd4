/**
 * The `@counterside/core` config a rule lints with. Every rule is on in it:
 * the engine runs once per string and each ESLint rule keeps its own
 * findings, so severity stays with ESLint. A rule with its own `allow`,
 * `terms` or `minConfidence` gets a config of its own (only it on).
 * Configs are reused by content: `lintText` caches by config identity.
 */
import {rules, validateConfig, type Config, type RuleId} from '@counterside/core'
import type {RuleOptions, Settings} from './options.js'

const byKey = new Map<string, Config>()
// Rules without options of their own share one config per settings object:
// found by identity, so `create` (run for every rule on every file) builds no key.
const shared = new WeakMap<Settings, Config>()

export function engineConfigFor(settings: Settings, ruleId: RuleId, options: RuleOptions): Config {
  const own = options.allow !== undefined || options.terms !== undefined || options.minConfidence !== undefined
  const ruleSettings = own
    ? {[ruleId]: ['error', {allow: options.allow, terms: options.terms, minConfidence: options.minConfidence}]}
    : undefined
  if (!own) {
    const config = shared.get(settings)
    if (config) return config
  }

  const key = JSON.stringify([settings.allow, settings.minConfidence, ruleSettings])
  let config = byKey.get(key)
  if (!config) {
    config = validateConfig(
      dropUndefined({
        rules: ruleSettings ? {...allRules('off'), ...ruleSettings} : allRules('error'),
        allow: settings.allow,
        minConfidence: settings.minConfidence
      }),
      'eslint-plugin-counterside'
    )
    byKey.set(key, config)
  }

  if (!own) shared.set(settings, config)
  return config
}

function allRules(severity: 'off' | 'error'): Record<string, 'off' | 'error'> {
  return Object.fromEntries(rules.map((rule) => [rule.id, severity]))
}

/** JSON round-trip: drops undefined keys the validator would reject as present-but-wrong. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
