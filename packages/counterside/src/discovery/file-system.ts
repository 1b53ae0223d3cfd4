/**
 * The few file-system calls discovery makes, behind an interface so a test
 * can inject failures root cannot produce (a folder that answers EACCES),
 * and count what was read.
 */
import {lstatSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs'

/** What both `fs.Dirent` and `fs.Stats` answer. */
export interface EntryType {
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
  isFIFO(): boolean
  isSocket(): boolean
  isCharacterDevice(): boolean
  isBlockDevice(): boolean
}

export interface FolderEntry extends EntryType {
  readonly name: string
}

export interface DiscoveryFileSystem {
  readonly readdir: (folder: string) => readonly FolderEntry[]
  /** Follows symbolic links. */
  readonly stat: (path: string) => EntryType
  readonly lstat: (path: string) => EntryType
  readonly realpath: (path: string) => string
  readonly readFile: (path: string) => string
}

export const nodeFileSystem: DiscoveryFileSystem = {
  readdir: (folder) => readdirSync(folder, {withFileTypes: true}),
  stat: (path) => statSync(path),
  lstat: (path) => lstatSync(path),
  realpath: (path) => realpathSync.native(path),
  readFile: (path) => readFileSync(path, 'utf8')
}

/** A name for what is not a file or folder, or `undefined` for files and folders. */
export function specialKind(entry: EntryType): string | undefined {
  if (entry.isFIFO()) return 'a FIFO (named pipe)'
  if (entry.isSocket()) return 'a socket'
  if (entry.isCharacterDevice()) return 'a character device'
  if (entry.isBlockDevice()) return 'a block device'
  return entry.isFile() || entry.isDirectory() ? undefined : 'not a regular file'
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code
}

/** A short reason for a failed call, in words rather than errno names. */
export function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOENT':
      return 'no such file or folder'
    case 'ELOOP':
      return 'a symbolic link loop'
    case 'ENOTDIR':
      return 'a path through something that is not a folder'
    default:
      return (error as Error).message
  }
}
