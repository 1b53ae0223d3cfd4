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
  // globby (with ignore files) only walks below its cwd, so a path outside
  // the working folder is discovered from its own folder.
  const roots = new Map<string, {globs: string[]; named: string[]}>()
  const rootFor = (root: string) => {
    let entry = roots.get(root)
    if (!entry) roots.set(root, (entry = {globs: [], named: []}))
    return entry
  }

  const missing: string[] = []
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern)
    const stat = statOrUndefined(absolute)
    if (!stat) {
      if (isDynamicPattern(pattern)) rootFor(cwd).globs.push(pattern)
      else missing.push(absolute)
      continue
    }

    const inside = isInside(cwd, absolute)
    const root = inside ? cwd : stat.isDirectory() ? absolute : path.dirname(absolute)
    const base = convertPathToPattern(path.relative(root, absolute) || '.')
    if (stat.isDirectory()) rootFor(root).globs.push(...globsForDirectory(absolute).map((glob) => `${base}/${glob}`))
    else rootFor(root).named.push(base)
  }

  const found = new Set<string>()
  const ignored: string[] = []
  for (const [root, {globs, named}] of roots) {
    const globOptions = {
      cwd: root,
      absolute: true,
      dot: false,
      onlyFiles: true,
      gitignore: options.useIgnoreFiles,
      ignoreFiles: options.useIgnoreFiles ? ['**/.countersideignore'] : [],
      ignore: [...alwaysIgnored, ...(options.useIgnoreFiles ? options.ignorePatterns : [])]
    }
    for (const file of globs.length > 0 ? await globby(globs, globOptions) : []) found.add(path.resolve(file))
    const namedFound = new Set(named.length > 0 ? await globby(named, {...globOptions, dot: true}) : [])
    for (const file of named) {
      const absolute = path.resolve(root, file)
      if (namedFound.has(absolute.split(path.sep).join('/')) || namedFound.has(absolute)) found.add(absolute)
      else ignored.push(absolute)
    }
  }

  return {files: [...found].sort(), missing, ignored}
}

function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
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
