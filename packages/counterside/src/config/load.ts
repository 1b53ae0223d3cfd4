/**
 * Finding and reading the config: cosmiconfig's search from the working
 * directory up to the project root, or `--config PATH`; `--rule` flags go on
 * top. Every problem becomes a ConfigError naming the file.
 */
import path from 'node:path'
import {ConfigError, getRule, rules, type RuleSeverity} from '@counterside/core'
import {cosmiconfig} from 'cosmiconfig'
import {validateCliConfig, type CliConfig} from './cli-config.js'

export const searchPlaces = [
  'package.json',
  '.countersiderc',
  '.countersiderc.json',
  '.countersiderc.yaml',
  '.countersiderc.yml',
  'counterside.config.js',
  'counterside.config.mjs',
  'counterside.config.json'
]

export interface LoadedConfig {
  readonly config: CliConfig
  /** The config file, if one was found. */
  readonly filePath: string | undefined
  /** Globs in the config are relative to this folder. */
  readonly baseDir: string
  /** `--rule` flags, applied after everything else. */
  readonly ruleFlags: Readonly<Record<string, RuleSeverity>>
}

export async function loadConfig(options: {cwd: string; configPath?: string | undefined; ruleFlags?: readonly string[]}): Promise<LoadedConfig> {
  const explorer = cosmiconfig('counterside', {searchPlaces, searchStrategy: 'project'})
  let result
  try {
    result = options.configPath ? await explorer.load(path.resolve(options.cwd, options.configPath)) : await explorer.search(options.cwd)
  } catch (error) {
    const file = options.configPath ?? 'config file'
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ConfigError('(file)', `cannot read ${file}: no such file`)
    throw new ConfigError('(file)', `cannot parse: ${(error as Error).message.split('\n')[0]}`, (error as {filepath?: string}).filepath ?? file)
  }

  const filePath = result?.filepath
  const config = result && !result.isEmpty ? validateCliConfig(result.config, path.relative(options.cwd, filePath!) || filePath) : {}
  return {
    config,
    filePath,
    baseDir: filePath ? path.dirname(filePath) : options.cwd,
    ruleFlags: parseRuleFlags(options.ruleFlags ?? [])
  }
}

/** `--rule sales-jargon:off` → `{'sales-jargon': 'off'}`. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSeverity> {
  const parsed: Record<string, RuleSeverity> = {}
  for (const flag of flags) {
    const match = /^([\w-]+)\s*[:=]\s*(off|warn|error)$/.exec(flag.trim())
    const id = match?.[1] ?? flag.split(/[:=]/)[0]!
    if (!getRule(id)) throw new ConfigError(`--rule ${flag}`, `unknown rule \`${id}\`; expected one of: ${rules.map((rule) => rule.id).join(', ')}`)
    if (!match) throw new ConfigError(`--rule ${flag}`, 'expected id:severity with a severity of off, warn or error (e.g. `--rule sales-jargon:off`)')
    parsed[id] = match[2] as RuleSeverity
  }

  return parsed
}
