/**
 * One run: config → files → lint → directives (in lint-file) → diff and
 * baseline filters → report → exit code. All IO goes through `CliIo`.
 */
import path from 'node:path'
import {ConfigError, defaultSeverityOf, rules} from '@counterside/core'
import {cachePath, LintCache, stableHash} from './cache.js'
import {applyBaseline, BaselineError, readBaseline, updateBaseline} from './baseline.js'
import {loadConfigs} from './config/load.js'
import {jsConfigTimeoutFrom} from './config/load-js-config.js'
import {ConfigResolver, type ResolverSettings} from './config/resolve.js'
import {changedLines, DiffError, linesChangedIn} from './diff.js'
import {decodeFile} from './decode.js'
import {discoverFiles} from './discover.js'
import {discoveryReports} from './discovery/reports.js'
import {LockError} from './file-lock.js'
import {fixFile, fixSource} from './fix-file.js'
import {fixReport} from './fix-report.js'
import {loadFormats} from './formats/index.js'
import {lintSource} from './lint-file.js'
import {lintFiles} from './lint-files.js'
import {withMessages, type FileReport, type LintMessage} from './messages.js'
import {diagnostic} from './printable.js'
import {createProgress} from './progress.js'
import {finishRun} from './finish-run.js'
import {FormatError, loadReporter} from './reporters/load.js'
import {checkOutputFile, OutputFileError} from './reporters/output-file.js'
import type {Reporter} from './reporters/index.js'
import {filesOfShard, type Shard} from './shard.js'

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
  /** `false` with `--no-error-on-unmatched-pattern`. */
  readonly errorOnUnmatchedPattern?: boolean
  readonly stdin?: boolean
  readonly stdinFilename?: string
  readonly reportUnusedDirectives?: 'off' | 'warn' | 'error'
  readonly language?: 'en'
  readonly failOnUnchecked?: boolean
  readonly baseline?: string
  readonly updateBaseline?: boolean
  readonly diff?: string | boolean
  readonly printConfig?: string
  readonly listRules?: boolean
  readonly concurrency?: number
  readonly color?: boolean
  readonly cache?: boolean
  readonly cacheLocation?: string
  readonly shard?: Shard
  /** `--fix-suggestions`: apply each finding's first suggestion (files are written; stdin's fixed text goes in the report's `output`). */
  readonly fixSuggestions?: boolean
}

const defaultBaseline = '.counterside-baseline.json'

export async function run(options: RunOptions, io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr(diagnostic(message))
    return 2
  }

  if (options.listRules) {
    if (options.format !== 'stylish' && options.format !== 'json') return fail(`--list-rules prints text or JSON, not ${options.format}; use --format json, or leave --format out`)
    io.stdout(options.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : listRules())
    return 0
  }

  if (options.stdin && options.paths.length > 0) return fail('--stdin lints standard input; do not also give paths')
  if (options.stdinFilename && !options.stdin) return fail('--stdin-filename needs --stdin')
  if (options.updateBaseline && options.diff !== undefined) return fail('--update-baseline records every finding; do not combine it with --diff')
  if (options.fixSuggestions && options.diff !== undefined) return fail('--fix-suggestions fixes every finding in a file, not only on changed lines; do not combine it with --diff')
  // The format and the report's path are checked before linting, so a run that cannot report writes nothing.
  let reporter: Reporter
  try {
    reporter = await loadReporter(options.format, io.cwd)
    if (options.outputFile) checkOutputFile(path.resolve(io.cwd, options.outputFile), options.outputFile)
  } catch (error) {
    if (error instanceof FormatError || error instanceof OutputFileError) return fail(error.message)
    throw error
  }

  const configOptions = {cwd: io.cwd, configPath: options.config, ruleFlags: options.rule, jsTimeoutMs: jsConfigTimeoutFrom(io.env)}
  const configs = async (files: readonly string[]): Promise<ResolverSettings | number> => {
    try {
      return await loadConfigs(configOptions, files)
    } catch (error) {
      if (error instanceof ConfigError) return fail(`${error.message}\nSee the config reference: https://github.com/counterside/counterside/blob/main/docs/cli.md#config`)
      throw error
    }
  }

  if (options.printConfig) {
    const filePath = path.resolve(io.cwd, options.printConfig)
    const settings = await configs([filePath])
    if (typeof settings === 'number') return settings
    const {config, sources, ignored} = new ConfigResolver(settings).explain(filePath)
    io.stdout(`${JSON.stringify({...config, sources, ...(ignored ? {ignored} : {})}, null, 2)}\n`)
    return 0
  }

  const unused = {off: 0, warn: 1, error: 2, undefined: 0}[String(options.reportUnusedDirectives)] as 0 | 1 | 2
  const lintOptions = {cwd: io.cwd, reportUnusedDirectives: unused, language: options.language, failOnUnchecked: options.failOnUnchecked}
  let reports: FileReport[]
  // Standard input's fixed text, put back on its report after the filters below (which rebuild reports).
  let stdinOutput: string | undefined
  const inputs = new Set<string>()
  // Standard input's text, for reporters that show excerpts (there is no file to read again).
  const sources = new Map<string, string>()
  if (options.stdin) {
    const filePath = path.resolve(io.cwd, options.stdinFilename ?? 'stdin.txt')
    const settings = await configs([filePath])
    if (typeof settings === 'number') return settings
    const input = await io.readStdin()
    await loadFormats([filePath])
    const fixed = options.fixSuggestions ? fixSource(input, filePath, new ConfigResolver(settings), lintOptions, false) : undefined
    if (fixed) io.stderr(fixReport([{filePath: options.stdinFilename ?? '<text>', fixed}], io.cwd))
    stdinOutput = fixed?.output
    const report = fixed?.report ?? lintSource(input, filePath, new ConfigResolver(settings), lintOptions)
    reports = [options.stdinFilename ? report : {...report, filePath: '<text>'}]
    if (report.perspective) sources.set(reports[0]!.filePath, decodeFile(input))
  } else {
    const discovery = await discoverFiles(options.paths, {
      cwd: io.cwd,
      useIgnoreFiles: options.ignore,
      ignorePatterns: options.ignorePattern ?? [],
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern
    })
    const settings = await configs(discovery.files)
    if (typeof settings === 'number') return settings
    // Each config's ignorePatterns apply below its own folder, so they are matched per file once the cascade is known.
    const resolver = new ConfigResolver(settings)
    const named = new Set(options.paths.map((pattern) => path.resolve(io.cwd, pattern)))
    const configIgnored = new Set(options.ignore ? discovery.files.filter((file) => resolver.isIgnored(file)) : [])
    const unignored = discovery.files.filter((file) => !configIgnored.has(file))
    const files = options.shard ? filesOfShard(unignored, options.shard, io.cwd) : unignored
    for (const file of files) inputs.add(file)
    const progress = createProgress({write: io.stderr, isTTY: io.stderrIsTTY, env: io.env}, files.length)
    const lint = (list: string[]) => lintFiles(list, settings, {...lintOptions, concurrency: options.concurrency, onProgress: progress.update})
    let fixSummary = ''
    if (options.fixSuggestions) {
      // One file at a time in this thread, without the cache: each is written, then linted again.
      await loadFormats(files)
      const fixed = files.map((file, index) => {
        const outcome = fixFile(file, resolver, lintOptions)
        progress.update(index + 1)
        return {filePath: file, fixed: outcome}
      })
      fixSummary = fixReport(fixed, io.cwd)
      reports = fixed.map((file) => file.fixed.report)
    } else if (options.cache) {
      // Besides a file's bytes, its report depends on the config for its path (every config read when overrides match catalog keys),
      // the lint options and the path from the working folder (not the absolute one, so a restored cache still applies).
      const configKey = (file: string) =>
        stableHash([resolver.configFor(file), resolver.failsOnUnchecked(file), resolver.usesKeys ? settings.layers.map((layer) => layer.config) : null, {...lintOptions, cwd: undefined}, path.relative(io.cwd, file)])
      const cacheFile = cachePath(io.cwd, options.cacheLocation)
      if (inputs.has(cacheFile)) return fail(`refusing to use ${cacheFile} as the cache: it is one of the files being linted`)
      const cache = new LintCache(cacheFile, (message) => io.stderr(diagnostic(message)))
      reports = (await cache.lint(files, configKey, lint)).reports
      cache.save()
    } else {
      reports = await lint(files)
    }

    progress.done()
    io.stderr(fixSummary)
    const namedConfigIgnored = [...configIgnored].filter((file) => named.has(file)).map((file) => ({path: file, isFolder: false, by: 'the config\'s ignorePatterns'}))
    // Discovery's problems (unmatched patterns, named files ignored) are shard 1's, so merged shards report them once.
    if ((options.shard?.index ?? 1) === 1) reports.push(...discoveryReports({...discovery, ignored: [...discovery.ignored, ...namedConfigIgnored]}))
  }

  for (const target of [options.outputFile, options.baseline]) {
    if (target && inputs.has(path.resolve(io.cwd, target))) return fail(`refusing to overwrite ${target}: it is one of the files being linted`)
  }

  if (options.diff !== undefined && options.diff !== false) {
    try {
      const changed = changedLines(io.cwd, typeof options.diff === 'string' ? options.diff : undefined)
      reports = reports.map((report) => {
        const lines = linesChangedIn(changed, report.filePath)
        // A notice about the whole file ("not checked: in French") stands whenever the file changed at all.
        const fileChanged = lines === 'all' || lines.size > 0
        const messages = report.messages.filter((message) => message.fatal || (message.ruleId === null && fileChanged) || lines === 'all' || lines.has(message.line))
        return messages.length === report.messages.length ? report : withMessages(report, messages)
      })
    } catch (error) {
      if (error instanceof DiffError) return fail(error.message)
      throw error
    }
  }

  let baselineMatched = 0
  let baselineKnown: ReadonlyMap<string, readonly LintMessage[]> | undefined
  const baselinePath = options.baseline ?? (options.updateBaseline ? defaultBaseline : undefined)
  if (baselinePath) {
    const absolute = path.resolve(io.cwd, baselinePath)
    try {
      if (options.updateBaseline) {
        const {baseline, kept} = await updateBaseline(absolute, reports, {onWait: (message) => io.stderr(diagnostic(message))})
        const total = baseline.findings.reduce((sum, entry) => sum + entry.count, 0)
        io.stderr(diagnostic(`wrote ${total} findings to ${baselinePath}${kept > 0 ? ` (${kept} kept for files not linted in this run)` : ''}`))
      }

      const applied = applyBaseline(reports, readBaseline(absolute), absolute)
      reports = applied.reports
      baselineMatched = applied.matched
      baselineKnown = applied.known
    } catch (error) {
      if (error instanceof BaselineError || error instanceof LockError) return fail(error.message)
      throw error
    }
  }

  if (options.quiet) {
    reports = reports.map((report) => (report.warningCount === 0 ? report : withMessages(report, report.messages.filter((message) => message.severity === 2))))
  }

  if (stdinOutput !== undefined) reports = [{...reports[0]!, output: stdinOutput}, ...reports.slice(1)]
  return finishRun(reports, reporter, {...options, baselineMatched, baselineKnown, sources}, io)
}

function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length))
  return `${rules.map((rule) => `${rule.id.padEnd(width)}  ${defaultSeverityOf(rule).padEnd(5)}  ${rule.description}\n${' '.repeat(width + 9)}${rule.url}`).join('\n')}\n`
}
