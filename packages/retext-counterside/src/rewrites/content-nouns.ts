/**
 * The nouns a sentence is about (“your <payment>”, “the wrong <PIN>”): a
 * rewrite must keep them. Read as the word heading a phrase after a
 * determiner, without a tagger; a leaked error's words are the system's,
 * not the customer's, and do not count. Nor do the seller's own things
 * (“our margins”, “our records”: a rewrite from the customer's side may
 * drop the ownership) or its staff and back office (“the warehouse”: a
 * rewrite that drops a backstage excuse drops them with it).
 */
import {backstageClasses} from '../phrases/exposed-internals.js'
import {leaksInternals} from './dead-end.js'

const determiner = /\b(?:the|your|this|that|these|those|my|a|an)\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/giu
// Adjectives and quantities that open a phrase; the noun is the next word.
const openers = new Set([
  'wrong', 'invalid', 'incorrect', 'same', 'next', 'other', 'new', 'right', 'correct', 'valid', 'last', 'first',
  'final', 'full', 'partial', 'senior', 'main', 'only', 'short', 'quick', 'brief', 'few', 'little'
])
const notNouns = new Set([
  'one', 'way', 'time', 'moment', 'bit', 'lot', 'end', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'can’t', 'can\'t',
  'must', 'will', 'needs', 'need', 'until', 'before', 'and', 'yet', 'first', 'all', 'each', 'every', 'any', 'some', 'occasion', 'stage',
  // Time words say when, not what the copy is about (“this week”, “the quarter”), like “time” and “moment”.
  'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'quarter', 'year', 'years', 'season', 'morning', 'afternoon', 'evening', 'night', 'shift',
  'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'jiffy', 'tick',
  // A pronoun after “that” (“we ask that you…”) is no noun.
  'you', 'we', 'they', 'she', 'he', 'it', 'its', 'our', 'their', 'them', 'us'
])

// The staff roles exposed-internals reads, and the back office around them; only as “our/the …”, never the customer's (“your driver”).
const backstage = new Set([
  ...(backstageClasses['staffRole'] ?? []), 'team', 'crew', 'kitchen', 'warehouse', 'office', 'depot', 'system', 'systems', 'server', 'servers',
  'vendor', 'supplier', 'van', 'vans', 'printer', 'till', 'pickers', 'colleague', 'colleagues', 'shift', 'management', 'rota'
])
const sellers = /^(?:our|the)\s/iu

export function contentNouns(sentence: string): string[] {
  if (leaksInternals(sentence)) return []
  const nouns: string[] = []
  for (const match of sentence.matchAll(determiner)) {
    const first = match[1]!.toLowerCase()
    const noun = openers.has(first) ? match[2]?.toLowerCase() : first
    if (noun && sellers.test(match[0]) && (backstage.has(owner(noun)) || backstageHead(noun, match[2]))) continue
    if (noun && noun.length >= 3 && !notNouns.has(noun) && !openers.has(noun)) nouns.push(noun)
  }

  return nouns
}

/** “manager's” → “manager”: the staff member who owns something is still the staff member. */
function owner(word: string): string {
  return word.replace(/['’]s$/u, '')
}

/** “the print team”, “the night crew”: a back office named by what it does, its head the backstage word. */
function backstageHead(noun: string, next: string | undefined): boolean {
  return next !== undefined && noun !== next.toLowerCase() && backstage.has(owner(next.toLowerCase()))
}

/** Whether `rewrite` keeps every content noun of `original` except those of the flagged words. */
export function keepsContentNouns(original: string, rewrite: string, flagged: string): boolean {
  const kept = rewrite.toLowerCase()
  const dropped = flagged.toLowerCase()
  return contentNouns(original).every((noun) => dropped.includes(noun) || kept.includes(noun))
}
