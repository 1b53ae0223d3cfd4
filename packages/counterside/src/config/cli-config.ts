/**
 * The CLI's config file: the core config plus what only a file-walking tool
 * needs: ignore patterns, named surfaces (who reads the copy) and overrides
 * per glob or catalog key prefix. Validation adds the path inside the file to
 * the core's key (`overrides[1].rules.sales-jargon`).
 */
import {ConfigError, validateConfig, type Config} from '@counterside/core'

export interface Override extends Config {
  /** Globs relative to the config file's folder (`locales/*\/cashier.*`). */
  readonly files?: readonly string[]
  /** Catalog key prefixes (`cashier` matches `cashier.total`). */
  readonly keys?: readonly string[]
  /** A surface named in `surfaces` whose settings apply here. */
  readonly surface?: string
}

export interface CliConfig extends Config {
  readonly $schema?: string
  readonly ignorePatterns?: readonly string[]
  readonly surfaces?: Readonly<Record<string, Config>>
  readonly overrides?: readonly Override[]
  /** Files not checked (not English) are errors, not warnings. */
  readonly failOnUnchecked?: boolean
}

const coreKeys = ['rules', 'allow', 'minConfidence', 'language', 'learned']
const cliKeys = ['$schema', 'ignorePatterns', 'surfaces', 'overrides', 'failOnUnchecked']
const overrideKeys = ['files', 'keys', 'surface']

export function validateCliConfig(value: unknown, source?: string): CliConfig {
  const fail = (key: string, problem: string): never => {
    throw new ConfigError(key, problem, source)
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('(root)', 'expected an object')
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (![...coreKeys, ...cliKeys].includes(key)) fail(key, `unknown key; expected one of: ${[...coreKeys, ...cliKeys].join(', ')}`)
  }

  validateCore(pick(record, coreKeys), '', source)
  checkStrings(record.ignorePatterns, 'ignorePatterns', fail)
  if (record.failOnUnchecked !== undefined && typeof record.failOnUnchecked !== 'boolean') fail('failOnUnchecked', 'expected true or false')
  const surfaces = record.surfaces
  if (surfaces !== undefined) {
    if (typeof surfaces !== 'object' || surfaces === null || Array.isArray(surfaces)) fail('surfaces', 'expected an object of named settings, like {"staff": {"rules": {…}}}')
    for (const [name, settings] of Object.entries(surfaces as Record<string, unknown>)) validateCore(settings, `surfaces.${name}.`, source)
  }

  const overrides = record.overrides
  if (overrides !== undefined) {
    if (!Array.isArray(overrides)) fail('overrides', 'expected an array of {files?, keys?, surface?, rules?, allow?, minConfidence?}')
    for (const [index, override] of (overrides as unknown[]).entries()) {
      const key = `overrides[${index}]`
      if (typeof override !== 'object' || override === null || Array.isArray(override)) fail(key, 'expected an object')
      const entry = override as Record<string, unknown>
      for (const field of Object.keys(entry)) {
        if (![...overrideKeys, ...coreKeys].includes(field)) fail(`${key}.${field}`, `unknown key; expected one of: ${[...overrideKeys, ...coreKeys].join(', ')}`)
      }

      if (typeof entry.files === 'string') entry.files = [entry.files]
      if (typeof entry.keys === 'string') entry.keys = [entry.keys]
      checkStrings(entry.files, `${key}.files`, fail)
      checkStrings(entry.keys, `${key}.keys`, fail)
      if (entry.files === undefined && entry.keys === undefined) fail(key, 'expected `files` (globs), `keys` (catalog key prefixes) or both')
      if (entry.surface !== undefined) {
        const names = Object.keys((surfaces as Record<string, unknown> | undefined) ?? {})
        if (typeof entry.surface !== 'string' || !names.includes(entry.surface)) {
          fail(`${key}.surface`, `${JSON.stringify(entry.surface)} is not a surface; expected one of: ${names.length > 0 ? names.join(', ') : '(none defined: add it under `surfaces`)'}`)
        }
      }

      validateCore(pick(entry, coreKeys), `${key}.`, source)
    }
  }

  return record as CliConfig
}

/** The core's settings only: `lintText` rejects keys it does not know. */
export function coreConfig(config: Config): Config {
  return pick(config as Record<string, unknown>, coreKeys) as Config
}

function validateCore(value: unknown, prefix: string, source: string | undefined): void {
  try {
    validateConfig(value, source)
  } catch (error) {
    if (!(error instanceof ConfigError) || prefix === '') throw error
    const problem = error.message.slice(error.message.indexOf(`\`${error.key}\`: `) + error.key.length + 4)
    throw new ConfigError(`${prefix}${error.key}`, problem, source)
  }
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)))
}

function checkStrings(value: unknown, key: string, fail: (key: string, problem: string) => never): void {
  if (value === undefined) return
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail(key, 'expected an array of strings')
}
