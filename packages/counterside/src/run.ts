/**
 * One run: config → files → lint → directives (in lint-file) → diff and
 * baseline filters → report → exit code. All IO goes through `CliIo`.
 */
import path from 'node:path'
import {ConfigError, rules} from '@counterside/core'
import {cachePath, LintCache, stableHash} from './cache.js'
import {applyBaseline, BaselineError, readBaseline, updateBaseline} from './baseline.js'
import {coreConfig} from './config/cli-config.js'
import {loadConfig, type LoadedConfig} from './config/load.js'
import {ConfigResolver} from './config/resolve.js'
import {changedLines, DiffError, linesChangedIn} from './diff.js'
import {discoverFiles} from './discover.js'
import {LockError} from './file-lock.js'
import {fatalReport, lintSource} from './lint-file.js'
import {lintFiles} from './lint-files.js'
import {InputError} from './input-error.js'
import {fileReport, type FileReport} from './messages.js'
import {createProgress} from './progress.js'
import {reporters} from './reporters/index.js'
import {writeFileAtomic} from './write-atomic.js'
import {version} from './version.js'

export interface CliIo {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly readStdin: () => Promise<Uint8Array>
  readonly stdoutIsTTY: boolean
  readonly stderrIsTTY: boolean
}

export interface RunOptions {
  readonly paths: readonly string[]
  readonly config?: string
  readonly rule?: readonly string[]
  readonly format: string
  readonly outputFile?: string
  readonly maxWarnings: number
  readonly quiet?: boolean
  readonly ignore: boolean
  readonly ignorePattern?: readonly string[]
  readonly stdin?: boolean
  readonly stdinFilename?: string
  readonly reportUnusedDirectives?: 'off' | 'warn' | 'error'
  readonly baseline?: string
  readonly updateBaseline?: boolean
  readonly diff?: string | boolean
  readonly printConfig?: string
  readonly listRules?: boolean
  readonly concurrency?: number
  readonly color?: boolean
  readonly cache?: boolean
  readonly cacheLocation?: string
}

const defaultBaseline = '.counterside-baseline.json'

export async function run(options: RunOptions, io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(`counterside: ${message}\n`)
    return 2
  }

  if (options.listRules) {
    io.stdout(options.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : listRules())
    return 0
  }

  if (options.stdin && options.paths.length > 0) return fail('--stdin lints standard input; do not also give paths')
  if (options.stdinFilename && !options.stdin) return fail('--stdin-filename needs --stdin')
  if (options.updateBaseline && options.diff !== undefined) return fail('--update-baseline records every finding; do not combine it with --diff')

  let loaded: LoadedConfig
  try {
    loaded = await loadConfig({cwd: io.cwd, configPath: options.config, ruleFlags: options.rule})
  } catch (error) {
    if (error instanceof ConfigError) return fail(`${error.message}\nSee the config reference: https://github.com/counterside/counterside/blob/main/docs/cli.md#config`)
    throw error
  }

  const resolver = new ConfigResolver(loaded)
  if (options.printConfig) {
    io.stdout(`${JSON.stringify(coreConfig(resolver.configFor(path.resolve(io.cwd, options.printConfig))), null, 2)}\n`)
    return 0
  }

  const unused = {off: 0, warn: 1, error: 2, undefined: 0}[String(options.reportUnusedDirectives)] as 0 | 1 | 2
  const lintOptions = {cwd: io.cwd, reportUnusedDirectives: unused}
  let reports: FileReport[]
  const inputs = new Set<string>()
  if (options.stdin) {
    const filePath = path.resolve(io.cwd, options.stdinFilename ?? 'stdin.txt')
    const report = lintSource(await io.readStdin(), filePath, resolver, lintOptions)
    reports = [options.stdinFilename ? report : {...report, filePath: '<text>'}]
  } else {
    const configIgnores = (loaded.config.ignorePatterns ?? []).map((glob) => path.relative(io.cwd, path.resolve(loaded.baseDir, glob)).split(path.sep).join('/'))
    const discovery = await discoverFiles(options.paths, {
      cwd: io.cwd,
      useIgnoreFiles: options.ignore,
      ignorePatterns: [...configIgnores, ...(options.ignorePattern ?? [])]
    })
    for (const file of discovery.files) inputs.add(file)
    const progress = createProgress({write: io.stderr, isTTY: io.stderrIsTTY, env: io.env}, discovery.files.length)
    const lint = (files: string[]) => lintFiles(files, loaded, {...lintOptions, concurrency: options.concurrency, onProgress: progress.update})
    if (options.cache) {
      // Besides a file's bytes, its report depends on the config for its path (all of it when overrides match catalog keys),
      // the lint options and the path from the working folder (not the absolute one, so a restored cache still applies).
      const configKey = (file: string) => stableHash([resolver.configFor(file), resolver.usesKeys ? loaded.config : null, {...lintOptions, cwd: undefined}, path.relative(io.cwd, file)])
      const cacheFile = cachePath(io.cwd, options.cacheLocation)
      if (inputs.has(cacheFile)) return fail(`refusing to use ${cacheFile} as the cache: it is one of the files being linted`)
      const cache = new LintCache(cacheFile, (message) => io.stderr(`counterside: ${message}\n`))
      reports = (await cache.lint(discovery.files, configKey, lint)).reports
      cache.save()
    } else {
      reports = await lint(discovery.files)
    }

    progress.done()
    reports.push(...discovery.missing.map((file) => fatalReport(file, new InputError('cannot read the file: no such file or folder', {}, 'check the path, or quote a glob so the shell does not expand it'))))
    reports.push(...discovery.ignored.map((file) => fileReport(file, [{ruleId: null, severity: 1, message: 'File ignored by .gitignore, .countersideignore or an ignore pattern; use --no-ignore to lint it', line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}])))
  }

  for (const target of [options.outputFile, options.baseline]) {
    if (target && inputs.has(path.resolve(io.cwd, target))) return fail(`refusing to overwrite ${target}: it is one of the files being linted`)
  }

  if (options.diff !== undefined && options.diff !== false) {
    try {
      const changed = changedLines(io.cwd, typeof options.diff === 'string' ? options.diff : undefined)
      reports = reports.map((report) => {
        const lines = linesChangedIn(changed, report.filePath)
        const messages = report.messages.filter((message) => message.fatal || lines === 'all' || lines.has(message.line))
        return messages.length === report.messages.length ? report : fileReport(report.filePath, messages, report.suppressedMessages)
      })
    } catch (error) {
      if (error instanceof DiffError) return fail(error.message)
      throw error
    }
  }

  let baselineMatched = 0
  const baselinePath = options.baseline ?? (options.updateBaseline ? defaultBaseline : undefined)
  if (baselinePath) {
    const absolute = path.resolve(io.cwd, baselinePath)
    try {
      if (options.updateBaseline) {
        const {baseline, kept} = await updateBaseline(absolute, reports, {onWait: (message) => io.stderr(`counterside: ${message}\n`)})
        const total = baseline.findings.reduce((sum, entry) => sum + entry.count, 0)
        io.stderr(`counterside: wrote ${total} findings to ${baselinePath}${kept > 0 ? ` (${kept} kept for files not linted in this run)` : ''}\n`)
      }

      const applied = applyBaseline(reports, readBaseline(absolute), absolute)
      reports = applied.reports
      baselineMatched = applied.matched
    } catch (error) {
      if (error instanceof BaselineError || error instanceof LockError) return fail(error.message)
      throw error
    }
  }

  if (options.quiet) {
    reports = reports.map((report) => (report.warningCount === 0 ? report : fileReport(report.filePath, report.messages.filter((message) => message.severity === 2), report.suppressedMessages)))
  }

  const reporter = reporters[options.format]!
  const toFile = options.outputFile !== undefined
  const color = options.color ?? (!toFile && io.stdoutIsTTY && !io.env.NO_COLOR)
  const output = reporter(reports, {cwd: io.cwd, color, version, baselineMatched})
  if (toFile) writeFileAtomic(path.resolve(io.cwd, options.outputFile!), output)
  else io.stdout(output)

  const errors = reports.reduce((sum, report) => sum + report.errorCount, 0)
  const warnings = reports.reduce((sum, report) => sum + report.warningCount, 0)
  if (reports.some((report) => report.fatalErrorCount > 0)) {
    // Stated on stderr too, so a machine format on stdout cannot hide why the run failed.
    if (options.format !== 'stylish' || toFile) {
      for (const report of reports) for (const message of report.messages) if (message.fatal) io.stderr(`counterside: ${report.filePath}:${message.line}:${message.column}: ${message.message}\n`)
    }

    return 2
  }

  if (errors > 0) return 1
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`counterside: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }

  return 0
}

function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length))
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}\n${' '.repeat(width + 11)}${rule.url}`).join('\n')}\n`
}
