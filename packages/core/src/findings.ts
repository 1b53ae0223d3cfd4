/** The findings model every front end reports from. */
import type {FailureKind, LayerFinding, MessageSuggestion} from 'retext-counterside'
import {docsUrl} from 'retext-counterside'
import type {VFileMessage} from 'vfile-message'
import type {FindingSeverity, RuleId} from './registry.js'

export interface Suggestion {
  /** What applying it does, for a menu: “Replace “Invalid PIN” with “Check the PIN and try again””. */
  readonly desc: string
  /** The replacement text for [offset, endOffset) of the linted text. */
  readonly text: string
  /** 0-based offsets into the linted text, end exclusive (like Finding's). */
  readonly offset: number
  readonly endOffset: number
  /** `match`: replaces the finding's own words; `sentence`: rewrites the whole sentence the finding is in. */
  readonly scope: 'match' | 'sentence'
}

export type {FailureKind} from 'retext-counterside'

export interface Finding {
  readonly ruleId: RuleId
  readonly severity: FindingSeverity
  readonly message: string
  /** 1-based. */
  readonly line: number
  readonly column: number
  /** 1-based, pointing just past the last character, as ESLint's. */
  readonly endLine: number
  readonly endColumn: number
  /** 0-based offsets into the linted text, end exclusive. */
  readonly offset: number
  readonly endOffset: number
  /** Direct replacements, when the alternative can stand in for the words as they are. */
  readonly suggestions: readonly Suggestion[]
  readonly url: string
  /** The flagged words as written. */
  readonly actual: string
  /** Customer-centred alternatives, best first (may be example rewrites). */
  readonly expected: readonly string[]
  /** What the customer feels reading it. */
  readonly note: string
  readonly confidence: number
  /** dead-end-error only: what kind of failure the text reports (read from the text). */
  readonly kind?: FailureKind
}

/**
 * Where a linted block starts in the text: lines before it, its offset, and
 * the characters before it on its first line (a piece of a long block can
 * start mid-line, see `long-blocks.ts`).
 */
export interface Shift {
  readonly line: number
  readonly offset: number
  readonly column: number
}

/** A column on the block's `line` (1-based), in the text. */
function shiftColumn(line: number, column: number, shift: Shift): number {
  return line === 1 ? column + shift.column : column
}

/** A plugin message in `block` (the linted text the message's offsets point into), which starts at `shift`. */
export function findingFromMessage(message: VFileMessage, block: string, shift: Shift): Finding {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  const expected = message.expected ?? []
  const actual = message.actual ?? ''
  const offset = (start?.offset ?? 0) + shift.offset
  const endOffset = (end?.offset ?? 0) + shift.offset
  return {
    ruleId: message.ruleId as RuleId,
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    line: (start?.line ?? 1) + shift.line,
    column: shiftColumn(start?.line ?? 1, start?.column ?? 1, shift),
    endLine: (end?.line ?? 1) + shift.line,
    endColumn: shiftColumn(end?.line ?? 1, end?.column ?? 1, shift),
    offset,
    endOffset,
    suggestions: (message.suggestions ?? []).map((item) => suggestionOf(item, block, shift.offset)),
    url: message.url ?? '',
    actual,
    expected,
    note: message.note ?? '',
    confidence: message.confidence ?? 1,
    ...(message.kind ? {kind: message.kind} : {})
  }
}

/**
 * A message's or learned finding's suggestion in the linted text. A
 * replacement is described by the words of its own range, whichever layer
 * made it, so both paths through `lintText` give the same menu text.
 */
function suggestionOf(item: MessageSuggestion, block: string, shift: number): Suggestion {
  const replaced = item.scope === 'match' ? block.slice(item.offset, item.endOffset) : ''
  return {desc: describeSuggestion(item.text, item.scope, replaced), text: item.text, offset: item.offset + shift, endOffset: item.endOffset + shift, scope: item.scope}
}

/** A suggestion's menu text: what it replaces, when known, and with what. */
export function describeSuggestion(text: string, scope: Suggestion['scope'], replaced: string): string {
  return scope === 'sentence' ? `Rewrite the sentence as “${text}”` : replaced ? `Replace “${replaced}” with “${text}”` : `Replace with “${text}”`
}

/** A learned finding in `block`, which starts at `shift` in the linted text. */
export function findingFromLearned(finding: LayerFinding, block: string, shift: Shift): Finding {
  const start = pointAt(block, finding.start)
  const end = pointAt(block, finding.end)
  const id = finding.active.rule.meta.id as RuleId
  return {
    ruleId: id,
    severity: finding.active.severity === 'error' ? 'error' : 'warning',
    message: finding.reason,
    line: start.line + shift.line,
    column: shiftColumn(start.line, start.column, shift),
    endLine: end.line + shift.line,
    endColumn: shiftColumn(end.line, end.column, shift),
    offset: finding.start + shift.offset,
    endOffset: finding.end + shift.offset,
    suggestions: finding.suggestions.map((item) => suggestionOf(item, block, shift.offset)),
    url: docsUrl(id),
    actual: finding.actual,
    expected: [],
    note: finding.note,
    confidence: finding.confidence,
    ...(finding.kind ? {kind: finding.kind} : {})
  }
}

/** 1-based line and column of `offset` in `text` (a block, or a config file: one pass, no index). */
export function pointAt(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }

  return {line, column: offset - lineStart + 1}
}
