/**
 * `--output-file`: the report goes to a file, atomically (a temporary file,
 * then a rename), so a reader never sees half a report. A folder or a path
 * that cannot be written is a usage error naming the path (exit 2), not a
 * crash; the folder case is checked before linting, so a run that cannot
 * write its report writes nothing at all. An existing target that is not a
 * regular file (`/dev/stdout`, a FIFO, a process substitution) is written
 * to directly: renaming over it would replace the device node, not feed it.
 */
import {mkdirSync, realpathSync, statSync, writeFileSync, type Stats} from 'node:fs'
import path from 'node:path'
import {printable} from '../printable.js'
import {writeFileAtomic} from '../write-atomic.js'

export class OutputFileError extends Error {}

/** Throws when the target is a folder; call before the run does anything. */
export function checkOutputFile(filePath: string, shown: string): void {
  if (existing(filePath)?.isDirectory()) throw folderError(shown)
}

export function writeOutputFile(filePath: string, shown: string, content: string): void {
  const stats = existing(filePath)
  if (stats?.isDirectory()) throw folderError(shown)
  try {
    makeFolders(path.dirname(filePath), shown)
    if (stats && !stats.isFile()) writeFileSync(filePath, content)
    // Through a symlink to the file it names, as a plain write would, rather than replacing the link.
    else writeFileAtomic(stats ? realpathSync(filePath) : filePath, content)
  } catch (error) {
    if (error instanceof OutputFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOENT' ? 'its folder cannot be created'
        : code === 'ENOTDIR' ? 'a part of the path is a file, not a folder'
          : code === 'EROFS' ? 'the file system is read-only'
            : code === 'ENOSPC' ? 'no space left on the device'
              : (error as Error).message
    throw new OutputFileError(`cannot write the report to ${printable(shown)}: ${reason}. Fix: name a file in a folder you can write to`)
  }
}

/**
 * Creates the missing folders of the path one level at a time. Not
 * `mkdirSync(…, {recursive: true})`: in Node 20 that never returns for a
 * folder that cannot be made under an existing one (`-o /proc/x/report.json`).
 */
function makeFolders(folder: string, shown: string): void {
  const missing: string[] = []
  for (let current = folder; ; current = path.dirname(current)) {
    const stats = existing(current)
    if (stats?.isDirectory()) break
    if (stats) throw new OutputFileError(`cannot write the report to ${printable(shown)}: ${printable(current)} is a file, not a folder. Fix: name a file in a folder`)
    missing.push(current)
    if (path.dirname(current) === current) break
  }

  for (const created of missing.reverse()) mkdirSync(created)
}

function folderError(shown: string): OutputFileError {
  return new OutputFileError(`cannot write the report to ${printable(shown)}: it is a folder. Fix: name a file, such as ${printable(shown.replace(/[\\/]+$/, ''))}/counterside-report.txt`)
}

function existing(filePath: string): Stats | undefined {
  try {
    return statSync(filePath)
  } catch {
    return undefined
  }
}
