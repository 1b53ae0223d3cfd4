/**
 * Flat configs, derived from the registry: `recommended` uses each rule's
 * default severity, `strict` makes every rule an error, `all` is `strict`
 * plus `checkAllStrings` (every string literal, minus the exclusions).
 */
import {rules as registry} from '@counterside/core'
import type {TSESLint} from '@typescript-eslint/utils'

type Plugin = NonNullable<TSESLint.FlatConfig.Config['plugins']>[string]

export interface Configs {
  readonly recommended: TSESLint.FlatConfig.Config
  readonly strict: TSESLint.FlatConfig.Config
  readonly all: TSESLint.FlatConfig.Config
}

export function createConfigs(plugin: Plugin): Configs {
  const withSeverity = (severity: (rule: (typeof registry)[number]) => 'error' | 'warn'): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(registry.map((rule) => [`counterside/${rule.id}`, severity(rule)]))
  return {
    recommended: {
      name: 'counterside/recommended',
      plugins: {counterside: plugin},
      rules: withSeverity((rule) => (rule.defaultSeverity === 'error' ? 'error' : 'warn'))
    },
    strict: {
      name: 'counterside/strict',
      plugins: {counterside: plugin},
      rules: withSeverity(() => 'error')
    },
    all: {
      name: 'counterside/all',
      plugins: {counterside: plugin},
      rules: withSeverity(() => 'error'),
      settings: {counterside: {checkAllStrings: true}}
    }
  }
}
