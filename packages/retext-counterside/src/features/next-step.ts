/**
 * Does the copy give the customer a way forward? A failure message passes the
 * dead-end test if anywhere in its paragraph it offers an action, a promise,
 * or a way to reach a person.
 */
import {parsePattern} from '../pattern.js'
import {PhraseTable, type PhraseEntry} from '../phrase-table.js'
import type {ParagraphView, SentenceView, WordToken} from '../views.js'

/** Verbs that, opening a sentence or clause, tell the customer what to do. */
export const imperatives: ReadonlySet<string> = new Set([
  'try', 'retry', 'check', 'call', 'tap', 'click', 'press', 'go', 'show', 'pick', 'choose', 'select', 'use', 'pay', 'refresh', 'reload',
  'reply', 'contact', 'visit', 'ask', 'insert', 'turn', 're-enter', 'reenter', 'enter', 'book', 'bring', 'drop', 'find', 'see', 'update',
  'return', 'scan', 'swipe', 'remove', 'restart', 'sign', 'log', 'email', 'text', 'chat', 'open', 'fix', 'add', 'save', 'type', 'come',
  'head', 'keep', 'make', 'move', 'grab', 'send', 'confirm', 'review', 'edit', 'change', 'speak', 'talk', 'follow', 'resend', 'request',
  'replace', 'connect', 'reconnect', 'plug', 'unplug', 'wait', 'order', 'collect', 'reach', 'message', 'dial', 'switch', 'upload', 'download',
  'pull', 'reset', 'verify', 'install', 'enable', 'allow', 'let', 'get', 'place', 'hold', 'present', 'reinsert', 'reopen', 'unlock',
  'start', 'rebook', 'reschedule', 'retake', 'resubmit', 'renew', 'set', 'say', 'give', 'view', 'browse', 'search', 'phone', 'ring', 'top'
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

// Right after the opening word, these say it was a thing that failed, not an order:
// “Upload unsuccessful.”, “Scan incomplete”, “Book unavailable online”.
const failurePredicates = new Set(['unsuccessful', 'unavailable', 'unsupported', 'offline', 'invalid', 'incomplete', 'impossible'])

// After these, the opening word named a thing: “Retry count exceeded”, “Order number”.
const nounFollowers = new Set(['count', 'queue', 'limit', 'number', 'log', 'rate', 'history', 'status'])

// These take a number as their object: “press 9”, “dial 999”.
const numberVerbs = new Set(['press', 'dial', 'call', 'text', 'tap', 'choose', 'select', 'pick', 'enter', 'type'])

/** What `opensAsNoun` reads of a word: the parsed sentence's words and the learned layer's tokens both have it. */
export interface OpeningWord {
  readonly norm: string
  readonly isNumber?: boolean
  readonly value?: string
}

/**
 * Whether the word after an opening imperative makes it a noun instead
 * (“Update failed”, “Order is pending”, “Scan error.”, “Order number”): `word`
 * is the imperative, `next` the word after it, `isLast` whether `next` ends
 * the sentence. Read by the learned layer too.
 */
export function opensAsNoun(word: OpeningWord, next: OpeningWord | undefined, isLast: boolean): boolean {
  if (!next) return false
  return (
    finiteVerbs.has(next.norm) ||
    (isLast && failureNouns.has(next.norm)) ||
    failurePredicates.has(next.norm) ||
    /^[a-z]{2,}ed$/.test(next.norm) ||
    nounFollowers.has(next.norm) ||
    (next.isNumber === true && !numberVerbs.has(word.norm)) ||
    (next.value?.startsWith('#') ?? false)
  )
}

/** The marks between `word` and the word before it in `sentence`. */
function marksBefore(sentence: SentenceView, word: WordToken): string {
  const previous = sentence.words[word.index - 1]
  return previous ? sentence.text.slice(sentence.childStarts[previous.childIndex + 1], sentence.childStarts[word.childIndex]) : ''
}

// A word after “&”, “/” or a quote is inside a name or a path (“Click & Collect”,
// “disconnect/reset”, “verify/selfie.py”), not opening a clause.
const clauseMark = /[,;:.!?()—–]|\s-\s/
const opensClause = (sentence: SentenceView, word: WordToken): boolean => clauseMark.test(marksBefore(sentence, word)) && !/[&/"“”#]/.test(marksBefore(sentence, word))

// Said to end the exchange, not to go on: “Please take your card.”, “Remove card.”
const endingWords = new Set(['please', 'remove', 'take', 'collect', 'your', 'card', 'cards', 'receipt'])
const endsTheExchange = (sentence: SentenceView): boolean =>
  sentence.words.length > 0 && sentence.words.length <= 4 && sentence.words.every((word) => endingWords.has(word.norm)) && sentence.words.some((word) => word.norm === 'card' || word.norm === 'cards' || word.norm === 'receipt')

// A lecture about next time is not a way forward now: “Please be more careful next time.”
const aboutNextTime = (sentence: SentenceView): boolean => /\b(?:next time|in (?:the )?future)\b/i.test(sentence.text) && !/\bagain\b/i.test(sentence.text)

// “Please” opens a way forward, unless what follows tells the customer to stop or go away.
const notAfterPlease = new Set(['do', 'don’t', 'don\'t', 'stop', 'hang', 'note', 'accept', 'bear', 'be', 'refrain', 'never'])

/** Whether “please” before `next` asks the customer to do something (“Please initiate…”), not to stop or go away (“Please do not…”). Read by the learned layer's evidence too. */
export const pleaseAsks = (next: {readonly norm: string} | undefined): boolean => next !== undefined && !notAfterPlease.has(next.norm)

/** Words after which an imperative still opens a clause (“…, or call us”). */
export const clauseOpeners: ReadonlySet<string> = new Set(['or', 'and', 'then', 'please', 'just', 'simply', 'instead', 'so', 'maybe', 'perhaps'])

const promises: readonly PhraseEntry[] = [
  {
    phrases: [
      'we’ll|i’ll|they’ll|it’ll|you’ll', 'we|i|they|it|you will', 'you can|could|may', 'automatically', 'no money|charge was|has been taken',
      'contact us|support', 'call us', 'help desk', 'helpdesk', 'customer service', 'support team', 'questions', 'need help', 'get help', 'instead',
      'try again|later', 'a team member', 'staff member', 'ask a member', 'let us know',
      // What the seller has already done for the customer (“We’ve sent you a new code”);
      // not what they looked at or decided (“We’ve reviewed your claim”, “we’ve had to cancel”).
      'we’ve|i’ve ...1 sent|resent|restarted|added|refunded|credited|fixed|listed|booked|rebooked|moved|saved|kept|held|reserved|passed',
      'we’ve|i’ve ...1 emailed|texted|put|applied|arranged|issued|raised|opened|started|asked|made|upgraded|extended|waived|switched',
      'we’ve|i’ve ...1 replaced|updated|unlocked|reset|reactivated|reinstated|noted|logged|escalated|forwarded|attached|included|set',
      'we’ve|i’ve ...1 given|left|scheduled|ordered|refreshed|retried|topped|split|offered|found|pinged|chased|contacted',
      // What replaces the lost thing: “…expired, but here’s a new one”.
      'here’s a|your new', 'here is a|your new', 'here’s another', 'here is another',
      // An offer, asked: “Want us to pack them for you?”, “Shall I book it?”
      'want us|me to', 'shall i|we', 'would you like', 'do you want us|me',
      // What the seller can do instead: “…, but we can switch you to monthly”; the next free slot.
      'but we|i can|could',
      // What someone can do for them now: “I can order it to your home”, “Reception can book you a new one”.
      'can order|book|rebook|reserve|arrange|hold|send|deliver|fit|replace|swap|offer|find|put you|it|a|an|another|one',
      // Put right by someone else: “Reception can fix it for you.”
      'can fix|sort|change|correct|update it|this|that|them for you',
      // An offer made as a condition: “…, if you’d like to book again.”
      'if you’d like|prefer to',
      'if you’re happy to',
      'if you would like to',
      // What was kept or is still there: “Here are three similar vans nearby.”, “the paperback is still available”.
      'here are|is ...3 similar|other|alternative|alternatives',
      'here’s ...3 similar|other|alternative|alternatives',
      'still available|free|open',
      'new slots|dates|times|appointments|places|seats|tickets ...2 added|released',
      // A check the customer can make: “double-check the number”.
      'double-check|recheck',
      'double check',
      // A promise without its subject: “We’ve flagged it and will e-mail you by Friday.”
      'and will|shall email|e-mail|text|call|contact|update|send|write|ring|message|refund|rebook',
      'back soon|shortly',
      // Another way the thing can still be had: “Receipts can be reprinted in the shop.”
      'can be reprinted|reissued|resent|rebooked|exchanged|collected',
      'can be made|done at|in|online|by',
      // Asked of the customer, as a question: “Could you retake them in daylight?”
      'could|can you please? retake|resend|send|try|check|upload|call|confirm|re-enter',
      'start again|over',
      // Made good already, or something running in its place: “have been refunded”, “a replacement bus”.
      'been refunded|credited|rebooked|replaced',
      'replacement bus|coach|train|service|taxi|card|part',
      // Other times offered as a question: “Would Saturday at 7 or Sunday at 6:30 PM work for you?”
      'would ...10 suit|work for? you',
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
      'more tries|attempts|goes',
      'only ...3 is|are allowed|accepted|supported',
      'the correct|right format|length',
      'greater|larger|bigger|longer than',
      'at least|most',
      'minimum|maximum length|characters',
      'can’t|cannot contain|include|exceed',
      'can not contain|include|exceed',
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
    String.raw`\b(?:until|till|back (?:at|by|on|in)|reopens? (?:at|on|in))\s+(?:the\s+)?(?:\d|noon|midnight|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
    String.raw`\bfrom\s+\d[^.!?]{0,20}?\s(?:to|until|till)\s+\d`,
    String.raw`\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s?[–-]\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b`,
    // A 24-hour range: “closed 12:30–13:30”.
    String.raw`\b\d{1,2}:\d\d\s?[–-]\s?\d{1,2}:\d\d\b`
  ].join('|'),
  'i'
)

// “We will not…”, “you must have typed it wrong”: a refusal or a guess at the past, not a promise or a rule.
// “Please do not contact us”: a way forward, forbidden.
const deniedPromise = (sentence: SentenceView, first: WordToken, last: WordToken): boolean => {
  const next = sentence.words[last.index + 1]
  const before = sentence.words[first.index - 1]
  if (before && /^(?:not|never|don’t|don't)$/.test(before.norm)) return true
  return next !== undefined && (next.norm === 'not' || next.norm === 'never' || (next.norm === 'have' && /^(?:must|should)$/.test(last.norm)))
}

export function offersNextStep(paragraph: ParagraphView): boolean {
  if (offersContactOrReturn(paragraph.text)) return true
  for (const sentence of paragraph.sentences) {
    if (endsTheExchange(sentence)) continue
    const words = sentence.words
    // An order about next time is a lecture; a promise in it (“here’s a new one for next time”) still stands.
    for (let index = 0; index < (aboutNextTime(sentence) ? 0 : words.length); index++) {
      const word = words[index]!
      if (word.norm === 'please' && pleaseAsks(words[index + 1])) return true
      if (!imperatives.has(word.norm) || opensAsNoun(word, words[index + 1], index + 2 === words.length)) continue
      const previous = words[index - 1]
      if (index === 0 || (word.afterMark && opensClause(sentence, word)) || (previous && clauseOpeners.has(previous.norm))) return true
    }

    if (promiseTable.find(sentence).some((match) => !deniedPromise(sentence, match.first, match.last))) return true
  }

  return false
}
