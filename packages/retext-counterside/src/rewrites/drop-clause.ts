/**
 * Dropping the flagged words and keeping the rest of the sentence: the
 * clause they are in (“we’re short-staffed tonight so”), a lead-in (“As a
 * big spender,”) or a label (“Upsell:”). What remains is the customer's
 * copy, capitalised where it now opens the sentence, its closing mark kept.
 */
import {capitalise} from './grammar.js'
import {clausesOf, type Joint as ClauseJoint} from './clauses.js'
import type {SentenceSpan} from './sentence.js'

/**
 * A joint as this rewrite reads it: a cause (because, since, as; once,
 * while, when on their own), a consequence (so), `and` for what holds two
 * clauses together (another bare conjunction, a bracket), else its mark.
 */
interface Joint {
  readonly start: number
  readonly end: number
  readonly kind: 'cause' | 'so' | 'and' | ',' | ';' | ':' | '—' | '…'
}

// A lead-in that only says how the seller files the customer: “As a high-value customer(,) you…”, “Based on your score,”.
const leadIn = /^(?:as (?:an?|one of (?:our|the|your))|being (?:an?|one of (?:our|the))|based on (?:your|our|the))\s[^,.!?]*?(?:,\s*|\s+(?=(?:you|you['’]re|you['’]ve|we|we['’]ve|we['’]re|here['’]s|here is|enjoy|get|save)\b))/iu
const greets = /^(?:hi|hello|hey|dear|thanks|thank you|good (?:morning|afternoon|evening))\b/iu
// A closing clause that adds to the offer (“…, plus 10% off”) is a fact to keep, whatever else it says.
const adds = /^(?:plus|and|with|including|or|also)\b/iu
// What is left may not lean on the words it lost (“That’s why it shows twice”).
const leansBack = /^(?:that['’]s why|that is why|which|so|and|but|because|this means|that means|thanks to)\b/iu
const leadInWord = /^(?:as|because|since|if|when|while|based on|due to|thanks to)\b/iu
const relative = /^(?:which|who|whose|where)\b/iu
/** Fewer words than this left, and there is nothing to keep. */
const minimumWords = 3
// What a clause has and a label or a value does not (“Your order is late”, “Order delayed”, not “Total due”).
const clauseLike = /\b(?:you|we|it|they|is|are|was|were|has|have|had|will|can|could|would|did|does|do|been|isn['’]t|aren['’]t|wasn['’]t|won['’]t|can['’]t|didn['’]t|don['’]t|here['’]s|here is)\b|\b\p{L}{3,}ed\b/iu
// A clause cut short (“…, that’s.”): what is left may not end on a word that needs more.
const dangling = /\b(?:that['’]s|it['’]s|there['’]s|is|are|was|were|be|been|the|a|an|to|of|for|from|and|or|but|with|by|our|your|their|this|that|if|when|because)$/iu
// A greeting alone (“Hi Sam.”) is not copy left to keep.
const greetingOnly = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,;:]*$/iu

export interface DroppedClause {
  /** The rewritten sentence, with its closing mark. */
  readonly text: string
  /** What is left of the sentence body (without the closing mark). */
  readonly kept: string
}

/**
 * The sentence without the clause (or lead-in, or label) that holds
 * [start, end) of the block; undefined when the words are the whole
 * sentence, or what would be left is not a clause to keep.
 */
export function withoutClause(text: string, sentence: SentenceSpan, start: number, end: number): DroppedClause | undefined {
  const body = sentence.body
  const from = Math.max(0, start - sentence.start)
  const to = Math.min(body.length, end - sentence.start)
  if (from >= to) return undefined
  const {joints, clauses} = clausesAndJoints(body)
  // A clause reaches back over the joint that opens it: a finding may start there (“because our servers…”).
  let first = -1
  let last = -1
  for (const [index, clause] of clauses.entries()) {
    if ((joints[index - 1]?.start ?? 0) <= from) first = index
    if (clause.start < to) last = index
  }

  if (first < 0 || last < first) return undefined
  // A greeting or thanks is the customer's part of the sentence, whatever the finding's span holds.
  if (greets.test(body.slice(clauses[first]!.start))) return undefined
  // Clauses joined by “and” tell one excuse: they go together (“we’re three down and the system keeps crashing”).
  while (first > 0 && joints[first - 1]!.kind === 'and') first--
  // So do a cause that explains the excuse and a relative clause hung on it (“…, which has gone badly,”).
  while (last < joints.length && (joints[last]!.kind === 'and' || (first > 0 && joints[last]!.kind === 'cause') || relative.test(body.slice(joints[last]!.end)))) last++
  const lead = leadIn.exec(body.slice(clauses[first]!.start, clauses[last]!.end))
  const leadEnd = lead && first === last ? clauses[first]!.start + lead[0].length : -1
  let kept: string | undefined
  if (leadEnd >= to) {
    kept = `${body.slice(0, clauses[first]!.start)}${body.slice(leadEnd)}`
  } else {
    kept = withoutClauses(body, joints, clauses, first, last)
  }

  if (kept === undefined) return undefined
  kept = opening(kept.replace(/^[\s,;:—–-]+/u, '').replace(/[\s,;:—–-]+$/u, ''))
  if (words(kept) < minimumWords || greetingOnly.test(kept) || dangling.test(kept) || leansBack.test(kept) || unbalanced(kept)) return undefined
  return {text: `${kept}${sentence.close}`, kept}
}

function withoutClauses(
  body: string,
  joints: readonly Joint[],
  clauses: ReadonlyArray<{start: number; end: number}>,
  first: number,
  last: number
): string | undefined {
  const before = joints[first - 1]
  const after = joints[last]
  if (!before && !after) return undefined
  // The opening clause: what follows must be its own clause, not its cause (“We’re late because…” keeps “We’re late”).
  // A label's value (“Total due: NaN”) is not a clause: only copy that reads as one stays after a label goes, or before an explanation.
  if (!before) return after!.kind === 'cause' || ((after!.kind === ':' || after!.kind === ',') && !clauseLike.test(body.slice(after!.end))) ? undefined : body.slice(after!.end)
  // The closing clause: a cause, an aside or an explanation goes; a consequence (“…, so <it>”) is the point and stays.
  // After a comma, what is left must be a main clause, not a lead-in (“As a member, <you get…>” keeps its point).
  const head = body.slice(0, before.start)
  if (!after) return before.kind === 'so' || ((before.kind === ':' || before.kind === ',') && (!clauseLike.test(head) || leadInWord.test(head))) || adds.test(body.slice(before.end)) ? undefined : head
  // In between: with the “so” that follows it, or with the joint that introduced it; never out of a label's value (“Profile: high LTV, low spend”).
  if (before.kind === ':' && !clauseLike.test(head)) return undefined
  if (after.kind === 'so') return `${body.slice(0, clauses[first]!.start)}${body.slice(after.end)}`
  return `${body.slice(0, before.start)}${body.slice(after.start)}`
}

/**
 * The body's clauses (see `clauses.ts`) as [start, end) between the joints
 * as read here. A cause, a “so” or a held clause takes its conjunction
 * into the joint: what is kept after it starts with the clause's own words.
 */
function clausesAndJoints(body: string): {joints: Joint[]; clauses: Array<{start: number; end: number}>} {
  const segments = clausesOf(body, 0, body.length)
  const joints: Joint[] = []
  for (const {joint, start, wordsStart} of segments.slice(1)) {
    const kind = kindOf(joint!)
    joints.push({start: joint!.start, end: kind === 'cause' || kind === 'so' || kind === 'and' ? wordsStart : start, kind})
  }

  const clauses = segments.map((segment, index) => ({start: index === 0 ? 0 : joints[index - 1]!.end, end: segment.end}))
  return {joints, clauses}
}

function kindOf({mark, word}: ClauseJoint): Joint['kind'] {
  if (/\b(?:because|since|as)$/.test(word) || (mark === '' && /^(?:once|while|when)$/.test(word))) return 'cause'
  if (/\bso$/.test(word)) return 'so'
  // A bare conjunction (“… or”, “… if you stay”) or a bracket holds its clause to the one before; after a mark, the mark
  // joins them (“…, and the bar is open”).
  return mark === '' || mark === '(' || mark === ')' ? 'and' : mark
}

function words(text: string): number {
  // “Don’t ask” and “wrap-up timeout” are two words.
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** A capital for the new first word, unless it is written in mixed case on purpose (“iPhone”, “eBay”). */
function opening(text: string): string {
  return /^\p{Ll}+\p{Lu}/u.test(text) ? text : capitalise(text)
}

/** A bracket opened and not closed (or the other way): the cut went through an aside. */
function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0) || (text.match(/\[/g)?.length ?? 0) !== (text.match(/]/g)?.length ?? 0)
}
