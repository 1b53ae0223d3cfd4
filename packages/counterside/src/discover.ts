/**
 * Paths and globs to the files to lint. Folders expand to every supported
 * document, and to JSON/YAML/XML only where catalogs live (so `package.json`
 * and `tsconfig.json` are never read as copy). `.gitignore` and
 * `.countersideignore` apply unless `--no-ignore`; dependency and build
 * folders are always skipped.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {convertPathToPattern, globby, isDynamicPattern} from 'globby'

export const alwaysIgnored = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/.next/**']

const documentGlob = '**/*.{md,markdown,mdx,html,htm,txt,po,pot,xlf,xliff,strings,arb}'
const catalogDirectory = /^(?:locales?|i18n|l10n|lang|langs|translations|messages)$/
const catalogGlobs = [
  '**/{locales,locale,i18n,l10n,lang,langs,translations,messages}/**/*.{json,yaml,yml}',
  '**/res/values*/*.xml'
]

export interface DiscoverOptions {
  readonly cwd: string
  /** `false` with `--no-ignore`. */
  readonly useIgnoreFiles: boolean
  /** From `--ignore-pattern` and the config's `ignorePatterns`, relative to `cwd`. */
  readonly ignorePatterns: readonly string[]
}

export interface Discovery {
  /** Absolute paths, sorted: the report order never depends on the file system. */
  readonly files: string[]
  /** Named files that do not exist. */
  readonly missing: string[]
  /** Named files skipped by an ignore file or pattern. */
  readonly ignored: string[]
}

export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const {cwd} = options
  const globs: string[] = []
  const named: string[] = []
  const missing: string[] = []
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern)
    const stat = statOrUndefined(absolute)
    const base = convertPathToPattern(path.relative(cwd, absolute) || '.')
    if (stat?.isDirectory()) globs.push(...globsForDirectory(absolute).map((glob) => `${base}/${glob}`))
    else if (stat) named.push(base)
    else if (isDynamicPattern(pattern)) globs.push(pattern)
    else missing.push(absolute)
  }

  const globOptions = {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    gitignore: options.useIgnoreFiles,
    ignoreFiles: options.useIgnoreFiles ? ['**/.countersideignore'] : [],
    ignore: [...alwaysIgnored, ...(options.useIgnoreFiles ? options.ignorePatterns : [])]
  }
  const found = new Set(await globby(globs, globOptions))
  const namedFound = new Set(named.length > 0 ? await globby(named, {...globOptions, dot: true}) : [])
  const ignored: string[] = []
  for (const file of named) {
    const absolute = path.resolve(cwd, file)
    if (namedFound.has(absolute.split(path.sep).join('/')) || namedFound.has(absolute)) found.add(absolute)
    else ignored.push(absolute)
  }

  return {files: [...found].map((file) => path.resolve(file)).sort(), missing, ignored}
}

/** A folder that is itself a catalog folder (`locales/`, `res/values/`) takes all its catalogs. */
function globsForDirectory(directory: string): string[] {
  const parts = directory.split(path.sep)
  const catalogs = parts.some((part) => catalogDirectory.test(part)) ? ['**/*.{json,yaml,yml}'] : []
  const android = parts.some((part) => /^values(?:-.*)?$/.test(part)) ? ['**/*.xml'] : []
  return [documentGlob, ...catalogGlobs, ...catalogs, ...android]
}

function statOrUndefined(file: string) {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}
