/**
 * The middle of linting a file, without IO: the prose units an extractor
 * pulled out, linted with the config for each catalog key, put back on the
 * file's offsets and lines (suggestions on their own ranges), with the
 * file's directives applied and the file's perspective score. Units are
 * taken one at a time and dropped once linted (a streamed extraction makes
 * them as they are taken), so only findings outlive them. `lintSource`
 * wraps it with reading and decoding; the browser playground calls it
 * directly (it is on `counterside/extract`, so it must stay free of Node
 * built-ins).
 */
import {lintText, maskPlaceholders, PerspectiveTally, type Config, type Perspective, type RuleId, type Suggestion} from '@counterside/core'
import {applyDirectives} from './directives.js'
import {languageSample, notEnglishReason} from './english-only.js'
import type {StreamedExtraction} from './formats/extraction.js'
import type {Format} from './formats/index.js'
import {LintCancelledError} from './lint-cancelled.js'
import type {LintMessage, LintSuggestion} from './messages.js'
import {LineIndex} from './positions.js'
import type {TextUnit} from './units.js'

export interface ExtractionLintOptions {
  /** The config for a unit, by its catalog key (`undefined` outside catalogs). */
  readonly configFor: (key: string | undefined) => Config
  /** `--language en` or config `language`: skip language detection. */
  readonly userSaysEnglish: boolean
  /** Asked only when the copy is not checked: whether that is an error rather than a warning. */
  readonly failsOnUnchecked: () => boolean
  /** Severity of unused-directive messages; 0 reports none. */
  readonly reportUnusedDirectives: 0 | 1 | 2
  /** Asked between text units; `true` stops the run with a `LintCancelledError` (an editor's run for text that changed since). */
  readonly isCancelled?: (() => boolean) | undefined
}

export interface ExtractionLint {
  /** False when the copy is not English: `messages` is then the one message that says so. */
  readonly checked: boolean
  readonly messages: LintMessage[]
  readonly suppressed: LintMessage[]
  readonly lines: LineIndex
  /** When the copy is checked: whose side it is on, over the units' text (a catalog's messages, not its syntax), suppressed findings left out. */
  readonly perspective?: Perspective
}

/** `text` is the decoded file the extraction came from; a streamed extraction's units are taken once. */
export function lintExtraction(text: string, extraction: StreamedExtraction, format: Format, options: ExtractionLintOptions): ExtractionLint {
  const lines = new LineIndex(text)
  const units = extraction.units[Symbol.iterator]()
  // The declared language is known once the first unit is taken, so the sample comes first.
  const {sample, taken} = languageSample(units)
  // A catalog's placeholders are values: core reads them so (its suggestions keep them), and they are not words of any language.
  const placeholders = format.catalog ? 'values' : 'text'
  const prose = (text: string): string => (placeholders === 'values' ? maskPlaceholders(text) : text)
  const notChecked = notEnglishReason(extraction.language, prose(sample), format, options.userSaysEnglish)
  if (notChecked) {
    const message: LintMessage = {ruleId: null, severity: options.failsOnUnchecked() ? 2 : 1, message: notChecked, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: []}
    return {checked: false, messages: [message], suppressed: [], lines}
  }

  const findings: LintMessage[] = []
  const seen = new Map<string, LintMessage>()
  // Whose side the copy is on, read unit by unit; each finding with the message that reports it, to leave out the suppressed ones.
  const perspective = new PerspectiveTally<{readonly ruleId: RuleId; readonly offset: number; readonly message: LintMessage}>()
  for (const unit of chain(taken, units)) {
    if (options.isCancelled?.()) throw new LintCancelledError()
    const placed = []
    for (const finding of lintText(unit.text, options.configFor(unit.key), {placeholders})) {
      const [start, end] = fileRange(unit, finding.offset, finding.endOffset)
      // ICU variants of one message can report the same words twice.
      const identity = `${finding.ruleId}:${start}:${end}`
      const reported = seen.get(identity)
      if (reported) {
        placed.push({ruleId: finding.ruleId, offset: finding.offset, message: reported})
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
        confidence: finding.confidence,
        offset: start,
        endOffset: end
      }
      seen.set(identity, message)
      findings.push(message)
      placed.push({ruleId: finding.ruleId, offset: finding.offset, message})
    }

    perspective.add(prose(unit.text), placed)
  }

  // Complete now: a streamed extraction's directives are collected as its units are made.
  const {messages, suppressed} = applyDirectives(findings, extraction.directives, options.reportUnusedDirectives)
  // A finding a directive suppressed does not weigh (the directive says the words are fine there).
  const kept = new Set(messages)
  return {checked: true, messages, suppressed, lines, perspective: perspective.result(({message}) => kept.has(message))}
}

/** The units taken for the language sample (let go of as they are linted), then the rest. */
function* chain(taken: TextUnit[], rest: Iterator<TextUnit>): Generator<TextUnit> {
  for (let unit = taken.shift(); unit; unit = taken.shift()) yield unit
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value
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
