/**
 * The config for one file (and catalog key). For each config file of the
 * file's cascade, outermost first: its base settings, then each matching
 * override in order (its surface first, then its own settings); `--rule`
 * flags last. A setting that gives only a severity keeps the options set
 * before it, as in ESLint. Merged configs are cached by what was merged, so
 * the core reuses its processors (it caches by object identity).
 *
 * The settings are plain data (they are sent to worker threads): the
 * cascade is read before linting, by load.ts.
 */
import path from 'node:path'
import {defaultConfig, type Config, type RuleSetting, type RuleSeverity} from '@counterside/core'
import picomatch from 'picomatch'
import type {ConfigLayer} from './cascade.js'
import {displayPath} from './cascade.js'
import {coreConfig} from './cli-config.js'

export interface ResolverSettings {
  readonly layers: readonly ConfigLayer[]
  /** Folder → indices into `layers`, outermost first. */
  readonly chains: Readonly<Record<string, readonly number[]>>
  /** The chain of a folder not in `chains` (with `--config`, every folder has the same). */
  readonly fallbackChain?: readonly number[] | undefined
  readonly ruleFlags: Readonly<Record<string, RuleSeverity>>
  /** Sources are shown relative to this folder. */
  readonly cwd: string
}

/** A file's config in full (every default filled in) and what it was made from. */
export interface ResolvedConfig {
  readonly config: Required<Config>
  /** Config files (and the overrides in them) that applied, in the order merged; `--rule` last. */
  readonly sources: readonly string[]
  /** Whether an `ignorePatterns` entry of the cascade skips the file. */
  readonly ignored: boolean
}

interface CompiledOverride {
  readonly matchesFile: (relativePath: string) => boolean
  readonly keys: readonly string[] | undefined
  readonly surface: string | undefined
  readonly settings: Config
}

interface CompiledLayer {
  readonly layer: ConfigLayer
  readonly display: string
  readonly base: Config
  readonly overrides: readonly CompiledOverride[]
  readonly ignores: (relativePath: string) => boolean
}

interface Step {
  readonly id: string
  readonly settings: Config
  readonly source: string
}

export class ConfigResolver {
  readonly #settings: ResolverSettings
  readonly #layers: readonly CompiledLayer[]
  readonly #cache = new Map<string, Config>()

  constructor(settings: ResolverSettings) {
    this.#settings = settings
    this.#layers = settings.layers.map((layer) => compileLayer(layer, settings.cwd))
  }

  /** `filePath` is absolute (or the stdin name resolved against the working directory). */
  configFor(filePath: string, key?: string): Config {
    return this.#resolve(filePath, key).config
  }

  /** `--print-config` and `resolveConfigFor`: the config with defaults, and where it came from. */
  explain(filePath: string, key?: string): ResolvedConfig {
    const {config, steps} = this.#resolve(filePath, key)
    const flags = Object.keys(this.#settings.ruleFlags).length > 0 ? ['--rule'] : []
    return {config: merge(defaultConfig, config) as Required<Config>, sources: [...steps.map((step) => step.source), ...flags], ignored: this.isIgnored(filePath)}
  }

  isIgnored(filePath: string): boolean {
    return this.#chainOf(filePath).some((index) => {
      const layer = this.#layers[index]!
      const relative = relativeInside(layer.layer.baseDir, filePath)
      return relative !== undefined && layer.ignores(relative)
    })
  }

  /** `failOnUnchecked` for a file: the nearest config in its cascade that sets it. */
  failsOnUnchecked(filePath: string): boolean {
    for (const index of [...this.#chainOf(filePath)].reverse()) {
      const value = this.#layers[index]!.layer.config.failOnUnchecked
      if (value !== undefined) return value
    }

    return false
  }

  /** Whether any override depends on catalog keys (otherwise one config per file). */
  get usesKeys(): boolean {
    return this.#layers.some((layer) => layer.overrides.some((override) => override.keys !== undefined))
  }

  #resolve(filePath: string, key: string | undefined): {config: Config; steps: Step[]} {
    const chain = this.#chainOf(filePath)
    const steps: Step[] = []
    for (const [position, index] of chain.entries()) {
      const layer = this.#layers[index]!
      steps.push({id: `${index}`, settings: layer.base, source: layer.display})
      const relative = path.relative(layer.layer.baseDir, filePath).split(path.sep).join('/')
      for (const [overrideIndex, override] of layer.overrides.entries()) {
        if (!override.matchesFile(relative)) continue
        if (override.keys && (key === undefined || !override.keys.some((prefix) => keyHasPrefix(key, prefix)))) continue
        const where = `${layer.display} overrides[${overrideIndex}]`
        if (override.surface) {
          const surface = this.#surface(chain.slice(0, position + 1), override.surface)
          if (surface) steps.push({id: `${index}s${overrideIndex}`, settings: surface, source: `${where} surface "${override.surface}"`})
        }

        steps.push({id: `${index}o${overrideIndex}`, settings: override.settings, source: where})
      }
    }

    const signature = steps.map((step) => step.id).join(',')
    let config = this.#cache.get(signature)
    if (!config) {
      config = [...steps.map((step) => step.settings), {rules: this.#settings.ruleFlags}].reduce(merge, {})
      this.#cache.set(signature, config)
    }

    return {config, steps}
  }

  /** The nearest definition of a surface: the config itself, then the ones it cascades from. */
  #surface(chain: readonly number[], name: string): Config | undefined {
    for (const index of [...chain].reverse()) {
      const surface = this.#layers[index]!.layer.config.surfaces?.[name]
      if (surface) return coreConfig(surface)
    }

    return undefined
  }

  #chainOf(filePath: string): readonly number[] {
    const directory = path.dirname(filePath)
    const chain = this.#settings.chains[directory] ?? this.#settings.fallbackChain
    if (!chain) throw new Error(`counterside: no config was read for ${directory} (loadConfigs must be given every file)`)
    return chain
  }
}

function compileLayer(layer: ConfigLayer, cwd: string): CompiledLayer {
  const {config} = layer
  const ignoreMatchers = (config.ignorePatterns ?? []).map((glob) => picomatch(glob, {dot: true}))
  return {
    layer,
    display: displayPath(layer.filePath, cwd),
    base: coreConfig(config),
    // A pattern that names a folder ignores what is in it, as in .gitignore.
    ignores: (relative) => ignoreMatchers.length > 0 && ancestorsAndSelf(relative).some((candidate) => ignoreMatchers.some((matches) => matches(candidate))),
    overrides: (config.overrides ?? []).map((override) => {
      const files = override.files ?? []
      const matchers = files.map((glob) => picomatch(glob, {dot: true, basename: !glob.includes('/')}))
      return {
        matchesFile: (relativePath: string) => files.length === 0 || matchers.some((matches) => matches(relativePath)),
        keys: override.keys,
        surface: override.surface,
        settings: coreConfig(override)
      }
    })
  }
}

function relativeInside(directory: string, filePath: string): string | undefined {
  const relative = path.relative(directory, filePath)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/')
}

/** `a/b/c.md` → `a`, `a/b`, `a/b/c.md`. */
function ancestorsAndSelf(relative: string): string[] {
  const parts = relative.split('/')
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'))
}

/** `cashier` and `cashier.` both match `cashier.total`; a Rails locale root is skipped. */
function keyHasPrefix(key: string, prefix: string): boolean {
  const bare = prefix.replace(/\.$/, '')
  const candidates = [key, key.replace(/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\./, '')]
  return candidates.some((candidate) => candidate === bare || candidate.startsWith(`${bare}.`))
}

export function merge(base: Config, next: Config): Config {
  return {
    ...base,
    ...(next.language === undefined ? {} : {language: next.language}),
    ...(next.minConfidence === undefined ? {} : {minConfidence: next.minConfidence}),
    ...(next.learned === undefined ? {} : {learned: next.learned}),
    ...(next.contact === undefined ? {} : {contact: next.contact}),
    ...(next.channel === undefined ? {} : {channel: next.channel}),
    ...(base.allow === undefined && next.allow === undefined ? {} : {allow: [...(base.allow ?? []), ...(next.allow ?? [])]}),
    ...(base.rules === undefined && next.rules === undefined ? {} : {rules: mergeRules(base.rules ?? {}, next.rules ?? {})})
  }
}

function mergeRules(base: Readonly<Record<string, RuleSetting>>, next: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {...base}
  for (const [id, setting] of Object.entries(next)) {
    const previous = base[id]
    const keepsOptions = typeof setting === 'string' || setting.length === 1
    const options = Array.isArray(previous) ? previous[1] : undefined
    merged[id] = keepsOptions && options ? [typeof setting === 'string' ? setting : setting[0], options] : setting
  }

  return merged
}
