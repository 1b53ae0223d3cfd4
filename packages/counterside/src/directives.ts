/**
 * Inline directives for the CLI's report model. Parsing and applying them is
 * `@counterside/core`'s (shared with any other front end); this adapter
 * turns the outcome into report messages: suppressed findings keep the
 * reason (JSON and SARIF show it), and directive problems become messages.
 * Catalog extractors hand their comments to `catalogDirectives`, so PO,
 * YAML, XLIFF, Android and Apple comments share the one grammar.
 */
import {applyDirectives as apply, parseDirective, type Directive} from '@counterside/core'
import type {LintMessage} from './messages.js'
import {LineIndex} from './positions.js'

export {parseDirective, type Directive, type DirectiveKind} from '@counterside/core'

export interface DirectiveOutcome {
  readonly messages: LintMessage[]
  readonly suppressed: LintMessage[]
}

/** Split findings into kept and suppressed; unknown rules are errors, unused directives are reported at `unusedSeverity` (0: not at all). */
export function applyDirectives(findings: readonly LintMessage[], directives: readonly Directive[], unusedSeverity: 0 | 1 | 2): DirectiveOutcome {
  const outcome = apply(findings, directives, unusedSeverity > 0)
  const messages: LintMessage[] = [...outcome.kept]
  for (const {directive, kind, message} of outcome.problems) {
    messages.push({
      ruleId: null,
      severity: kind === 'unknown-rule' ? 2 : (unusedSeverity as 1 | 2),
      message,
      line: directive.line,
      column: directive.column,
      endLine: directive.endLine,
      endColumn: directive.endColumn,
      suggestions: []
    })
  }

  const suppressed = outcome.suppressed.map(({finding, directive}) => ({...finding, suppressions: [{kind: 'directive' as const, justification: directive.reason ?? ''}]}))
  return {messages, suppressed}
}

/** A comment in a catalog: its text without the delimiters, and the whole comment's file offsets (end exclusive). */
export interface CatalogComment {
  readonly body: string
  readonly start: number
  readonly end: number
}

/** File offsets (end exclusive) of one message a catalog comment can stand before. */
export interface MessageSpan {
  readonly start: number
  readonly end: number
}

/** Cheap test before collecting comments: a file without the word has no directives. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes('counterside-')
}

/**
 * Directives in a catalog's comments, in the grammar of every other front
 * end. A `counterside-disable-next-line` covers the whole message that comes
 * next (the first span starting after the comment), however many lines of
 * references or markup stand between; ranges and `disable-line` work by
 * position as everywhere else.
 */
export function catalogDirectives(text: string, comments: readonly CatalogComment[], messages: readonly MessageSpan[]): Directive[] {
  const found = comments.filter((comment) => mayHaveDirectives(comment.body))
  if (found.length === 0) return []
  const lines = new LineIndex(text)
  const sorted = [...messages].sort((a, b) => a.start - b.start)
  const starts = sorted.map((message) => message.start)
  const directives: Directive[] = []
  for (const comment of found) {
    const from = lines.locate(comment.start)
    const to = lines.locate(comment.end)
    const directive = parseDirective(comment.body, {line: from.line, column: from.column, endLine: to.line, endColumn: to.column})
    if (!directive) continue
    const next = directive.kind === 'disable-next-line' ? sorted[firstAtOrAfter(starts, comment.end)] : undefined
    directives.push(next ? {...directive, appliesTo: {line: lines.locate(next.start).line, endLine: lines.locate(Math.max(next.start, next.end - 1)).line}} : directive)
  }

  return directives
}

/** Index of the first value at or after `offset` in ascending `values` (its length when none). */
function firstAtOrAfter(values: readonly number[], offset: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! < offset) low = middle + 1
    else high = middle
  }

  return low
}
