/**
 * One file, start to end: read, decode, extract prose units, lint each with
 * the config for its path (and catalog key), put findings back on the file's
 * lines, apply directives. Copy that is not English is reported, not linted.
 * Never throws: a bad file becomes a report with a fatal message, so one bad
 * file cannot hide the findings in the others.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lintText, type Suggestion} from '@counterside/core'
import {decodeFile} from './decode.js'
import {notEnglishReason} from './english-only.js'
import {applyDirectives} from './directives.js'
import {perspectiveOfUnits, type UnitFinding} from './file-perspective.js'
import {extensions, formatOf} from './formats/index.js'
import {InputError} from './input-error.js'
import {fileReport, type FileReport, type LintMessage, type LintSuggestion} from './messages.js'
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

/** Thrown by `lintSource` only when `isCancelled` says so: the one way it throws. */
export class LintCancelledError extends Error {
  constructor() {
    super('the lint run was cancelled')
    this.name = 'LintCancelledError'
  }
}

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

export function lintSource(input: Uint8Array | string, filePath: string, resolver: ConfigResolver, options: FileLintOptions): FileReport {
  const format = formatOf(filePath)
  if (!format) {
    return fatalReport(filePath, new InputError(`unsupported file type \`${path.extname(filePath) || path.basename(filePath)}\``, {}, `counterside reads .${extensions.join(', .')}; remove the path, or name stdin input with --stdin-filename`))
  }

  const relativePath = path.relative(options.cwd, filePath).split(path.sep).join('/')
  // A UTF-8 byte order mark is taken off by the decoder but is still on line 1 for tools that count bytes.
  const bom = typeof input !== 'string' && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
  let text: string | undefined
  let extraction
  try {
    text = decodeFile(input)
    extraction = format.extract(text, relativePath)
  } catch (error) {
    const problem = error instanceof InputError ? error : new InputError(`internal error while reading this ${format.name} file: ${(error as Error).message}`, {}, 'please report it with the file attached')
    const report = fatalReport(filePath, text === undefined ? problem : problem.placedIn(text))
    // A decoding error has no text to count UTF-8 bytes in; a parse error gets byte columns like any message.
    return text === undefined ? report : fileReport(filePath, withByteColumns(report.messages, new Utf8Columns(text, new LineIndex(text), bom)))
  }

  const userSaysEnglish = options.language === 'en' || resolver.configFor(filePath).language === 'en'
  const notChecked = notEnglishReason(extraction, format, userSaysEnglish)
  if (notChecked) {
    return fileReport(filePath, [{ruleId: null, severity: (options.failOnUnchecked ?? resolver.failsOnUnchecked(filePath)) ? 2 : 1, message: notChecked, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}])
  }

  const lines = new LineIndex(text)
  const findings: LintMessage[] = []
  const seen = new Map<string, LintMessage>()
  // Each unit's findings, with the message that reports them, for the perspective score.
  const unitFindings: Array<UnitFinding & {readonly message: LintMessage}> = []
  for (const [unitIndex, unit] of extraction.units.entries()) {
    if (options.isCancelled?.()) throw new LintCancelledError()
    const config = resolver.configFor(filePath, unit.key)
    for (const finding of lintText(unit.text, config)) {
      const [start, end] = fileRange(unit, finding.offset, finding.endOffset)
      // ICU variants of one message can report the same words twice.
      const identity = `${finding.ruleId}:${start}:${end}`
      const reported = seen.get(identity)
      if (reported) {
        unitFindings.push({unit: unitIndex, finding, message: reported})
        continue
      }

      const from = lines.locate(start)
      const to = lines.locate(end)
      const message: LintMessage = {
        ruleId: finding.ruleId,
        severity: finding.severity === 'error' ? 2 : 1,
        message: finding.message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        suggestions: finding.suggestions.map((suggestion) => lintSuggestion(suggestion, fileRange(unit, suggestion.offset, suggestion.endOffset), lines)),
        ...(unit.key === undefined ? {} : {key: unit.key}),
        actual: finding.actual,
        url: finding.url,
        offset: start,
        endOffset: end
      }
      seen.set(identity, message)
      findings.push(message)
      unitFindings.push({unit: unitIndex, finding, message})
    }
  }

  const {messages, suppressed} = applyDirectives(findings, extraction.directives, options.reportUnusedDirectives)
  // A finding a directive suppressed does not weigh (the directive says the words are fine there).
  const kept = new Set(messages)
  const perspective = perspectiveOfUnits(extraction.units, unitFindings.filter(({message}) => kept.has(message)))
  const byteColumns = new Utf8Columns(text, lines, bom)
  return fileReport(filePath, withByteColumns(messages, byteColumns), withByteColumns(suppressed, byteColumns), perspective)
}

/** The file range of a unit's characters [offset, endOffset). */
function fileRange(unit: TextUnit, offset: number, endOffset: number): [number, number] {
  const last = unit.ends[unit.ends.length - 1] ?? 0
  const start = unit.starts[offset] ?? last
  return [start, Math.max(start, unit.ends[endOffset - 1] ?? last)]
}

function lintSuggestion(suggestion: Suggestion, range: [number, number], lines: LineIndex): LintSuggestion {
  const from = lines.locate(range[0])
  const to = lines.locate(range[1])
  return {desc: suggestion.desc, fix: {range, text: suggestion.text}, scope: suggestion.scope, line: from.line, column: from.column, endLine: to.line, endColumn: to.column}
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
