/**
 * An outcome put down to the customer's act (“Your booking was cancelled
 * because you weren't home, so a fee applies.”, “Because you picked the
 * wrong class, you were charged the Class 2 rate.”): the outcome is the
 * customer's news, the act the blame. The cause goes; the outcome and any
 * consequence (“so …”) stay. Only where the outcome says what happened to
 * something (not “This happened”), and never where the copy after it
 * points back at what the cause named (“Reply with them”).
 */
import {capitalise} from './grammar.js'
import {clausesOf, joinClauses} from './clauses.js'
import {sentenceAfter, type SentenceSpan} from './sentence.js'

// A cause told as the customer's own act: “because you …”, “since you've …”, “as you …”.
const customersAct = /^(?:because|since|as)\s+you(?:['’](?:ve|re|d))?\s/iu
const byActWord = /^(?:(?:and\s+)?(?:because|since)|as)$/u
// What an outcome says: something failed, stopped, was refused, charged or held up.
const outcome = new RegExp(String.raw`\b(?:${[
  'failed', 'declined', 'cancell?ed', 'rejected', 'refused', 'denied', 'locked', 'blocked', 'suspended', 'returned', 'delayed',
  'on hold', 'removed', 'closed', 'expired', 'timed out', 'overdue', 'missed', 'charged', 'voided', 'paused', 'flagged', 'shortened',
  String.raw`could(?:n['’]t|\s+not)`, String.raw`can(?:['’]t|not)`, String.raw`wouldn['’]t`, String.raw`won['’]t`, String.raw`(?:is|are|was|were)(?:n['’]t|\s+not)`,
  String.raw`didn['’]t`, 'did not', 'applies', 'applied', 'added', 'late', 'lost'
].join('|')})\b`, 'iu')
// “This happened”, “That's why”: an outcome with nothing of its own to tell once the cause goes.
const emptyOutcome = /^(?:this|that|it)(?:\s+(?:all|just))?\s+(?:happened|is|was|happens)\b|^(?:that['’]s|this\s+is)\s+why\b/iu
// A cause that names the rule broken (“because you violated our Terms of Service”) is the customer's reason to know: it stays.
const namesRule = /\b(?:terms|policy|policies|rules|guidelines|conditions|agreement|contract)\b/iu
// Consequences keep their clause: “…, so a redelivery fee applies”, “…, but you can rebook”.
const consequence = /^(?:(?:and\s+)?so|but)$/u
// A word in the next sentence that may stand for what the cause named.
const pointsBack = /\b(?:it|them|they|those|these|one|that\s+one)\b/iu

/** The sentence without the customer's act it puts the outcome down to; undefined where no such cause is told or too little is left. */
export function withoutBlamedCause(text: string, sentence: SentenceSpan): string | undefined {
  const clauses = clausesOf(text, sentence.start, sentence.start + sentence.body.length)
  const said = (index: number): string => text.slice(clauses[index]!.start, clauses[index]!.end)
  const leading = clauses.length > 1 && customersAct.test(said(0)) && clauses[1]!.joint?.mark === ','
  const at = leading ? 0 : clauses.findIndex((clause, index) => index > 0 && byActWord.test(clause.joint!.word) && customersAct.test(said(index)))
  if (at < 0) return undefined
  if (namesRule.test(said(at))) return undefined
  let resume = at + 1
  while (!leading && resume < clauses.length && !consequence.test(clauses[resume]!.joint!.word)) resume++
  const kept = [...clauses.keys()].filter((index) => index < at || index >= resume).map((index) => clauses[index]!)
  if (kept.length === 0) return undefined
  const rest = capitalise(joinClauses(text, kept).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/gu, ''))
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 || !outcome.test(rest) || emptyOutcome.test(rest)) return undefined
  const next = sentenceAfter(text, sentence)
  if (next && pointsBack.test(next.body)) return undefined
  return `${rest}${sentence.close === '' || /[?!]/u.test(sentence.close) ? '.' : sentence.close}`
}
