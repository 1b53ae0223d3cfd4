/**
 * Does the copy give the customer a way forward? A failure message passes the
 * dead-end test if anywhere in its paragraph it offers an action, a promise,
 * or a way to reach a person.
 */
import {parsePattern} from '../pattern.js'
import {PhraseTable, type PhraseEntry} from '../phrase-table.js'
import type {ParagraphView} from '../views.js'

/** Verbs that, opening a sentence or clause, tell the customer what to do. */
export const imperatives: ReadonlySet<string> = new Set([
  'try', 'retry', 'check', 'call', 'tap', 'click', 'press', 'go', 'show', 'pick', 'choose', 'select', 'use', 'pay', 'refresh', 'reload',
  'reply', 'contact', 'visit', 'ask', 'insert', 'turn', 're-enter', 'reenter', 'enter', 'book', 'bring', 'drop', 'find', 'see', 'update',
  'return', 'scan', 'swipe', 'remove', 'restart', 'sign', 'log', 'email', 'text', 'chat', 'open', 'fix', 'add', 'save', 'type', 'come',
  'head', 'keep', 'make', 'move', 'grab', 'send', 'confirm', 'review', 'edit', 'change', 'speak', 'talk', 'follow', 'resend', 'request',
  'replace', 'connect', 'reconnect', 'plug', 'unplug', 'wait', 'order', 'collect', 'reach', 'message', 'dial', 'switch', 'upload', 'download',
  'pull', 'reset', 'verify', 'install', 'enable', 'allow', 'let', 'get', 'place', 'hold', 'present', 'reinsert', 'reopen', 'unlock'
])

// After these, the opening word was a noun, not an order: “Update failed”,
// “Request timed out”, “Check is pending”.
const finiteVerbs = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'could', 'couldn\'t', 'can\'t', 'cannot', 'did', 'didn\'t', 'does', 'doesn\'t',
  'will', 'won\'t', 'isn\'t', 'wasn\'t', 'aren\'t', 'weren\'t', 'hasn\'t', 'may', 'might', 'not'
])

// “Scan error.”, “Print failure.”: a failure noun ending the sentence
// (“Fix errors in the form” is still an order).
const failureNouns = new Set(['error', 'errors', 'failure', 'fault', 'problem', 'issue', 'unavailable', 'timeout'])

/**
 * Whether the word after an opening imperative makes it a noun instead
 * (“Update failed”, “Order is pending”, “Scan error.”): `next` is that word,
 * `isLast` whether it ends the sentence. Read by the learned layer too.
 */
export function opensAsNoun(next: {readonly norm: string} | undefined, isLast: boolean): boolean {
  if (!next) return false
  return finiteVerbs.has(next.norm) || (isLast && failureNouns.has(next.norm)) || /^[a-z]{2,}ed$/.test(next.norm)
}

/** Words after which an imperative still opens a clause (“…, or call us”). */
export const clauseOpeners: ReadonlySet<string> = new Set(['or', 'and', 'then', 'please', 'just', 'simply', 'instead', 'so'])

const promises: readonly PhraseEntry[] = [
  {
    phrases: [
      'we’ll|we’ve|i’ll|i’ve|they’ll|it’ll|you’ll', 'we|i|they|it|you will', 'you can|could|may', 'automatically', 'no money|charge was|has been taken',
      'contact us|support', 'call us', 'help desk', 'helpdesk', 'customer service', 'support team', 'questions', 'need help', 'get help', 'instead',
      'try again|later', 'a team member', 'staff member', 'ask a member', 'let us know', 'reply', 'please',
      // What replaces the lost thing: “…expired, but here’s a new one”.
      'here’s a|your new', 'here is a|your new', 'here’s another', 'here is another',
      // What the seller can do instead: “…, but we can switch you to monthly”; the next free slot.
      'but we|i can|could',
      'next available',
      // A ceiling with a way past it: “Limit reached. Upgrade your plan.”
      'upgrade your|the|to plan|subscription|tier',
      // What lifts it: “…blocked until you confirm your e-mail”.
      'until|till you',
      // What happens now: the thing is still coming, the money is safe.
      'on its|their way',
      'should|will reach|arrive',
      'haven’t|hasn’t|won’t been? charged',
      'have|has|will not been? charged',
      // What a right one looks like: “must have at least 8 characters”, “Expected: DD/MM/YYYY”.
      'must|should contain|include|have|be|match|start|end|not',
      'you must|need|should',
      'needs to',
      'tries|attempts|goes left|remaining',
      'at least|most',
      'expected'
    ],
    note: 'a way forward',
    confidence: 1
  }
]

const promiseTable = new PhraseTable('next steps', promises)

/**
 * The promise table's patterns as plain word sequences (each alternative and
 * optional slot spelled out; straight apostrophes, no inflections), for the
 * learned layer, which reads tokens rather than sentence views: one source
 * for what a way forward is.
 */
export const promiseSequences: ReadonlyArray<readonly string[]> = promises.flatMap((entry) =>
  entry.phrases.flatMap((phrase) => {
    let sequences: string[][] = [[]]
    for (const slot of parsePattern(phrase)) {
      const words = [...slot.words!]
      sequences = sequences.flatMap((sequence) => [...words.map((word) => [...sequence, word]), ...(slot.optional ? [sequence] : [])])
    }

    return sequences.filter((sequence) => sequence.length > 0)
  })
)

/** A phone number, an e-mail address or a link, or when a closed service is back, anywhere in `text`. */
export function offersContactOrReturn(text: string): boolean {
  return contactShape.test(text) || backAtShape.test(text)
}

// A phone number (grouped digits, not an error code such as 80070005),
// an e-mail address or a link is a way to reach a person.
const contactShape = /\+?\b\d{1,4}[ .-]\d{2,4}[ .-]\d{3,4}\b|\b\d{3}[ .-]\d{4}\b|\(\d{2,4}\) ?\d{3,4}|\w@[\w-]+\.\w|https?:\/\/|www\./

// When it is back (“down for maintenance until 3 am”, “from 1am to 3am on
// Sunday”, “back at 10:00”) is what an outage notice owes the customer.
const backAtShape = new RegExp(
  [
    String.raw`\b(?:until|till|back (?:at|by|on|in))\s+(?:\d|noon|midnight|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
    String.raw`\bfrom\s+\d[^.!?]{0,20}?\s(?:to|until|till)\s+\d`,
    String.raw`\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s?[–-]\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b`
  ].join('|'),
  'i'
)

export function offersNextStep(paragraph: ParagraphView): boolean {
  if (offersContactOrReturn(paragraph.text)) return true
  for (const sentence of paragraph.sentences) {
    const words = sentence.words
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (!imperatives.has(word.norm) || opensAsNoun(words[index + 1], index + 2 === words.length)) continue
      const previous = words[index - 1]
      if (index === 0 || word.afterMark || (previous && clauseOpeners.has(previous.norm))) return true
    }

    if (promiseTable.find(sentence).length > 0) return true
  }

  return false
}
