/**
 * One open document to a report, through the CLI's own library calls:
 * config discovery from the document's folder, the CLI's choice of which
 * files are copy (`folderLints`: as if `counterside <workspace folder>` ran),
 * then `lintSource` on the editor's text (not the file on disk, which may be older).
 */
import path from 'node:path'
import {ConfigResolver, folderLints, lintSource, loadConfigs, type FileReport} from 'counterside'

export type DocumentLint =
  | {readonly kind: 'report'; readonly report: FileReport}
  /** A CLI run on the workspace folder would not lint the file (not copy, or ignored); `reason` says why, for the log. */
  | {readonly kind: 'skipped'; readonly reason: string}
  | {readonly kind: 'config-error'; readonly message: string}

export interface DocumentLintOptions {
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
    resolver = new ConfigResolver(await loadConfigs({cwd}, [filePath]))
  } catch (error) {
    return {kind: 'config-error', message: (error as Error).message}
  }

  const configured = folderLints(cwd, filePath, {cwd, resolver})
  if (!configured.linted) return {kind: 'skipped', reason: configured.reason}
  return {kind: 'report', report: lintSource(text, filePath, resolver, {cwd, reportUnusedDirectives: 0, isCancelled: options.isCancelled})}
}

/** The innermost workspace folder holding the file, so paths in configs and language-from-path read as in a CLI run from that folder. */
function workspaceFolderOf(filePath: string, workspaceFolders: readonly string[]): string | undefined {
  return workspaceFolders
    .filter((folder) => !path.relative(folder, filePath).startsWith('..') && !path.isAbsolute(path.relative(folder, filePath)))
    .sort((a, b) => b.length - a.length)[0]
}
