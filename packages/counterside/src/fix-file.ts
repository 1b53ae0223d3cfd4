/**
 * `--fix-suggestions` for one file (or standard input): lint, apply the
 * first suggestion of each finding where it is safe (`fix-suggestions.ts`),
 * write the file atomically, and lint the fixed text, so the report and the
 * exit code are about what remains (as ESLint's `--fix`). A suggestion that
 * overlaps one already applied waits for the next pass over the fixed text,
 * up to ten passes, as ESLint's `--fix` does. Only files whose
 * bytes are exactly their text in UTF-8 are rewritten: a UTF-16 file or one
 * with old Mac line breaks would come back changed beyond the fixes.
 */
import {readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import type {ConfigResolver} from './config/resolve.js'
import {decodeFile} from './decode.js'
import {fixSuggestions, type FixChange, type FixLeft} from './fix-suggestions.js'
import {formatOf} from './formats/index.js'
import {InputError} from './input-error.js'
import {fatalReport, lintFile, lintSource, type FileLintOptions} from './lint-file.js'
import {fileReport, type FileReport} from './messages.js'
import {writeFileAtomic} from './write-atomic.js'

export interface FixedFile {
  /** What remains after the fixes (or the file's report when nothing could be fixed or written). */
  readonly report: FileReport
  readonly applied: readonly FixChange[]
  readonly left: readonly FixLeft[]
  /** The fixed text, when fixes were applied (written to the file, or for standard input, reported). */
  readonly output?: string
}

const utf8Bom = '\uFEFF'
const maxPasses = 10

/** `write: false` for standard input: the fixed text is returned, nothing is written. */
export function fixSource(input: Uint8Array, filePath: string, resolver: ConfigResolver, options: FileLintOptions, write: boolean): FixedFile {
  const report = lintSource(input, filePath, resolver, options)
  const format = formatOf(filePath)
  if (!format || report.fatalErrorCount > 0 || !report.messages.some((message) => message.suggestions.length > 0)) return {report, applied: [], left: []}
  const text = decodeFile(input)
  const relativePath = path.relative(options.cwd, filePath).split(path.sep).join('/')
  const extract = (source: string) => format.extract(source, relativePath)
  const outcome = fixSuggestions(text, report.messages, extract)
  if (outcome.applied.length === 0) return {report, applied: [], left: outcome.left}
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? utf8Bom : ''
  if (!Buffer.from(bom + text, 'utf8').equals(input)) {
    const reason = 'the file is not plain UTF-8 text (UTF-16, or old Mac line breaks), and rewriting it would change more than the fix; make it by hand'
    return {report, applied: [], left: [...outcome.applied.map(({ruleId, line, column}) => ({ruleId, line, column, reason})), ...outcome.left]}
  }

  const applied = [...outcome.applied]
  let fixedText = outcome.text
  let remaining = lintSource(Buffer.from(bom + fixedText, 'utf8'), filePath, resolver, options)
  let left: readonly FixLeft[] = []
  for (let pass = 2; remaining.fatalErrorCount === 0; pass++) {
    const next = fixSuggestions(fixedText, remaining.messages, extract)
    left = next.left
    if (next.applied.length === 0 || pass > maxPasses) break
    applied.push(...next.applied)
    fixedText = next.text
    remaining = lintSource(Buffer.from(bom + fixedText, 'utf8'), filePath, resolver, options)
  }

  if (write) {
    try {
      // Through a symbolic link to the file it names, as an editor saves: the link stays a link.
      writeFileAtomic(realpathSync(filePath), Buffer.from(bom + fixedText, 'utf8'))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const problem = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : (error as Error).message
      const notWritten = fatalReport(filePath, new InputError(`cannot write the fixed file (${problem}); nothing in it was changed`, {}, 'make the file and its folder writable, or run without --fix-suggestions'))
      return {report: fileReport(filePath, [...notWritten.messages, ...report.messages], report.suppressedMessages), applied: [], left: outcome.left}
    }
  }

  return {report: remaining, applied, left, output: fixedText}
}

export function fixFile(filePath: string, resolver: ConfigResolver, options: FileLintOptions): FixedFile {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(filePath)
  } catch {
    // lintFile says why it cannot be read.
    return {report: lintFile(filePath, resolver, options), applied: [], left: []}
  }

  return fixSource(bytes, filePath, resolver, options, true)
}
