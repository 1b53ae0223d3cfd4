/**
 * One file, start to end: read, decode, extract prose units, lint each with
 * the config for its path (and catalog key), put findings back on the file's
 * lines, apply directives. Copy that is not English is reported, not linted.
 * Never throws: a bad file becomes a report with a fatal message, so one bad
 * file cannot hide the findings in the others.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {decodeFile} from './decode.js'
import type {StreamedExtraction} from './formats/extraction.js'
import {extensions, formatOf, type Format} from './formats/index.js'
import {InputError} from './input-error.js'
import {lintExtraction, type ExtractionLint} from './lint-extraction.js'
import {fileReport, type FileReport, type LintMessage} from './messages.js'
import {LineIndex, Utf8Columns} from './positions.js'
import type {ConfigResolver} from './config/resolve.js'
import type {TextUnit} from './units.js'

export interface FileLintOptions {
  /** Severity of unused-directive messages; 0 reports none. */
  readonly reportUnusedDirectives: 0 | 1 | 2
  /** Folder that relative paths (format detection, language from path) start from. */
  readonly cwd: string
  /** `--language en`: the copy is English, whatever detection says (a language the file declares still wins). */
  readonly language?: 'en' | undefined
  /** `--fail-on-unchecked`: a file not checked (not English) is an error rather than a warning, so a CI gate can refuse it; else the config's `failOnUnchecked`. */
  readonly failOnUnchecked?: boolean | undefined
  /** Asked between text units; `true` stops the run with a `LintCancelledError` (an editor's run for text that changed since). */
  readonly isCancelled?: (() => boolean) | undefined
}

export {LintCancelledError} from './lint-cancelled.js'

export function lintFile(filePath: string, resolver: ConfigResolver, options: FileLintOptions): FileReport {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    return fatalReport(filePath, new InputError(`cannot read the file: ${problem}`, {}, code === 'EACCES' ? 'make it readable (chmod +r)' : 'check the path'))
  }

  return lintSource(bytes, filePath, resolver, options)
}

/** The file's format must be loaded (`loadFormats`; `counterside` loads every format on import). */
export function lintSource(input: Uint8Array | string, filePath: string, resolver: ConfigResolver, options: FileLintOptions): FileReport {
  const format = formatOf(filePath)
  if (!format) {
    return fatalReport(filePath, new InputError(`unsupported file type \`${path.extname(filePath) || path.basename(filePath)}\``, {}, `counterside reads .${extensions.join(', .')}; remove the path, or name stdin input with --stdin-filename`))
  }

  const relativePath = path.relative(options.cwd, filePath).split(path.sep).join('/')
  // A UTF-8 byte order mark is taken off by the decoder but is still on line 1 for tools that count bytes.
  const bom = typeof input !== 'string' && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
  let text: string | undefined
  let extraction: StreamedExtraction
  try {
    text = decodeFile(input)
    extraction = format.stream ? failingAsExtraction(format.stream(text, relativePath)) : format.extract(text, relativePath)
  } catch (error) {
    return extractionFailed(filePath, format, text, bom, error)
  }

  const userSaysEnglish = options.language === 'en' || resolver.configFor(filePath).language === 'en'
  let linted: ExtractionLint
  try {
    linted = lintExtraction(text, extraction, format, {
      configFor: (key) => resolver.configFor(filePath, key),
      userSaysEnglish,
      failsOnUnchecked: () => options.failOnUnchecked ?? resolver.failsOnUnchecked(filePath),
      reportUnusedDirectives: options.reportUnusedDirectives,
      isCancelled: options.isCancelled
    })
  } catch (error) {
    if (!(error instanceof StreamedExtractionError)) throw error
    return extractionFailed(filePath, format, text, bom, error.cause)
  }

  const {checked, messages, suppressed, lines, perspective} = linted
  if (!checked) return fileReport(filePath, messages)
  const byteColumns = new Utf8Columns(text, lines, bom)
  return fileReport(filePath, withByteColumns(messages, byteColumns), withByteColumns(suppressed, byteColumns), perspective)
}

/** A file its extractor could not read: the error, placed on the file's line where there is one. */
function extractionFailed(filePath: string, format: Format, text: string | undefined, bom: number, error: unknown): FileReport {
  const problem = error instanceof InputError ? error : new InputError(`internal error while reading this ${format.name} file: ${(error as Error).message}`, {}, 'please report it with the file attached')
  const report = fatalReport(filePath, text === undefined ? problem : problem.placedIn(text))
  // A decoding error has no text to count UTF-8 bytes in; a parse error gets byte columns like any message.
  return text === undefined ? report : fileReport(filePath, withByteColumns(report.messages, new Utf8Columns(text, new LineIndex(text), bom)))
}

/** An error a streamed extractor threw while its units were taken, told apart from the linter's own. */
class StreamedExtractionError extends Error {
  constructor(override readonly cause: unknown) {
    super('the extractor failed')
  }
}

/** A streamed extraction whose errors, which come while it is linted, are reported as an extractor's errors are. */
function failingAsExtraction(streamed: StreamedExtraction): StreamedExtraction {
  const units = function* (): Generator<TextUnit> {
    const iterator = streamed.units[Symbol.iterator]()
    for (;;) {
      let next: IteratorResult<TextUnit>
      try {
        next = iterator.next()
      } catch (error) {
        throw new StreamedExtractionError(error)
      }

      if (next.done) return
      yield next.value
    }
  }

  return {units: units(), get directives() { return streamed.directives }, get language() { return streamed.language }}
}

/**
 * Adds UTF-8 byte columns (for rdjson) to the messages whose columns in
 * bytes differ from their UTF-16 columns. They are computed here, while the
 * file's text is at hand, rather than in the reporter: reports outlive the
 * text (and cross from worker threads), and keeping every file's text, or
 * its lines, until the report is written would hold the whole input in
 * memory for a format few runs use. Two numbers on the few messages that
 * follow non-ASCII text on their line cost next to nothing.
 */
function withByteColumns(messages: readonly LintMessage[], byteColumns: Utf8Columns): LintMessage[] {
  return messages.map((message) => {
    const located = withBytes(message, byteColumns)
    return message.suggestions.length === 0 ? located : {...located, suggestions: message.suggestions.map((suggestion) => withBytes(suggestion, byteColumns))}
  })
}

/** A message or suggestion with byte columns where they differ from its UTF-16 columns. */
function withBytes<T extends {line: number; column: number; endLine: number; endColumn: number}>(located: T, byteColumns: Utf8Columns): T {
  const byteColumn = byteColumns.column(located.line, located.column)
  const endByteColumn = byteColumns.column(located.endLine, located.endColumn)
  return byteColumn === located.column && endByteColumn === located.endColumn ? located : {...located, byteColumn, endByteColumn}
}

export function fatalReport(filePath: string, error: InputError): FileReport {
  return fileReport(filePath, [{
    ruleId: null,
    severity: 2,
    fatal: true,
    message: `${error.message.replace(/\.+$/, '')}. Fix: ${error.fix}.`,
    line: error.line,
    column: error.column,
    endLine: error.line,
    endColumn: error.column,
    suggestions: []
  }])
}
