/**
 * Blame for input: “Invalid PIN”, “The card number you entered is
 * invalid”, “You entered the wrong PIN”, “You must enter a valid e-mail”.
 * The rewrite names what didn't match, neutrally, and what to do.
 */
import {filledNoun, shouts} from './filled-noun.js'
import {agreement, capitalise, indefiniteArticle, opensSentence} from './grammar.js'
import {sentenceCase} from './shouting.js'
import {phraseAfter, phraseJudged, type Phrase} from './noun-phrase.js'
import {maximumReach, sentenceAround, type SentenceSpan} from './sentence.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

const faulty = '(?:invalid|incorrect|wrong|bad|illegal|improper|not valid)'
// “Invalid PIN (entered)”: the verdict opens the sentence.
const verdictFirst = new RegExp(`^(?:(?:sorry|oops|error|uh-oh)[,:!]?\\s+)?${faulty}\\s`, 'iu')
// “<The card number (you entered)> is invalid”.
// “<Promo code> typed incorrectly” (a label's rest): the same verdict, on the act.
const verdictAfter = new RegExp(`\\b(?:(?:is|are|was|were)\\s+(?:still\\s+)?${faulty}|(?:typed|entered|keyed in|keyed|inserted|scanned|filled in)\\s+(?:incorrectly|wrongly|wrong))\\b`, 'iu')
const gotVerbs = 'entered|typed|input|inputted|keyed in|keyed|selected|chose|picked|used|provided|gave us|gave|scanned|uploaded|inserted|filled in|put in|supplied|sent'
// “You (have) entered the wrong”, “you typed your password incorrectly”, “You must have entered your e-mail wrong”;
// “you didn't enter your CVV correctly” (the verdict negated: group 3).
const youGotWrong = new RegExp(
  [
    String.raw`\byou(?:['’]ve| have|\s+(?:must|might|may)\s+have|\s+(?:probably|obviously|clearly))?\s+(?:${gotVerbs})\s+`,
    String.raw`(?:(the|a|an)\s+${faulty}|(your|the)\s+(?=[^.!?]*?\b(?:wrong|wrongly|incorrectly)\b))`,
    String.raw`|\byou\s+(?:didn['’]t|did not)\s+(?:enter|type|key in|fill in|input|give us|give|provide|use)\s+(your|the)\s+(?=[^.!?]*?\b(?:correctly|properly)\b)`
  ].join(''),
  'iu'
)
const lockedOut = /^\s*[^.!?]{0,60}\b(?:locked|blocked|suspended|no (?:more )?(?:tries|attempts) left)\b/iu
// “…, please try again”: the rest of a verdict's sentence that only asks for the retry.
const retryAfter = /^\s*[,;—–-]\s*(?:please\s+)?try\s+again$/iu
// Sign-in details that are matched as a pair: “Invalid username or password”, “The email or password provided is incorrect”.
const credential = String.raw`(?:user\s?name|e-?mail(?:\s+address)?|password|passcode|account(?:\s+number)?|login|pin|phone\s+number|card\s+number)`
const eitherFirst = new RegExp(String.raw`^(?:${faulty})\s+(?:(?:the|your)\s+)?(${credential})\s+or\s+(?:(?:the|your)\s+)?(${credential})$`, 'iu')
const eitherAfter = new RegExp(
  String.raw`^(?:(?:the|your)\s+)?(${credential})\s+or\s+(?:(?:the|your)\s+)?(${credential})(?:\s+(?:you\s+)?(?:provided|entered|supplied|gave))?\s+(?:is|are|was|were)\s+${faulty}$`,
  'iu'
)
// “Invalid password: must contain at least {0} digits”: the verdict as a label, the requirement after it.
const requirementLabel = new RegExp(String.raw`^${faulty}\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*:\s+((?:must|cannot|can\s+not|can['’]t|should|needs?\s+to|has\s+to)\s+\S.*)$`, 'iu')
const mustEnterValid = /\byou\s+(?:must|need to|have to|will need to)\s+(enter|provide|use|select|give|supply|type|choose)\s+(?:a|an|the)\s+(?:valid|correct|proper)\s+/iu
const participle = /^\s+(?:entered|provided|given|used|typed|selected|supplied|chosen|keyed|scanned|inserted)\b/iu
const clauseOpening = /(?:[,;:—–-]|\b(?:because|as|since|so|and|but|when|if|or|that|which))$/iu
const coordinated = /^(?:(?:the|your|a|an)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:or|and)$/iu
const clauseBreak = /^(?:\s*$|\s*[,;:—–-]|\s+(?:which|so|and|but|because)\b)/u
const trailingAgain = /^\s*(?:again|this time)?\s*$/iu
// “… the wrong code three times”: how often it did not match, a fact to keep (not “too many times”, which is a lock-out's reason).
const trailingCount = /^\s+((?:twice|(?:two|three|four|five|six|\d+)\s+times)(?:\s+in\s+a\s+row)?)\s*$/iu
// Longest first: “wrong” would stop inside “wrongly”.
const wrongly = /^\s+(?:wrongly|wrong|incorrectly)\b(?:\s+again)?/iu
const notRightly = /^\s+(?:correctly|properly)\b(?:\s+again)?/iu
// Things a customer types or picks: the only nouns “check the … and try again” fits.
/** The last word of a thing the customer typed, picked or handed over. */
const inputWords = [
  'pin', 'code', 'codes', 'password', 'passcode', 'passwords', 'number', 'numbers', 'card', 'cards',
  'details', 'detail', 'e-?mail', 'address', 'date', 'postcode', 'zip', 'entry', 'entries', 'input',
  'selection', 'amount', 'value', 'format', 'username', 'name', 'reference', 'voucher', 'coupon', 'ticket',
  'barcode', 'phone', 'iban', 'vat', 'cvv', 'cvc', 'expiry', 'account', 'id', 'answer', 'field', 'fields',
  'file', 'document', 'plate', 'birth', 'form', 'key', 'link', 'promo', 'quantity', 'size', 'login',
  'credentials', 'information', 'info', 'data', 'character', 'characters', 'choice', 'option', 'domain',
  'url', 'pass', 'otp'
]
// Things filled in as a whole: checked, never “didn't match”.
const checkedNotMatched = /\b(?:form|forms|field|fields|application|document|file|details)$/iu
const inputHead = new RegExp(String.raw`\b(?:${inputWords.join('|')})$`, 'iu')
// Things nothing is matched against (a URL typed, a file picked, a name): “didn't match” says nothing; they are checked.
const unmatched = /\b(?:url|urls|link|links|web address|domain|file|files|document|format|name|names|filename|path|size|quantity|amount|value|selection|option|choice)$/iu

export const faultyInput: TemplateFamily = {
  ruleId: 'customer-blame',
  shapes: [
    {shape: 'Invalid <thing> / Wrong <thing>', rewrite: 'Check the <thing> and try again · That <thing> doesn’t look right — check it and try again', example: 'Invalid card numbers.'},
    {shape: '<thing> is invalid', rewrite: 'Check the <thing> and try again · That <thing> doesn’t look right — check it and try again', example: 'The postcode you entered is invalid.'},
    {shape: 'You entered the wrong <thing>', rewrite: 'That <thing> didn’t match. Try again.', example: 'You entered the wrong PIN.'},
    {shape: '… because you entered the wrong <thing>, …', rewrite: '… because that <thing> didn’t match, …', example: 'Your number cannot be moved because you entered the wrong details.'},
    {shape: 'You must enter a valid <thing>', rewrite: 'Enter a <thing>', example: 'You must enter a valid postcode.'},
    {shape: 'Invalid <username> or <password> / The <email> or <password> is incorrect', rewrite: 'That <username> or <password> didn’t match. Try again.', example: 'Invalid username or password.'},
    {shape: 'Invalid <thing>, please try again', rewrite: 'Check the <thing> and try again', example: 'Invalid access code, please try again.'},
    {shape: 'Invalid <thing>: must / cannot …', rewrite: 'The <thing> must / cannot …', example: 'Invalid password: must be at least 8 characters long.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    // What follows, within reach: enough to see a “try again” already there.
    const later = input.text.slice(sentence.end, sentence.end + maximumReach)
    return verdict(input, sentence, later) ?? youEnteredWrong(input, sentence, later) ?? mustEnter(input, sentence) ?? eitherWrong(sentence, later) ?? requirementAfter(input, sentence) ?? []
  }
}

/** Whether `sentence` still says the customer got their input wrong (“you typed a wrong URL”): a next step after it would keep the blame. */
export function saysInputWrong(sentence: string): boolean {
  return youGotWrong.test(sentence)
}

/** “Invalid PIN.” / “The PIN you entered is invalid.” → “Check the PIN and try again.” */
function verdict(input: RewriteInput, sentence: SentenceSpan, later: string): Rewrite[] | undefined {
  const {text} = input
  let thing: Phrase | undefined
  let rest: string
  const first = verdictFirst.exec(sentence.body)
  if (first) {
    thing = phraseAfter(text, sentence.start + first[0].length)
    const after = thing ? text.slice(thing.end, sentence.start + sentence.body.length) : ''
    rest = after.replace(participle, '')
  } else {
    const after = verdictAfter.exec(sentence.body)
    if (!after) return undefined
    thing = phraseJudged(text, sentence.start, sentence.start + after.index)
    // Mid-sentence, only a verdict on the thing (“… is invalid”) is “didn't match”; one on the act (“inserted incorrectly”) is not.
    const onAct = !/^(?:is|are|was|were)\b/iu.test(after[0])
    const before = thing ? text.slice(sentence.start, thing.start).trim() : ''
    // Mid-sentence means after a clause's opening (“…because the card number”); “The error message format is invalid” is one noun.
    // “The email or <password> provided is incorrect”: one of two things, never a clause of its own.
    if (thing && before !== '') return onAct || !clauseOpening.test(before) || coordinated.test(before) ? undefined : clause(input, sentence, thing, sentence.start + after.index + after[0].length)
    rest = sentence.body.slice(after.index + after[0].length)
  }

  // “Invalid code, please try again”: the retry already asked for, in the same sentence.
  // “… You've now locked yourself out.”: no retry to offer, and a check alone would hide why.
  if (lockedOut.test(later)) return undefined
  const retried = retryAfter.test(rest)
  if (retried) rest = ''

  // “The connector's auth code”: a thing's own code, issued to it, not typed by the customer.
  if (!thing || !inputHead.test(thing.words) || /\p{L}['’]s\s/u.test(thing.words) || rest.trim() !== '') return undefined
  const words = commonNouns(filledNoun(thing.words, sentence.body))
  const {that, it, doesnt} = agreement(words)
  // Later copy that already says “try again”, or what to do (“Please make sure …”, “Try “10px””), needs no second one.
  const retry = !retried && /\btry again\b|^\s*(?:please\s+)?(?:try|make sure|enter|use|check)\b/i.test(later) ? '' : ' and try again'
  const replace = (body: string): Rewrite => ({text: `${body}${sentence.close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'})
  // “Please check your input” after it: a second “check” would only repeat it; what was wrong is said, neutrally.
  if (/^\s*(?:please\s+)?(?:make sure|ensure|check)\b/i.test(later)) return [replace(`${that} ${words} ${doesnt} look right`)]
  return [replace(`Check the ${words}${retry}`), replace(`${that} ${words} ${doesnt} look right — check ${it}${retry}`)]
}

/** “Last Name (entered is not valid)”: a field's label in Title Case, common nouns in a sentence (“Check the last name”). */
function commonNouns(words: string): string {
  return /^\p{L}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(words) ? words.toLowerCase() : words
}

/** “You entered the wrong PIN.” → “That PIN didn't match. Try again.”; mid-sentence, the clause alone. */
function youEnteredWrong(input: RewriteInput, sentence: SentenceSpan, later: string): Rewrite[] | undefined {
  const {text} = input
  const match = youGotWrong.exec(sentence.body)
  if (!match) return undefined
  const from = sentence.start + match.index
  const thing = withoutCount(phraseAfter(text, from + match[0].length))
  if (!thing || !(inputHead.test(thing.words) || (match[3] && checkedNotMatched.test(thing.words)))) return undefined
  let end = thing.end
  if (match[2] || match[3]) {
    // “you typed your password incorrectly”, “you didn't enter your CVV correctly”: the verdict follows the thing.
    const verdictWord = (match[3] ? notRightly : wrongly).exec(text.slice(end))
    if (!verdictWord) return undefined
    end += verdictWord[0].length
  }

  const words = filledNoun(thing.words, sentence.body)
  const {that} = agreement(words)
  const bodyEnd = sentence.start + sentence.body.length
  // “You didn't fill in the form correctly”: a form is checked, not matched.
  if (match[3] && checkedNotMatched.test(words)) {
    if (from !== sentence.start || !trailingAgain.test(text.slice(end, bodyEnd))) return undefined
    const retry = /\btry again\b/i.test(later) ? '' : ' and try again'
    return [{text: `Check the ${words}${retry}${sentence.close || '.'}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  }

  if (from === sentence.start && trailingAgain.test(text.slice(end, bodyEnd))) {
    if (unmatched.test(words)) return [{text: `Check the ${words}${/\btry again\b/i.test(later) ? '' : ' and try again'}.`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
    // “… Card blocked.” after it: a retry cannot help, so none is offered.
    const retry = /\btry again\b/i.test(later) || lockedOut.test(later) ? '' : ' Try again.'
    return [{text: `${that} ${words} didn’t match.${retry}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  }

  // “You entered the wrong code three times.” → “That code didn't match three times.”: no retry offered, as a lock-out may follow.
  const count = trailingCount.exec(text.slice(end, bodyEnd))
  if (from === sentence.start && count && !unmatched.test(words)) {
    return [{text: `${that} ${words} didn’t match ${count[1]!.toLowerCase()}.`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  }

  // Mid-sentence, the clause alone, where it ends at a clause break (not “…the wrong PIN too many times”); “that URL didn't match” would be vague.
  if (!clauseBreak.test(text.slice(end, bodyEnd)) || unmatched.test(words)) return undefined

  const opener = opensSentence(text, from) ? that : that.toLowerCase()
  return [inSentence(text, sentence, from, end, `${opener} ${words} didn’t match`)]
}

// A count the phrase ran on into (“code three times”): the thing ends before it.
const countInPhrase = /\s+(?:twice|(?:two|three|four|five|six|\d+)\s+times)$/iu

/** The phrase without a count it ran on into (“the wrong <code three times>” → “code”). */
function withoutCount(thing: Phrase | undefined): Phrase | undefined {
  const count = thing && countInPhrase.exec(thing.words)
  return thing && count ? {...thing, words: thing.words.slice(0, count.index), end: thing.start + count.index} : thing
}

/** The whole sentence with [from, to) replaced: a sentence rewrite, never a range wider than the finding's words. */
function inSentence(text: string, sentence: SentenceSpan, from: number, to: number, replacement: string): Rewrite {
  return {text: `${text.slice(sentence.start, from)}${replacement}${text.slice(to, sentence.end)}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}
}

/** Mid-sentence “because the card details you entered are invalid” → “because those card details didn't match”. */
function clause(input: RewriteInput, sentence: SentenceSpan, thing: Phrase, end: number): Rewrite[] | undefined {
  if (!inputHead.test(thing.words)) return undefined
  const words = filledNoun(thing.words, sentence.body)
  const {that} = agreement(words)
  const opener = opensSentence(input.text, thing.start) ? that : that.toLowerCase()
  return [inSentence(input.text, sentence, thing.start, end, `${opener} ${words} didn’t match`)]
}

/** “Invalid username or password.” → “That username or password didn't match. Try again.” */
function eitherWrong(sentence: SentenceSpan, later: string): Rewrite[] | undefined {
  const match = eitherFirst.exec(sentence.body) ?? eitherAfter.exec(sentence.body)
  if (!match || match[1]!.toLowerCase() === match[2]!.toLowerCase()) return undefined
  const pair = `${match[1]!} or ${match[2]!}`.toLowerCase().replace(/\bpin\b/gu, 'PIN')
  // “… Please check your input.” after it asks already; a second ask would repeat it.
  const asked = /\btry again\b|^\s*(?:please\s+)?(?:make sure|ensure|check|try)\b/iu.test(later)
  return [{text: `That ${pair} didn’t match.${asked ? '' : ' Try again.'}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
}

/** “Invalid password: must contain at least {0} digits.” → “The password must contain at least {0} digits.” */
function requirementAfter(input: RewriteInput, sentence: SentenceSpan): Rewrite[] | undefined {
  const match = requirementLabel.exec(sentence.body)
  if (!match || !inputHead.test(match[1]!)) return undefined
  const words = commonNouns(match[1]!)
  const rule = match[2]!.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase())
  return [inSentence(input.text, sentence, sentence.start, sentence.start + sentence.body.length, `The ${shouts(words) ? words.toLowerCase() : words} ${rule}`)]
}

/** “You must enter a valid email address” → “Enter an email address”. */
function mustEnter(input: RewriteInput, sentence: SentenceSpan): Rewrite[] | undefined {
  const match = mustEnterValid.exec(sentence.body)
  if (!match) return undefined
  const from = sentence.start + match.index
  const thing = phraseAfter(input.text, from + match[0].length)
  if (!thing) return undefined
  const written = input.text.slice(from + match[0].length, thing.end)
  const words = shouts(sentence.body) ? sentenceCase(written, false) : written
  const body = `${match[1]!.toLowerCase()} ${indefiniteArticle(words)} ${words}`
  return [inSentence(input.text, sentence, from, thing.end, opensSentence(input.text, from) ? capitalise(body) : body)]
}
