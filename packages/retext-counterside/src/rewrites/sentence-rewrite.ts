/**
 * A whole-sentence rewrite that drops words, held to what it must keep: the
 * sentence's content nouns, and no word of its rule left in. Whether a rule
 * may still flag it is read from the rule's own pre-filter (its phrases'
 * words and its shapes): a cheap, conservative test on the string.
 */
import {defaultMinConfidence} from '../options.js'
import {sharedScorer} from '../model/shared-scorer.js'
import {keepsContentNouns} from './content-nouns.js'
import {withoutClause} from './drop-clause.js'
import {hasRuleTriggers} from './rule-triggers.js'
import {sentenceAfter, sentenceBefore, type SentenceSpan} from './sentence.js'
import type {Rewrite, RewriteInput} from './types.js'

/**
 * Whether `text` may still be flagged for `ruleId`: by the rule's phrases or
 * shapes (its pre-filter), or by the learned layer at the default confidence,
 * so a rewrite the customer applies is not flagged again.
 */
export function mayStillFlag(ruleId: string, text: string, from = 0, to = text.length): boolean {
  // The phrases near the new words (a match rewrite leaves the sentence's other findings be); the scorer reads the whole sentence.
  if (hasRuleTriggers(ruleId, text.slice(from, to + 24))) return true
  return sharedScorer().score(text, new Set([ruleId]), defaultMinConfidence).findings.some((found) => found.start < to && found.end > from)
}

/** The sentence rewritten as `text`, or undefined when it loses a content noun or may still be flagged. */
export function sentenceRewrite(input: RewriteInput, sentence: SentenceSpan, text: string): Rewrite | undefined {
  const original = input.text.slice(sentence.start, sentence.end)
  const actual = input.text.slice(input.start, input.end)
  if (mayStillFlag(input.ruleId, text) || !keepsContentNouns(original, text, actual)) return undefined
  return {text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}
}

/** The sentence without the clause, lead-in or label that holds the finding (see `drop-clause.ts`), when that keeps what it must. */
export function droppedClause(input: RewriteInput, sentence: SentenceSpan, end = input.end): Rewrite | undefined {
  const dropped = withoutClause(input.text, sentence, input.start, end)
  // The words dropped with the finding (a note's whole text) are flagged words too.
  return dropped && sentenceRewrite({...input, end}, sentence, dropped.text)
}

/**
 * Whether [from, to) of the block, replaced by `text`, may still be flagged
 * read with the sentences either side of it, as the customer reads it (an
 * apology alone may read as an excuse; after “Your parcel is on its way.”
 * it does not). Only those neighbours are scored, never the whole block.
 */
export function mayStillFlagAround(ruleId: string, block: string, from: number, to: number, text: string): boolean {
  const first = sentenceBefore(block, {start: from, end: from, body: '', close: ''})?.start ?? from
  const last = sentenceAfter(block, {start: to, end: to, body: '', close: ''})?.end ?? to
  const window = `${block.slice(first, from)}${text}${block.slice(to, last)}`
  return mayStillFlag(ruleId, window, from - first, from - first + text.length)
}
