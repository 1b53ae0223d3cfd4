/**
 * One open document to a report, through the CLI's own library calls:
 * config discovery from the document's folder, then `lintSource` on the
 * editor's text (not the file on disk, which may be older).
 */
import path from 'node:path'
import {ConfigResolver, formatOf, lintSource, loadConfigs, type FileReport} from 'counterside'

export type DocumentLint =
  | {readonly kind: 'report'; readonly report: FileReport}
  /** The file is not one counterside reads, or a config ignores it. */
  | {readonly kind: 'skipped'}
  | {readonly kind: 'config-error'; readonly message: string}

export async function lintDocument(filePath: string, text: string, workspaceFolders: readonly string[]): Promise<DocumentLint> {
  if (!formatOf(filePath)) return {kind: 'skipped'}
  const cwd = workspaceFolderOf(filePath, workspaceFolders) ?? path.dirname(filePath)
  let resolver: ConfigResolver
  try {
    // A fresh load each time: configs edited on disk apply on the next run.
    resolver = new ConfigResolver(await loadConfigs({cwd}, [filePath]))
  } catch (error) {
    return {kind: 'config-error', message: (error as Error).message}
  }

  if (resolver.isIgnored(filePath)) return {kind: 'skipped'}
  return {kind: 'report', report: lintSource(text, filePath, resolver, {cwd, reportUnusedDirectives: 0})}
}

/** The innermost workspace folder holding the file, so paths in configs and language-from-path read as in a CLI run from that folder. */
function workspaceFolderOf(filePath: string, workspaceFolders: readonly string[]): string | undefined {
  return workspaceFolders
    .filter((folder) => !path.relative(folder, filePath).startsWith('..') && !path.isAbsolute(path.relative(folder, filePath)))
    .sort((a, b) => b.length - a.length)[0]
}
