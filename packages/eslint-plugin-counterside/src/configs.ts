/**
 * Flat configs, derived from the registry: `recommended` uses each rule's
 * default severity, `strict` makes every rule an error, `all` is `strict`
 * plus `checkAllStrings` (every string literal, minus the exclusions).
 */
import {rules as registry} from '@counterside/core'

type Severity = 'error' | 'warn'

/**
 * Exactly the keys the configs set. Not typescript-eslint's
 * `FlatConfig.Config`: its `languageOptions` lacks the index signature of
 * ESLint's own type, so `defineConfig` (eslint/config) rejected our configs
 * (TS2322). Type aliases, not interfaces, for the same reason: ESLint's
 * `Plugin['configs']` is a record, which only an alias is assignable to.
 */
// Method syntax on purpose: TypeScript checks method parameters bivariantly.
type Listener = {listener(node: unknown): void}['listener']

export type ConfigPlugin = {
  readonly meta: {readonly name: string; readonly version: string}
  readonly rules: Readonly<Record<string, {create(context: unknown): Readonly<Record<string, Listener | undefined>>}>>
}

export type CountersideConfig = {
  readonly name: string
  readonly plugins: {readonly counterside: ConfigPlugin}
  readonly rules: Readonly<Record<string, Severity>>
  readonly settings?: {readonly counterside: {readonly checkAllStrings: boolean}}
}

export type Configs = {
  readonly recommended: CountersideConfig
  readonly strict: CountersideConfig
  readonly all: CountersideConfig
}

export function createConfigs(plugin: ConfigPlugin): Configs {
  const withSeverity = (severity: (rule: (typeof registry)[number]) => Severity): Record<string, Severity> =>
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
