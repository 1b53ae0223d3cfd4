/**
 * One file, start to end: read, decode, extract prose units, lint each with
 * the config for its path (and catalog key), put findings back on the file's
 * lines, apply directives. Copy that is not English is reported, not linted.
 * Never throws: a bad file becomes a report with a fatal message, so one bad
 * file cannot hide the findings in the others.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lintText} from '@counterside/core'
import {decodeFile} from './decode.js'
import {notEnglishReason} from './english-only.js'
import {applyDirectives} from './directives.js'
import {extensions, formatOf} from './formats/index.js'
import {InputError} from './input-error.js'
import {fileReport, type FileReport, type LintMessage} from './messages.js'
import {LineIndex} from './positions.js'
import type {ConfigResolver} from './config/resolve.js'

export interface FileLintOptions {
  /** Severity of unused-directive messages; 0 reports none. */
  readonly reportUnusedDirectives: 0 | 1 | 2
  /** Folder that relative paths (format detection, language from path) start from. */
  readonly cwd: string
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
  let text: string
  let extraction
  try {
    text = typeof input === 'string' ? input : decodeFile(input)
    extraction = format.extract(text, relativePath)
  } catch (error) {
    if (error instanceof InputError) return fatalReport(filePath, error)
    return fatalReport(filePath, new InputError(`internal error while reading this ${format.name} file: ${(error as Error).message}`, {}, 'please report it with the file attached'))
  }

  const notChecked = notEnglishReason(extraction, format)
  if (notChecked) {
    return fileReport(filePath, [{ruleId: null, severity: 1, message: notChecked, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}])
  }

  const lines = new LineIndex(text)
  const findings: LintMessage[] = []
  const seen = new Set<string>()
  for (const unit of extraction.units) {
    const config = resolver.configFor(filePath, unit.key)
    for (const finding of lintText(unit.text, config)) {
      const last = unit.ends.at(-1) ?? 0
      const start = unit.starts[finding.offset] ?? last
      const end = Math.max(start, unit.ends[finding.endOffset - 1] ?? last)
      // ICU variants of one message can report the same words twice.
      const identity = `${finding.ruleId}:${start}:${end}`
      if (seen.has(identity)) continue
      seen.add(identity)
      const from = lines.locate(start)
      const to = lines.locate(end)
      findings.push({
        ruleId: finding.ruleId,
        severity: finding.severity === 'error' ? 2 : 1,
        message: finding.message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        suggestions: finding.suggestions.map((suggestion) => ({desc: suggestion.desc, fix: {range: [start, end] as const, text: suggestion.text}})),
        ...(unit.key === undefined ? {} : {key: unit.key}),
        actual: finding.actual,
        url: finding.url,
        offset: start,
        endOffset: end
      })
    }
  }

  const {messages, suppressed} = applyDirectives(findings, extraction.directives, options.reportUnusedDirectives)
  return fileReport(filePath, messages, suppressed)
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
