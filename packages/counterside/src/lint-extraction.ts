/**
 * The middle of linting a file, without IO: the prose units an extractor
 * pulled out, linted with the config for each catalog key, put back on the
 * file's offsets and lines, with the file's directives applied. `lintSource`
 * wraps it with reading and decoding; the browser playground calls it
 * directly (it is on `counterside/extract`, so it must stay free of Node
 * built-ins).
 */
import {lintText, perspectiveOf, type Config, type Finding, type Perspective} from '@counterside/core'
import {applyDirectives} from './directives.js'
import {notEnglishReason} from './english-only.js'
import type {Extraction} from './formats/extraction.js'
import type {Format} from './formats/index.js'
import type {LintMessage} from './messages.js'
import {LineIndex} from './positions.js'

export interface ExtractionLintOptions {
  /** The config for a unit, by its catalog key (`undefined` outside catalogs). */
  readonly configFor: (key: string | undefined) => Config
  /** `--language en` or config `language`: skip language detection. */
  readonly userSaysEnglish: boolean
  /** Asked only when the copy is not checked: whether that is an error rather than a warning. */
  readonly failsOnUnchecked: () => boolean
  /** Severity of unused-directive messages; 0 reports none. */
  readonly reportUnusedDirectives: 0 | 1 | 2
  /** Also score whose side the copy is on (docs/perspective.md); off by default, as the CLI's text reports do not show it. */
  readonly perspective?: boolean
}

export interface ExtractionLint {
  /** False when the copy is not English: `messages` is then the one message that says so. */
  readonly checked: boolean
  readonly messages: LintMessage[]
  readonly suppressed: LintMessage[]
  readonly lines: LineIndex
  /** When asked for and the copy is checked: the units' text scored one after another, a line each (a catalog's messages, not its syntax). */
  readonly perspective?: Perspective
}

/** `text` is the decoded file the extraction came from. */
export function lintExtraction(text: string, extraction: Extraction, format: Format, options: ExtractionLintOptions): ExtractionLint {
  const lines = new LineIndex(text)
  const notChecked = notEnglishReason(extraction, format, options.userSaysEnglish)
  if (notChecked) {
    const message: LintMessage = {ruleId: null, severity: options.failsOnUnchecked() ? 2 : 1, message: notChecked, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}
    return {checked: false, messages: [message], suppressed: [], lines}
  }

  const findings: LintMessage[] = []
  const seen = new Set<string>()
  const copy = options.perspective ? new CopyForPerspective() : undefined
  for (const unit of extraction.units) {
    const config = options.configFor(unit.key)
    const unitFindings = lintText(unit.text, config)
    copy?.add(unit.text, unitFindings)
    for (const finding of unitFindings) {
      const last = unit.ends[unit.ends.length - 1] ?? 0
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
        confidence: finding.confidence,
        offset: start,
        endOffset: end
      })
    }
  }

  const {messages, suppressed} = applyDirectives(findings, extraction.directives, options.reportUnusedDirectives)
  return {checked: true, messages, suppressed, lines, ...(copy ? {perspective: copy.score()} : {})}
}

/** The units' text joined by line breaks, with their findings moved to match, for `perspectiveOf`. */
class CopyForPerspective {
  readonly #pieces: string[] = []
  readonly #findings: Finding[] = []
  #length = 0

  add(text: string, findings: readonly Finding[]): void {
    const shift = this.#length
    for (const finding of findings) this.#findings.push({...finding, offset: finding.offset + shift, endOffset: finding.endOffset + shift})
    this.#pieces.push(text)
    this.#length += text.length + 1
  }

  score(): Perspective {
    return perspectiveOf(this.#pieces.join('\n'), this.#findings)
  }
}
