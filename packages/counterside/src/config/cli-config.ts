/**
 * The CLI's config file: the core's description plus what only a
 * file-walking tool needs: `root`, ignore patterns, named surfaces (who
 * reads the copy) and overrides per glob or catalog key prefix. Type,
 * validator and JSON Schema all come from `cliConfigField`.
 */
import {ConfigError, configField, configProperties, validateField, type Config, type Infer, type ObjectField} from '@counterside/core'

const globsField = {kind: 'array', items: {kind: 'string'}, single: true} as const

const overrideField = {
  kind: 'object',
  requireOneOf: {keys: ['files', 'keys'], problem: 'expected `files` (globs), `keys` (catalog key prefixes) or both'},
  properties: {
    files: {...globsField, description: 'Globs relative to the config file\'s folder, e.g. "locales/*/cashier.*".'},
    keys: {...globsField, description: 'Catalog key prefixes, e.g. "cashier" matches "cashier.total".'},
    surface: {kind: 'string', description: 'A name from `surfaces` (in this config or one it inherits) whose settings apply here first.'},
    ...configProperties
  }
} as const satisfies ObjectField

export const cliConfigField = {
  kind: 'object',
  properties: {
    ...configProperties,
    $schema: {kind: 'string', description: 'The JSON Schema editors check this file with.'},
    root: {kind: 'boolean', default: false, description: 'Stop the cascade here: configs in parent folders do not apply.'},
    ignorePatterns: {kind: 'array', items: {kind: 'string'}, default: [], description: 'Globs (relative to the config file\'s folder) never linted.'},
    failOnUnchecked: {kind: 'boolean', default: false, description: 'Files counterside cannot check (not in English) fail the run instead of warning, like --fail-on-unchecked.'},
    surfaces: {
      kind: 'record',
      values: configField,
      expected: 'an object of named settings, like {"staff": {"rules": {…}}}',
      description: 'Named settings for who reads the copy, e.g. {"staff": {"rules": {"sales-jargon": "off"}}}; overrides refer to them by name.'
    },
    overrides: {
      kind: 'array',
      items: overrideField,
      expected: 'an array of {files?, keys?, surface?, rules?, allow?, minConfidence?}',
      description: 'Settings for some files or catalog keys; later entries win.'
    }
  }
} as const satisfies ObjectField

export type CliConfig = Infer<typeof cliConfigField>
export type CliConfigInput = Infer<typeof cliConfigField, 'input'>
export type Override = Infer<typeof overrideField>

/**
 * Validate one config file. `inheritedSurfaces` are the surface names of
 * the configs it cascades from, which its overrides may also name.
 */
export function validateCliConfig(value: unknown, source?: string, inheritedSurfaces: readonly string[] = []): CliConfig {
  const config = validateField(cliConfigField, value, source)
  const names = [...inheritedSurfaces, ...Object.keys(config.surfaces ?? {})]
  for (const [index, override] of (config.overrides ?? []).entries()) {
    if (override.surface !== undefined && !names.includes(override.surface)) {
      throw new ConfigError(`overrides[${index}].surface`, `${JSON.stringify(override.surface)} is not a surface; expected one of: ${names.length > 0 ? names.join(', ') : '(none defined: add it under `surfaces`)'}`, source)
    }
  }

  return config
}

const coreKeys = Object.keys(configProperties)

/** The core's settings only: `lintText` rejects keys it does not know. */
export function coreConfig(config: Config): Config {
  return Object.fromEntries(Object.entries(config).filter(([key]) => coreKeys.includes(key))) as Config
}
