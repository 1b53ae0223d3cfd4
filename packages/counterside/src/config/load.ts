/**
 * Reading the configs a run needs: the cascade of every linted file's
 * folder (or `--config PATH` alone), and `--rule` flags on top. Every
 * problem becomes a ConfigError naming the file; nothing is linted then.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {ConfigError, getRule, rules, severityField, validateField, type RuleSeverity} from '@counterside/core'
import {ConfigCascade, displayPath, type ConfigLayer} from './cascade.js'
import {ConfigFileError} from './config-file-error.js'
import {defaultJsConfigTimeoutMs} from './load-js-config.js'
import {ConfigResolver, type ResolvedConfig, type ResolverSettings} from './resolve.js'

export interface ConfigLoadOptions {
  readonly cwd: string
  /** `--config PATH`: that file in place of discovery. */
  readonly configPath?: string | undefined
  /** `--rule id:severity` flags. */
  readonly ruleFlags?: readonly string[] | undefined
  /** Time limit for loading one JS config (default 10 s). */
  readonly jsTimeoutMs?: number | undefined
}

/** The configs for `files` (absolute paths), as plain data a resolver (in any thread) is built from. */
export async function loadConfigs(options: ConfigLoadOptions, files: readonly string[]): Promise<ResolverSettings> {
  const ruleFlags = parseRuleFlags(options.ruleFlags ?? [])
  const cascade = new ConfigCascade({cwd: options.cwd, jsTimeoutMs: options.jsTimeoutMs ?? defaultJsConfigTimeoutMs})
  const settings = {ruleFlags, cwd: options.cwd}
  try {
    if (options.configPath !== undefined) {
      const filePath = path.resolve(options.cwd, options.configPath)
      if (!existsSync(filePath)) throw new ConfigFileError(options.configPath, 'cannot read the config: no such file (check the --config path)')
      return {...settings, layers: [await cascade.load(filePath)], chains: {}, fallbackChain: [0]}
    }

    const layers: ConfigLayer[] = []
    const chains: Record<string, number[]> = {}
    for (const directory of new Set(files.map((file) => path.dirname(file)))) {
      // Sequential: the first broken config reported is the same every run.
      chains[directory] = (await cascade.chainFor(directory)).map((layer) => {
        const index = layers.indexOf(layer)
        return index === -1 ? layers.push(layer) - 1 : index
      })
    }

    return {...settings, layers, chains}
  } catch (error) {
    if (error instanceof ConfigError) throw error
    // Anything else cosmiconfig met (an unreadable file, a bad `$import`).
    const filePath = (error as {filepath?: string}).filepath
    throw new ConfigFileError(filePath ? displayPath(filePath, options.cwd) : (options.configPath ?? 'config'), `cannot load the config: ${(error as Error).message.split('\n')[0]}`)
  }
}

/**
 * The config that applies to one file, found exactly as the CLI finds it
 * (for editors and language servers): every default filled in, with the
 * config files and overrides it came from.
 */
export async function resolveConfigFor(filePath: string, options: Partial<ConfigLoadOptions> = {}): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd()
  const absolute = path.resolve(cwd, filePath)
  return new ConfigResolver(await loadConfigs({...options, cwd}, [absolute])).explain(absolute)
}

/** `--rule sales-jargon:off` → `{'sales-jargon': 'off'}`. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSeverity> {
  const parsed: Record<string, RuleSeverity> = {}
  for (const flag of flags) {
    const match = /^([\w-]+)\s*[:=]\s*(off|warn|error|0|1|2)$/.exec(flag.trim())
    const id = match?.[1] ?? flag.split(/[:=]/)[0]!
    if (!getRule(id)) throw new ConfigError(`--rule ${flag}`, `unknown rule \`${id}\`; expected one of: ${rules.map((rule) => rule.id).join(', ')}`)
    if (!match) throw new ConfigError(`--rule ${flag}`, 'expected id:severity with a severity of off, warn, error, 0, 1 or 2 (e.g. `--rule sales-jargon:off`)')
    const severity = match[2]!
    parsed[id] = validateField(severityField, /^\d$/.test(severity) ? Number(severity) : severity)
  }

  return parsed
}
