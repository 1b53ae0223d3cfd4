/**
 * The config for one file (and catalog key): the base settings, then each
 * matching override in order (its surface first, then its own settings),
 * then `--rule` flags. Merged configs are cached by which overrides matched,
 * so the core reuses its processors (it caches by object identity).
 */
import path from 'node:path'
import type {Config, RuleSetting, RuleSeverity} from '@counterside/core'
import picomatch from 'picomatch'
import {coreConfig, type CliConfig} from './cli-config.js'

export interface ResolverSettings {
  readonly config: CliConfig
  readonly baseDir: string
  readonly ruleFlags: Readonly<Record<string, RuleSeverity>>
}

interface CompiledOverride {
  readonly matchesFile: (relativePath: string) => boolean
  readonly keys: readonly string[] | undefined
  readonly settings: Config[]
}

export class ConfigResolver {
  readonly #base: Config
  readonly #overrides: CompiledOverride[]
  readonly #baseDir: string
  readonly #ruleFlags: Readonly<Record<string, RuleSeverity>>
  readonly #cache = new Map<string, Config>()

  constructor(settings: ResolverSettings) {
    const {config} = settings
    this.#base = coreConfig(config)
    this.#baseDir = settings.baseDir
    this.#ruleFlags = settings.ruleFlags
    this.#overrides = (config.overrides ?? []).map((override) => {
      const files = override.files ?? []
      const matchers = files.map((glob) => picomatch(glob, {dot: true, basename: !glob.includes('/')}))
      const surface = override.surface ? config.surfaces?.[override.surface] : undefined
      return {
        matchesFile: (relativePath) => files.length === 0 || matchers.some((matches) => matches(relativePath)),
        keys: override.keys,
        settings: [...(surface ? [coreConfig(surface)] : []), coreConfig(override)]
      }
    })
  }

  /** `filePath` is absolute (or the stdin name resolved against the working directory). */
  configFor(filePath: string, key?: string): Config {
    const relativePath = path.relative(this.#baseDir, filePath).split(path.sep).join('/')
    const matched: number[] = []
    for (const [index, override] of this.#overrides.entries()) {
      if (!override.matchesFile(relativePath)) continue
      if (override.keys && (key === undefined || !override.keys.some((prefix) => keyHasPrefix(key, prefix)))) continue
      matched.push(index)
    }

    const signature = matched.join(',')
    let config = this.#cache.get(signature)
    if (!config) {
      config = [...matched.flatMap((index) => this.#overrides[index]!.settings), {rules: this.#flagRules(matched)}].reduce(merge, this.#base)
      this.#cache.set(signature, config)
    }

    return config
  }

  /** Whether any override depends on catalog keys (otherwise one config per file). */
  get usesKeys(): boolean {
    return this.#overrides.some((override) => override.keys !== undefined)
  }

  #flagRules(matched: readonly number[]): Record<string, RuleSetting> {
    // A flag keeps the rule's options from the config; it only sets the severity.
    const merged = matched.flatMap((index) => this.#overrides[index]!.settings).reduce(merge, this.#base)
    return Object.fromEntries(Object.entries(this.#ruleFlags).map(([id, severity]) => {
      const current = merged.rules?.[id]
      return [id, Array.isArray(current) ? [severity, current[1] ?? {}] : severity] as [string, RuleSetting]
    }))
  }
}

/** `cashier` and `cashier.` both match `cashier.total`; a Rails locale root is skipped. */
function keyHasPrefix(key: string, prefix: string): boolean {
  const bare = prefix.replace(/\.$/, '')
  const candidates = [key, key.replace(/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\./, '')]
  return candidates.some((candidate) => candidate === bare || candidate.startsWith(`${bare}.`))
}

function merge(base: Config, next: Config): Config {
  return {
    ...base,
    ...(next.minConfidence === undefined ? {} : {minConfidence: next.minConfidence}),
    ...(next.learned === undefined ? {} : {learned: next.learned}),
    allow: [...(base.allow ?? []), ...(next.allow ?? [])],
    rules: {...base.rules, ...next.rules}
  }
}
