/**
 * A sentence that only scolds (“Did you even check it?”, “Please pay
 * attention.”, “That's on you.”) says no fact and asks nothing the customer
 * can do: beside a sentence that tells what happened, the customer-centred
 * rewrite drops it and keeps (or rewrites) the other. Only whole sentences
 * of these shapes go; a sentence with a fact in it is never dropped here.
 */
import {contentNouns} from './content-nouns.js'
import {withoutEmoji} from './drop-clauses.js'
import {sentenceAfter, sentenceBefore, type SentenceSpan} from './sentence.js'

const scolding = new RegExp(String.raw`^(?:${[
  // “Did you even read the label?”, “Do you not read your emails?”
  String.raw`(?:did|do|can|can['’]t|have|were)\s+you\s+(?:even|actually|really|not)\s+\p{L}[^?]*\?`,
  // “Did you forget it again?”: a question that only counts the customer's slips.
  String.raw`(?:did\s+you\s+)?(?:forget|forgot|lose|lost|break|broke)\s+(?:it|them|that|this)\s+again\s*\?`,
  // “Please pay attention.”, “Be more careful next time.”, “Try harder to remember it next time.”
  String.raw`(?:please\s+)?(?:pay\s+(?:more\s+|closer\s+)?attention|be\s+more\s+careful|take\s+more\s+care|try\s+harder|check\s+more\s+carefully|read\s+more\s+carefully)\b[^.!?]*[.!]*`,
  // “You should know your own postcode.”, “You should have known.”
  String.raw`you\s+(?:really\s+)?should(?:\s+have)?\s+(?:known|know|read|checked|listened)\b[^.!?]*[.!]*`,
  // “You have made an error on this form.”, “You did something wrong.”
  String.raw`you(?:['’]ve|\s+have)?\s+made\s+(?:an?\s+)?(?:error|mistake)s?\b[^.!?]*[.!]*`,
  String.raw`you(?:['’]ve|\s+have)?\s+(?:did|done)\s+something\s+wrong(?:\s+again)?[.!]*`,
  // “That's on you.”, “This one's on you.”, “That's your own fault.”
  // “That's on you, not us.”, “That was your mistake, not ours.”
  String.raw`(?:that|this|it)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s+(?:(?:really|all|entirely|totally)\s+)?(?:on\s+you|your\s+(?:own\s+)?(?:fault|responsibility|problem|mistake|doing))(?:\s*,?\s+not\s+(?:us|me|ours|mine|our\s+(?:fault|problem|mistake)))?[.!]*`,
  // “Regular checks would have prevented this.”: hindsight about what the customer should have done.
  String.raw`(?:[\p{L}-]+\s+){1,4}would\s+have\s+(?:prevented|avoided|stopped)\s+(?:this|that|it)[.!]*`,
  // “Most people manage it first time.”
  String.raw`most\s+(?:people|customers|users|guests|shoppers)\s+manage\b[^.!?]*[.!]*`,
  // “Card holder error.”: a label on the customer, as a sentence of its own.
  String.raw`(?:card\s?holder|customer|user|client|operator|human)\s+(?:error|mistake|fault)[.!]*`,
  // About the customer's typing: “Are you sure you typed the right code?”, “Learn to type.”, “Another typo.”
  String.raw`are\s+you\s+sure\s+(?:that\s+)?you\s+(?:typed|entered|put\s+in|spelt|spelled|keyed\s+in)\b[^?]*\?+`,
  String.raw`(?:did|do|can|could)\s+you\s+(?:not\s+)?(?:check|read|look\s+at)\s+what\s+you\s+(?:typed|entered|wrote)\s*\?+`,
  String.raw`(?:please\s+)?(?:learn\s+(?:how\s+)?to\s+type|type\s+(?:more\s+)?(?:carefully|slowly|properly)|slow\s+down\s+(?:when|while)\s+(?:you(?:['’]re|\s+are)?\s+)?typ\w*|watch\s+(?:your|the)\s+(?:typing|spelling)|mind\s+your\s+(?:typing|spelling))\b[^.!?]*[.!]*`,
  String.raw`(?:(?:that(?:['’]s|\s+is|\s+was)\s+)?another|yet\s+another|more)\s+typos?[.!]*`,
  String.raw`you\s+(?:keep|kept)\s+(?:mistyping|making\s+typos|typing\s+(?:it|them)\s+wrong)\b[^.!?]*[.!]*`,
  // “… Again.”: a count of the customer's slips, nothing more.
  String.raw`(?:yet\s+)?again[.!?]*`
].join('|')})$`, 'iu')

/** Whether the sentence (its body and close) only scolds. */
export function onlyScolds(text: string, sentence: SentenceSpan): boolean {
  return scolding.test(withoutEmoji(text.slice(sentence.start, sentence.end)))
}

/** The scolding sentences right after `sentence` (up to two), in order. */
export function scoldingAfter(text: string, sentence: SentenceSpan): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (let next = sentenceAfter(text, sentence); next && spans.length < 2 && onlyScolds(text, next); next = sentenceAfter(text, next)) spans.push(next)
  return spans
}

/** The content nouns of the scolding sentences that a rewrite drops, but for the one the finding is in (its own words go). */
export function nounsDropped(text: string, spans: readonly SentenceSpan[], findingAt: number): string[] {
  return spans
    .filter((span) => findingAt < span.start || findingAt >= span.end)
    .flatMap((span) => contentNouns(text.slice(span.start, span.end)))
}

/** The nearest sentence before a scolding one that tells something (past other scolding ones), or undefined. */
export function toldBefore(text: string, sentence: SentenceSpan): SentenceSpan | undefined {
  let before = sentenceBefore(text, sentence)
  for (let count = 0; before && count < 2 && onlyScolds(text, before); count++) before = sentenceBefore(text, before)
  return before && !onlyScolds(text, before) ? before : undefined
}
