/**
 * Rewrites that drop what a rule flags and keep the rest as written (“Only
 * 2 left — order now!” → “Order now.”; “Cha-ching! Thanks for your order.”
 * → “Thanks for your order.”): the clauses that carry the rule's words go,
 * and a sentence with nothing left goes whole, the rewrite then reaching to
 * the next sentence (or the one before) that keeps something. Where nothing
 * would be left at all, there is no rewrite: the message's advice says what
 * to write instead. Every rewrite is checked against the rule's trigger
 * words and the learned layer, so what is left is clean for both.
 */
import {mayHaveCapitalRun} from '../features/capitals.js'
import {sharedScorer} from '../model/shared-scorer.js'
import {defaultMinConfidence} from '../options.js'
import {clausesOf, joinClauses, type Clause} from './clauses.js'
import {keepsContentNouns} from './content-nouns.js'
import {capitalise} from './grammar.js'
import {oneMark, sentenceCase} from './shouting.js'
import {sentenceAfter, sentenceAround, sentenceBefore, type SentenceSpan} from './sentence.js'
import type {Rewrite, RewriteInput} from './types.js'

/** What one rule drops, and how a sentence that lost words closes. */
export interface DropPolicy {
  readonly ruleId: string
  /** Whether a clause carries the rule's words (the finding's own clauses always go). */
  carries(clause: string): boolean
  /** Whether a clause says nothing on its own (“Honestly”, “Woohoo”): it goes with the rest, and alone it is nothing left. */
  isFiller(clause: string): boolean
  /** Whether a clause may stay in a sentence that lost words (a celebration's clauses must speak to the customer). */
  keeps(clause: string): boolean
  /** Whether a neighbouring sentence can stand in for a dropped one. */
  standsInstead(sentence: string): boolean
  /** Whether a short remainder still stands on its own (“No thanks”, “Thank you”). */
  standsAlone(remainder: string): boolean
  /** The closing mark of a sentence that lost words, from the one written. */
  close(written: string, remainder: string): string
  /**
   * Whether the nouns of the clauses dropped as the rule's go with them (“The workshop had its best month, thanks!” →
   * “Thanks!” loses “workshop” with the win), as they do from a sentence dropped whole. Off: only the finding's do.
   */
  readonly flaggedNounsGo?: boolean
  /**
   * Whether a clause the finding's span reaches into stays all the same, when it carries none of the rule's words: a
   * learned span is its top cues, which may run over the customer's own clause (“Your case is resolved (top agent…)”).
   * Absent: every clause the span touches goes.
   */
  keepsTouched?(clause: string): boolean
  /** What is kept told in plainer words before it is checked (“Only 4 tickets left.” → “4 tickets left.”). Absent: as kept. */
  plainer?(kept: string): string
}

/** A sentence as the rewrite leaves it: as written, gone (flagged, or filler beside a dropped one), or with its flagged clauses dropped. */
type Kept = {readonly kind: 'same'} | {readonly kind: 'gone' | 'filler'} | {readonly kind: 'rewritten'; readonly text: string; readonly flagged: string}

/** Below this many words a remainder is a fragment (“Book.”, “Grab it.”), unless the policy says it stands alone. */
const minimumWords = 3
/** How many whole sentences a rewrite may drop on the way to one that keeps something. */
const maximumDropped = 3
// A clause that leans on the one before or after it (“… when something goes wrong”, “If you wait, …”).
const subordinate = /^(?:if|when|unless|once|while|because|before|until|as soon as|so that)\b/iu
// A clause that starts with its verb has lost its subject with the clause before (“… and will never come back”).
const subjectless = /^(?:(?:and|or|but|then)\s+)?(?:will|would|won[’']t|can|can[’']t|could|is|isn[’']t|are|aren[’']t|was|were|has|have|had|may|might|must|should|goes|go)\b/iu
// “… and you'll regret it”, “… and it's gone”: what follows a condition.
const consequence = /^and\s+(?:you|you[’'](?:ll|re|d)|it|it[’']s|they|we)\b/iu
// A remainder that opens with a preposition is a fragment (“With your purchase”), a thank-you aside.
const prepositional = /^(?:with|for|in|on|at|by|from|after|to|of|into|via)\b/iu
// A remainder needs one word of ordinary grammar; “Box Office 2” or “Kim, March” is a label torn from its sentence.
const grammatical = /\b(?:is|are|was|were|be|been|has|have|had|will|can|could|would|should|may|do|does|did|you|your|yours|we|our|us|i|my|me|it|its|this|that|these|those|the|a|an|to|for|with|on|in|at|by|from|of|and|here|there|thanks|thank|please|no|up|now|today|tonight|off|out)\b/iu
// A sentence that points back at what was dropped cannot stand in for it (“Give him 5 stars”, “Will you?”, “And the day after.”).
const pointsBack = /^(?:that|this|it|so|and|but|then|also|plus|which|will|do|did|would|too|all that|all this|everything)\b|\b(?:he|him|his|she|her|hers|they|them|their)\b/iu
// A full stop after an abbreviation is not a sentence's end (“Dr. Lindqvist”).
const abbreviation = /\b(?:dr|mr|mrs|ms|mx|prof|st|no|nr|sr|jr|vs|etc|approx|dept)$/iu
// An emoji is a pictograph with its modifiers and joiners: alternatives, since a class would split the sequences.
export const emoji = String.raw`(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)`
const leadingEmoji = new RegExp(String.raw`^(?:${emoji}|\s)+`, 'u')
const emojiOnlyPattern = new RegExp(String.raw`^(?:${emoji}|\s)+$`, 'u')
const anyEmoji = new RegExp(emoji, 'gu')

/** `text` without its emoji (“it's your call 🙂” → “it's your call”), trimmed. */
export function withoutEmoji(text: string): string {
  return text.replace(anyEmoji, '').trim()
}

/** Whether `text` is nothing but emoji (“🎉🎉”, “🔥”). */
export function isEmojiOnly(text: string): boolean {
  return emojiOnlyPattern.test(text)
}

export function dropClauses(input: RewriteInput, policy: DropPolicy): Rewrite[] {
  const {text} = input
  const own = sentenceAround(text, input.start)
  if (!own || !endsCleanly(own)) return []
  // A sentence cut at an abbreviation (“ranked No. 1 …”) is half a sentence.
  const before = sentenceBefore(text, own)
  if (before && !endsCleanly(before)) return []
  const kept = keptOf(text, own, {start: input.start, end: input.end}, policy)
  if (kept.kind === 'same' || kept.kind === 'filler') return []
  let first = own
  let last = own
  const pieces: string[] = kept.kind === 'rewritten' ? [kept.text] : []
  if (pieces.length === 0) {
    const after = reachKept(text, own, policy, 'after')
    // Reaching back, the sentences after that keep nothing go too (“Are you sure? <Most people regret it.>”).
    const reached = after.kept ?? reachKept(text, own, policy, 'before').kept
    if (!reached) return []
    if (reached.span.start > own.start) {
      last = reached.span
    } else {
      first = reached.span
      last = after.gone
    }

    pieces.push(reached.text)
  }

  // Cheers, filler and emoji beside what was dropped (“Woohoo!”, “Seriously.”, “🔥”) go with it.
  first = absorbFiller(text, first, policy, 'before')
  last = absorbFiller(text, last, policy, 'after')
  const joined = pieces.join(' ')
  const rewrite: Rewrite = {text: policy.plainer?.(joined) ?? joined, offset: first.start, endOffset: last.end, scope: 'sentence'}
  // Nothing the rule flags may be left, and no noun the customer reads (“your receipt”) lost; a sentence
  // dropped whole for the finding in it took only the rule's words with it (“our team”, “this month”).
  if (policy.carries(rewrite.text) || modelFlags(rewrite.text, policy.ruleId)) return []
  const around = kept.kind === 'gone' ? `${text.slice(rewrite.offset, own.start)} ${text.slice(own.end, rewrite.endOffset)}` : text.slice(rewrite.offset, rewrite.endOffset)
  const gone = policy.flaggedNounsGo && kept.kind === 'rewritten' ? ` ${kept.flagged}` : ''
  return keepsContentNouns(around, rewrite.text, `${text.slice(input.start, input.end)}${gone}`) ? [rewrite] : []
}

/** Whether the learned layer, at the default threshold, would find the rule in `text`. */
function modelFlags(text: string, ruleId: string): boolean {
  return sharedScorer().score(text, new Set([ruleId]), defaultMinConfidence).findings.length > 0
}

function endsCleanly(sentence: SentenceSpan): boolean {
  return !(sentence.close === '.' && abbreviation.test(sentence.body))
}

/**
 * The nearest sentence `direction` of `from` that keeps something and can
 * stand alone, past up to `maximumDropped` that keep nothing (the last of
 * them `gone`, or `from` itself).
 */
function reachKept(text: string, from: SentenceSpan, policy: DropPolicy, direction: 'after' | 'before') {
  let at = from
  const reached = (kept?: {span: SentenceSpan; text: string}) => ({kept, gone: at})
  for (let steps = 0; steps <= maximumDropped; steps++) {
    const next = direction === 'after' ? sentenceAfter(text, at) : sentenceBefore(text, at)
    if (!next || !endsCleanly(next)) return reached()
    const kept = keptOf(text, next, undefined, policy, true)
    if (kept.kind === 'same' || kept.kind === 'rewritten') {
      const written = kept.kind === 'same' ? calm(text.slice(next.start, next.end)) : kept.text
      const alone = direction === 'after' ? written.replace(leadingEmoji, '') : written
      // Read forward, an “it” stands for what was dropped (“You can still add it”).
      const stands = standsInstead(alone, policy) && !(direction === 'after' && /\b(?:it|them)\b/iu.test(alone))
      return reached(stands ? {span: next, text: alone} : undefined)
    }

    at = next
  }

  return reached()
}

/** A kept neighbour, in place of what was dropped: not a greeting or a bare question, nothing pointing back at it. */
function standsInstead(sentence: string, policy: DropPolicy): boolean {
  if (policy.standsAlone(sentence.replace(/[.!?…]+$/u, ''))) return true
  const count = sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  const question = /\?$/.test(sentence)
  const greeting = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,]*$/iu.test(sentence)
  return policy.standsInstead(sentence) && !pointsBack.test(sentence) && !greeting && grammatical.test(sentence) && count >= (question ? 3 : 2)
}

/** `from` widened over the filler-only sentences next to it, `direction`. */
function absorbFiller(text: string, from: SentenceSpan, policy: DropPolicy, direction: 'after' | 'before'): SentenceSpan {
  let at = from
  for (let steps = 0; steps < maximumDropped; steps++) {
    const next = direction === 'after' ? sentenceAfter(text, at) : sentenceBefore(text, at)
    if (!next || keptOf(text, next, undefined, policy, true).kind !== 'filler') break
    at = next
  }

  return at
}

/** Capitals to sentence case and stacked marks to one: a kept sentence is clean for shouting, too. */
function calm(sentence: string): string {
  const cased = mayHaveCapitalRun(sentence) ? sentenceCase(sentence, true) : sentence
  return cased.replace(/[!?]{2,}/gu, (marks) => oneMark(marks))
}

/** `sentence` without the finding's clauses and those that carry the rule's words; a neighbour of nothing but filler is filler. */
function keptOf(text: string, sentence: SentenceSpan, finding: {start: number; end: number} | undefined, policy: DropPolicy, neighbour = false): Kept {
  const clauses = clausesOf(text, sentence.start, sentence.start + sentence.body.length)
  const written = clauses.map((clause) => text.slice(clause.start, clause.end))
  const trimmed = clauses.map((clause) => withoutTail(text, clause, finding, policy))
  const words = (index: number): string => trimmed[index] ?? written[index]!
  const touched = (clause: Clause, index: number): boolean => finding !== undefined && clause.start < finding.end && clause.end > finding.start && !(policy.keepsTouched?.(written[index]!) ?? false)
  const flagged = clauses.map((clause, index) => trimmed[index] === undefined && (touched(clause, index) || policy.carries(written[index]!)))
  if (!flagged.includes(true) && trimmed.every((words) => words === undefined)) {
    if (neighbour && written.every((clause) => policy.isFiller(clause))) return {kind: 'filler'}
    // A neighbour the learned layer reads as the rule's is as good as flagged.
    return neighbour && modelFlags(text.slice(sentence.start, sentence.end), policy.ruleId) ? {kind: 'gone'} : {kind: 'same'}
  }

  const dropped = clauses.map((_, index) => flagged[index]! || policy.isFiller(words(index)) || !policy.keeps(words(index)))
  // A leaning clause goes with the one it leans on: a leading “If …,” with the next, any other with the one before;
  // one that starts with its verb or points back (“… it's gone”) lost its subject with the clause before.
  for (const index of clauses.keys()) {
    if (dropped[index]) continue
    const said = words(index)
    if (index === 0) {
      if (subordinate.test(said) && (dropped[1] ?? true)) dropped[index] = true
    } else if (subjectless.test(said) || (dropped[index - 1] && (pointsBack.test(said) || subordinate.test(said)))) {
      dropped[index] = true
    }
  }

  // “Skip the cover <and you'll regret it>”: a clause before a dropped consequence is its condition, not an offer.
  for (const index of clauses.keys()) {
    if (!dropped[index] && dropped[index + 1] && consequence.test(words(index + 1))) dropped[index] = true
  }

  const rest = [...clauses.keys()].filter((index) => !dropped[index])
  if (rest.length === 0) return {kind: 'gone'}
  const joined = joinClauses(text, rest.map((index) => ({...clauses[index]!, words: words(index)})))
  const remainder = mayHaveCapitalRun(joined) ? sentenceCase(joined, true) : capitalise(joined)
  const count = remainder.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  const stands = policy.standsAlone(remainder)
  if (!stands && (count < minimumWords || prepositional.test(remainder) || subordinate.test(remainder) || !grammatical.test(remainder))) return {kind: 'gone'}
  const flaggedWords = written.filter((_, index) => flagged[index]).join(' ')
  return {kind: 'rewritten', text: `${remainder}${policy.close(sentence.close, remainder)}`, flagged: flaggedWords}
}

// A finding that trails its clause as a modifier (“… within 90 seconds”, “… in the next 5 seconds for half price”).
// A word, not the start of a compound (“once-in-a-lifetime deal” is no trailing “once …”).
const trailing = /^(?:in|within|before|by|for|until|while|once|after|when|or)(?=\s)/iu

/**
 * The clause's words without a trailing finding (“Lock in your seat
 * <within 90 seconds>” → “Lock in your seat”), what follows it kept unless
 * the finding ends on an “or” (“in the next 15 min or <pay double>”).
 * Undefined when the finding opens the clause, is not a modifier, or leaves
 * too little.
 */
function withoutTail(text: string, clause: Clause, finding: {start: number; end: number} | undefined, policy: DropPolicy): string | undefined {
  if (!finding || finding.start <= clause.start || finding.start >= clause.end || !trailing.test(text.slice(finding.start, finding.end))) return undefined
  const head = text.slice(clause.start, finding.start).trimEnd()
  const after = /\bor$/iu.test(text.slice(finding.start, finding.end)) || finding.end >= clause.end ? '' : text.slice(finding.end, clause.end).trimEnd()
  if ((head.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2 || policy.carries(head) || (after !== '' && policy.carries(after))) return undefined
  return `${head}${after}`
}
