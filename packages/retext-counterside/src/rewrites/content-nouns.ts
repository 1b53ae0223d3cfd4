/**
 * The nouns a sentence is about (“your <payment>”, “the wrong <PIN>”): a
 * rewrite must keep them. Read as the word heading a phrase after a
 * determiner, without a tagger; a leaked error's words are the system's,
 * not the customer's, and do not count.
 */
import {leaksInternals} from './dead-end.js'

const determiner = /\b(?:the|your|this|that|these|those|my|our|a|an)\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/giu
// Adjectives and quantities that open a phrase; the noun is the next word.
const openers = new Set(['wrong', 'invalid', 'incorrect', 'same', 'next', 'other', 'new', 'right', 'correct', 'valid', 'last', 'first', 'final', 'full', 'partial', 'senior', 'main', 'only'])
const notNouns = new Set(['one', 'way', 'time', 'moment', 'bit', 'lot', 'end', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'can’t', 'can\'t', 'must', 'will', 'needs', 'need', 'until', 'before', 'and', 'yet', 'first', 'occasion', 'stage'])

export function contentNouns(sentence: string): string[] {
  if (leaksInternals(sentence)) return []
  const nouns: string[] = []
  for (const match of sentence.matchAll(determiner)) {
    const first = match[1]!.toLowerCase()
    const noun = openers.has(first) ? match[2]?.toLowerCase() : first
    if (noun && noun.length >= 3 && !notNouns.has(noun) && !openers.has(noun)) nouns.push(noun)
  }

  return nouns
}

/** Whether `rewrite` keeps every content noun of `original` except those of the flagged words. */
export function keepsContentNouns(original: string, rewrite: string, flagged: string): boolean {
  const kept = rewrite.toLowerCase()
  const dropped = flagged.toLowerCase()
  return contentNouns(original).every((noun) => dropped.includes(noun) || kept.includes(noun))
}
