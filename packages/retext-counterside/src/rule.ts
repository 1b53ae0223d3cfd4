/**
 * What a rule is: metadata the front ends share, the words and character
 * shapes that can trigger it (for the pre-filter), and a check over one
 * paragraph.
 */
import type {PhraseEntry, PhraseMatch, PhraseTable, TriggerPhrase} from './phrase-table.js'
import type {ParagraphView, SentenceView, Span} from './views.js'

export type Severity = 'error' | 'warn'

export interface RuleMeta {
  /** Kebab-case id, the same in retext messages, ESLint, config and docs. */
  readonly id: string
  /** One line: what the rule finds. Docs and the registry repeat it verbatim. */
  readonly description: string
  readonly defaultSeverity: Severity
  /** Opening of every message: why this matters to the customer, given what was written. */
  readonly concern: (actual: string) => string
  /** Advice when the matched entry has no direct alternative. */
  readonly advice: string
  /** Whether `terms` in the rule's options add phrases to flag. */
  readonly acceptsTerms: boolean
}

export interface Triggers {
  /**
   * Phrases that can start a finding, as the word slots each needs (data
   * forms; regular inflections match too). See `PhraseTable#triggers`.
   */
  readonly phrases: readonly TriggerPhrase[]
  /**
   * Character shapes words cannot express (“!!”, “{{”, runs of capitals).
   * Each must run in time linear in the text: no backtracking regexes.
   */
  readonly shapes?: ReadonlyArray<(text: string) => boolean>
}

export interface Finding {
  readonly span: Span
  readonly entry: PhraseEntry
}

export interface RuleContext {
  readonly paragraph: ParagraphView
  report(finding: Finding): void
  /** Report a phrase-table match: the words from its first to its last. */
  reportMatch(sentence: SentenceView, match: PhraseMatch): void
}

export interface Rule {
  readonly meta: RuleMeta
  readonly triggers: Triggers
  /**
   * Every phrase table the rule reads, including pairing and cancelling
   * tables: the data tests and the evidence report walk these.
   */
  readonly tables: readonly PhraseTable[]
  check(context: RuleContext): void
}
