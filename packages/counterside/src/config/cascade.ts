/**
 * Which config files apply in a folder: the folder's own (cosmiconfig, one
 * folder at a time) over its parent's, up to the project root (see
 * `ProjectRoots`: the same root ignore files and the cache use) or a config
 * with `"root": true`.
 * Each folder is read once per run, whatever the number of files in it,
 * and never a folder outside the linted file's ancestors.
 */
import path from 'node:path'
import {cosmiconfig} from 'cosmiconfig'
import {nodeFileSystem} from '../discovery/file-system.js'
import {ProjectRoots} from '../discovery/project-root.js'
import {validateCliConfig, type CliConfig} from './cli-config.js'
import {loadJsConfig} from './load-js-config.js'
import {parseJsonConfig, parseYamlConfig} from './parse-config-text.js'

export const searchPlaces = [
  'package.json',
  '.countersiderc',
  '.countersiderc.json',
  '.countersiderc.yaml',
  '.countersiderc.yml',
  'counterside.config.js',
  'counterside.config.mjs',
  'counterside.config.cjs',
  'counterside.config.json'
]

/** One config file that applies. */
export interface ConfigLayer {
  readonly filePath: string
  /** Globs in the config are relative to this folder. */
  readonly baseDir: string
  readonly config: CliConfig
}

export interface ConfigReaderOptions {
  /** Paths in messages are shown relative to this folder. */
  readonly cwd: string
  /** Time limit for loading one JS config. */
  readonly jsTimeoutMs: number
}

export class ConfigCascade {
  readonly #options: ConfigReaderOptions
  readonly #chains = new Map<string, Promise<readonly ConfigLayer[]>>()
  readonly #roots = new ProjectRoots(nodeFileSystem)
  readonly #explorer

  constructor(options: ConfigReaderOptions) {
    this.#options = options
    const display = (filePath: string) => displayPath(filePath, options.cwd)
    const loadJs = (filePath: string) => loadJsConfig(filePath, display(filePath), options.jsTimeoutMs)
    const yaml = (filePath: string, text: string) => parseYamlConfig(display(filePath), text)
    this.#explorer = cosmiconfig('counterside', {
      searchPlaces,
      searchStrategy: 'none',
      loaders: {
        '.json': (filePath: string, text: string) => parseJsonConfig(display(filePath), text),
        '.yaml': yaml,
        '.yml': yaml,
        noExt: yaml,
        '.js': loadJs,
        '.mjs': loadJs,
        '.cjs': loadJs
      }
    })
  }

  /** The configs that apply to files in `directory`, outermost first. */
  chainFor(directory: string): Promise<readonly ConfigLayer[]> {
    let chain = this.#chains.get(directory)
    if (!chain) {
      chain = this.#build(directory)
      this.#chains.set(directory, chain)
    }

    return chain
  }

  /** `--config PATH`: that file alone, in place of discovery. */
  async load(filePath: string): Promise<ConfigLayer> {
    const result = await this.#explorer.load(filePath)
    return this.#layer(filePath, result && !result.isEmpty ? result.config : {}, [])
  }

  async #build(directory: string): Promise<readonly ConfigLayer[]> {
    const found = await this.#explorer.search(directory)
    const parent = path.dirname(directory)
    const ownConfig = found && !found.isEmpty ? (found.config as unknown) : undefined
    const stopsHere = this.#roots.rootOf(directory) === directory || parent === directory || isRootConfig(ownConfig)
    const inherited = stopsHere ? [] : await this.chainFor(parent)
    if (!found || ownConfig === undefined) return inherited
    const surfaces = inherited.flatMap((layer) => Object.keys(layer.config.surfaces ?? {}))
    return [...inherited, this.#layer(found.filepath, ownConfig, surfaces)]
  }

  #layer(filePath: string, value: unknown, inheritedSurfaces: readonly string[]): ConfigLayer {
    return {filePath, baseDir: path.dirname(filePath), config: validateCliConfig(value, displayPath(filePath, this.#options.cwd), inheritedSurfaces)}
  }
}

function isRootConfig(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as {root?: unknown}).root === true
}

/** Relative to the working folder when inside it, else absolute. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative
}
