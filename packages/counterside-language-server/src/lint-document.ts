/**
 * One open document to a report, through the CLI's own library calls:
 * config discovery from the document's folder, the CLI's choice of which
 * files are copy (`folderLints`: as if `counterside <workspace folder>` ran),
 * then `lintSource` on the editor's text (not the file on disk, which may be older).
 */
import path from 'node:path'
import {ConfigResolver, folderLints, lintSource, loadConfigs, validateCliConfig, type FileReport, type ResolverSettings} from 'counterside'

export type DocumentLint =
  | {readonly kind: 'report'; readonly report: FileReport}
  /** A CLI run on the workspace folder would not lint the file (not copy, or ignored); `reason` says why, for the log. */
  | {readonly kind: 'skipped'; readonly reason: string}
  | {readonly kind: 'config-error'; readonly message: string}

export interface DocumentLintOptions {
  /** The editor's `configPath`: that config alone, as the CLI's `--config` (relative to the workspace folder). */
  readonly configPath?: string | undefined
  /** The editor's `minConfidence`: set on top of every config, as the last config read would set it. */
  readonly minConfidence?: number | undefined
  /** Asked while linting; `true` stops the run (`LintCancelledError`): its text is out of date. */
  readonly isCancelled?: () => boolean
}

export async function lintDocument(filePath: string, text: string, workspaceFolders: readonly string[], options: DocumentLintOptions = {}): Promise<DocumentLint> {
  const cwd = workspaceFolderOf(filePath, workspaceFolders) ?? path.dirname(filePath)
  // Without config first: package.json, lock files and build output are left out before any config is read.
  const walked = folderLints(cwd, filePath, {cwd})
  if (!walked.linted) return {kind: 'skipped', reason: walked.reason}
  let resolver: ConfigResolver
  try {
    // A fresh load each time: configs edited on disk apply on the next run.
    resolver = new ConfigResolver(withMinConfidence(await loadConfigs({cwd, configPath: options.configPath}, [filePath]), options.minConfidence, cwd))
  } catch (error) {
    const message = (error as Error).message
    return {kind: 'config-error', message: options.configPath === undefined ? message : `${message} (from the counterside.configPath setting, "${options.configPath}": fix that file, point the setting at another, or empty it to find configs as the CLI does)`}
  }

  const configured = folderLints(cwd, filePath, {cwd, resolver})
  if (!configured.linted) return {kind: 'skipped', reason: configured.reason}
  return {kind: 'report', report: lintSource(text, filePath, resolver, {cwd, reportUnusedDirectives: 0, isCancelled: options.isCancelled})}
}

/**
 * The settings with one more config on top of every chain that sets only
 * `minConfidence`: merged by the CLI's own resolver, so it means what the
 * config key means (a rule's own `minConfidence` option still wins).
 */
function withMinConfidence(settings: ResolverSettings, minConfidence: number | undefined, cwd: string): ResolverSettings {
  if (minConfidence === undefined) return settings
  const index = settings.layers.length
  const layer = {filePath: 'counterside.minConfidence (editor setting)', baseDir: cwd, config: validateCliConfig({minConfidence})}
  return {
    ...settings,
    layers: [...settings.layers, layer],
    chains: Object.fromEntries(Object.entries(settings.chains).map(([directory, chain]) => [directory, [...chain, index]])),
    ...(settings.fallbackChain === undefined ? {} : {fallbackChain: [...settings.fallbackChain, index]})
  }
}

/** The innermost workspace folder holding the file, so paths in configs and language-from-path read as in a CLI run from that folder. */
function workspaceFolderOf(filePath: string, workspaceFolders: readonly string[]): string | undefined {
  return workspaceFolders
    .filter((folder) => !path.relative(folder, filePath).startsWith('..') && !path.isAbsolute(path.relative(folder, filePath)))
    .sort((a, b) => b.length - a.length)[0]
}
