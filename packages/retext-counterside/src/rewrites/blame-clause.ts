/**
 * Clauses that put a dead end down to the customer (“… due to customer
 * error”, “… because you typed it incorrectly”), labels that do the same
 * (“User error: …”, “Your mistake: …”, “… — customer error”) and asides
 * that scold (“As we told you, …”, “…, as usual”). A rewrite that only added
 * a next step would keep the blame: a clause that names what didn't match
 * is told neutrally (the customer-blame template: “because that card number
 * didn't match”), the rest is dropped.
 */
import {capitalise, isPlural} from './grammar.js'
import {faultyInput} from './faulty-input.js'
import {participleOf} from './verbs.js'
import type {WayForward} from './types.js'

const cause = String.raw`(?:due to|because of|caused by|as a result of|owing to)`
const blamedParty = String.raw`${cause}\s+(?:an?\s+|the\s+)?(?:(?:customer|user|client|operator|human|input|cashier|keying|typing)\s+|your\s+(?:own\s+)?)(?:error|mistake|fault)s?`
// “because you typed it incorrectly”, “as you entered the wrong code”: the customer's act, with a verdict on it.
const youDidWrong = String.raw`(?:because|as|since)\s+you(?:['’]ve|\s+have)?\s+[^,;:.!?]*?\b(?:incorrect(?:ly)?|wrong(?:ly)?|invalid|mistake|error|badly)\b[^,;:.!?]*`
// “as usual”, “as you were told”, “as clearly stated”: a reminder that the customer should have known
// (“as our policy states” names the policy, and stays).
const toldBefore = String.raw`as\s+(?:${[
  'usual',
  'always',
  String.raw`you\s+were\s+(?:told|warned|advised)`,
  String.raw`(?:we|I)(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:told\s+you|said|explained|mentioned|stated|warned\s+you)`,
  // “(clearly) stated (before) in our terms”
  String.raw`(?:was\s+)?(?:clearly\s+)?(?:stated|explained|shown|mentioned)(?:\s+(?:clearly|before|twice))?` +
    String.raw`(?:\s+(?:in|on)\s+(?:our|the|your)\s+(?:[\p{L}-]+\s+){0,2}` +
    String.raw`(?:policy|policies|terms|conditions|manual|guide|instructions|website|site|e-?mail|letter|contract|page|faqs?))?`
].join('|')})`
const clause = String.raw`(?:${blamedParty}|${youDidWrong})`
const trailing = new RegExp(String.raw`,?\s+${clause}(?=[,;:.!?]|\s*$)`, 'giu')
const leading = new RegExp(String.raw`^${clause}\s*,\s*`, 'iu')
const any = new RegExp(clause, 'iu')
const asideAfter = new RegExp(String.raw`,?\s+${toldBefore}(?=[,;:.!?]|\s*$)`, 'giu')
// A leading aside runs to its comma: “As we've already explained in our e-mail, …”.
const asideFirst = new RegExp(String.raw`^${toldBefore}\b[^,;:.!?]{0,60}?\s*,\s*`, 'iu')

// “User error:”, “Customer mistake —”, “Your fault:”: a label that names the customer as the cause.
const blamer = String.raw`(?:(?:user|customer|client|operator|driver|cardholder|human|input|keying|typing)\s+(?:error|mistake|fault)|your\s+(?:own\s+)?(?:mistake|fault|error))`
const labelFirst = new RegExp(String.raw`^(?:(?:that['’]s|this\s+is|it['’]s)\s+)?${blamer}(?:\s*[:—–-]\s*|\s*,\s+not\s+ours\s*[:—–-]\s*)(?=\S)`, 'iu')
// After a dash or in brackets only: after a colon (“Root cause: user error”) the label is the whole statement.
const labelLast = new RegExp(String.raw`\s*(?:[—–-]\s*${blamer}|\(\s*${blamer}\s*\))(?=\s*[.!?]*\s*$)`, 'iu')
// “…, as usual, so …”: the aside between commas goes, one comma stays before a conjunction.
const asideBetween = new RegExp(String.raw`,\s+${toldBefore}\s*,\s*(?=(and|but|so|then)\b|)`, 'giu')
// “swipe again properly”: the verdict on how the customer did it the first time.
const againProperly = /(\bagain)\s+(?:correctly|properly)\b/giu
// “Please actually restart it this time”, “Next time, please check”: the request, without the reproach.
const actually = /\b(please|make sure you|sure you|do)\s+actually\s+/giu
const thisTime = /^((?:please|now)\b[^.!?]*?)\s+(?:this time|properly next time|next time)(?=\s*(?:[,.!?]|$))/iu
const nextTimeFirst = /^(?:(?:and\s+)?next time|in future|in the future|for future reference)\s*,?\s+(?=please\b)/iu
// “Next time, maybe double-check the time before you set off?”: the advice, without the hindsight and the hedge.
const nextTimeMaybe = /^(?:(?:and\s+)?next time|in future|in the future)\s*,?\s+(?:(?:maybe|perhaps|just|try to)\s+)?(?=(?:double-check|check|read|bring|remember to|make sure)\s+(?:the|your|that|you)\b)/iu
// “Looks like someone didn't read the size chart 😅”: what was not read, to check.
const notRead = /^(?:(?:hmm+|oops|uh-oh|ah)[,.!]*\s+)?(?:it\s+)?looks\s+like\s+(?:someone|somebody|you)\s+(?:didn['’]t|did\s+not|never)\s+(?:read|check(?:ed)?|look\s+at)\s+(?=(?:the|our)\s+[\p{L}\p{N}'’ -]{1,40}(?:\s*(?:\p{Extended_Pictographic}|\ufe0f))*[.!]*$)/iu
// “Please stop guessing and check your statement”: the request, without the reproach before it.
const stopAnd = /^((?:please\s+)?)stop\s+\p{L}+ing\b(?:\s+(?:it|them|the\s+\p{L}+|your\s+\p{L}+))?\s+and\s+(?=\p{L})/iu
const trailingEmoji = /(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f))+(?=\s*[.!?]*$)/gu

// Steps a cause may say the customer missed, told in the passive once the blame goes (“because the form wasn't signed”).
const missable = [
  'confirm', 'include', 'remove', 'return', 'sign', 'attach', 'enter', 'select', 'update', 'upload', 'tick', 'complete', 'pay', 'send',
  'fit', 'follow', 'provide', 'submit', 'renew', 'cancel', 'book', 'activate', 'verify', 'register', 'collect', 'charge', 'add', 'scan'
]
// A part of a form named by its number (“page 4”, “box 12b”): the thing itself, with no determiner.
const numbered = String.raw`(?:page|section|box|step|part|question|line)\s+\d{1,3}[a-z]?`
const youMissed = new RegExp(
  String.raw`\b(because|since|as)\s+you(?:\s+(?:didn['’]t|did\s+not|failed\s+to|forgot\s+to|neglected\s+to|never))\s+(${missable.join('|')})\s+((?:the|your)\s+[^,;:.!?]{1,40}?|${numbered})(?=\s*(?:[,;:.!?—–]|$|\s(?:before|in\s+time|on\s+time|by\s+the)\b))`,
  'giu'
)
// “because you never removed the strips”: the same step, told in its past.
const youNever = new RegExp(
  String.raw`\b(because|since|as)\s+you\s+never\s+(${missable.map(participleOf).join('|')})\s+((?:the|your)\s+[^,;:.!?]{1,40}?)(?=\s*(?:[,;:.!?—–]|$))`,
  'giu'
)
const howDone = /\b(?:correctly|properly|right|wrong|wrongly|incorrectly|in full)\b/iu
// “because you didn't have enough funds”: what was missing, not who.
const youLacked = /\b(because|since|as)\s+you\s+(?:didn['’]t|did\s+not)\s+(?:have|keep)\s+enough\s+([^,;:.!?]{1,40}?)(?=\s*(?:[,;:.!?—–]|$))/giu
// “because you let your card expire”: what happened to it.
const youLet = /\b(because|since|as)\s+you\s+let\s+((?:the|your)\s+[^,;:.!?]{1,30}?)\s+(expire|lapse)\b/giu

// “because you didn't submit a reading”: none of it came, told as that (“because no reading was submitted”).
const youMissedAny = new RegExp(
  String.raw`\b(because|since|as)\s+you\s+(?:didn['’]t|did\s+not|failed\s+to|forgot\s+to|neglected\s+to|never)\s+(${missable.join('|')})\s+(?:an?|any)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(?=\s*(?:[,;:.!?—–]|$))`,
  'giu'
)
// “because you weren't home”: nobody was in, told without naming who.
const youAway = /\b(because|since|as)\s+you\s+(?:weren['’]t|were\s+not)\s+(home|in|at\s+home|there|around|available)(?=\s*(?:[,;:.!?—–]|$))/giu
// “because you gave us an incomplete address”: what was wrong with the thing, not who gave it.
const flawed = 'incomplete|expired|outdated|out-of-date|blurry|blurred|unreadable|illegible|partial|damaged|unsigned|empty|blank'
const youGaveFlawed = new RegExp(
  String.raw`\b(because|since|as)\s+you(?:['’]ve|\s+have)?\s+(?:gave\s+us|gave|given\s+us|submitted|uploaded|sent\s+us|sent|provided|supplied)\s+(?:an?|the)\s+(${flawed})\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(?=\s*(?:[,;:.!?—–]|$))`,
  'giu'
)

// “you missed the 14-day cancellation window”: a time that has passed, told as that.
const youMissedTime = /\b(?:(because|since|as)\s+)?you\s+missed\s+((?:the|your)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:deadline|window|cut-?off|closing\s+date|time\s+limit))\b/giu

/**
 * A cause that names the customer as the one who missed a step, told as
 * what was missed: “because you didn't confirm the reminder text” →
 * “because the reminder text wasn't confirmed”.
 */
export function causeTold(sentence: string): string {
  // The head of “the parking rules shown in the app” is “rules”: the phrase ends at a preposition, a participle or a relative.
  const was = (thing: string): string => (isPlural(thing.split(/\s+(?:in|on|at|for|from|of|with|we|you|that|which|\p{L}+(?:ed|wn))\b/u)[0]!) ? 'were' : 'was')
  return sentence
    .replace(youMissed, (whole: string, conjunction: string, verb: string, thing: string) =>
      // “didn't enter your CVV correctly” is a verdict on the input: the faulty-input rewrites tell that one.
      (howDone.test(thing) ? whole : `${conjunction} ${thing} ${was(thing)}n’t ${participleOf(verb.toLowerCase())}`))
    .replace(youNever, (_, conjunction: string, done: string, thing: string) => `${conjunction} ${thing} ${was(thing)} never ${done.toLowerCase()}`)
    .replace(youMissedAny, (_, conjunction: string, verb: string, thing: string) => `${conjunction} no ${thing} ${was(thing)} ${participleOf(verb.toLowerCase())}`)
    .replace(youAway, (_, conjunction: string, where: string) => `${conjunction} no one was ${where.toLowerCase()}`)
    .replace(youGaveFlawed, (_, conjunction: string, flaw: string, thing: string) => `${conjunction} the ${thing} ${was(thing)} ${flaw.toLowerCase()}`)
    .replace(youLacked, (_, conjunction: string, thing: string) => `${conjunction} there ${was(thing)}n’t enough ${thing}`)
    .replace(youLet, (_, conjunction: string, thing: string, verb: string) => `${conjunction} ${thing} ${verb.toLowerCase()}d`)
    .replace(youMissedTime, (_, conjunction: string | undefined, time: string, at: number) =>
      conjunction ? `${conjunction} ${time} had passed` : `${at === 0 ? capitalise(time) : time.replace(/^Your\b/u, 'your')} has passed`)
}

/**
 * `sentence` without a label or aside that blames the customer; the same
 * text when it has none. What the label stood in front of is kept:
 * “Your mistake: promo codes are case-sensitive.” → “Promo codes are case-sensitive.”
 */
export function withoutBlameWords(sentence: string): string {
  let rest = sentence.replace(labelFirst, '')
  if (rest !== sentence) rest = capitalise(rest)
  rest = rest.replace(labelLast, '').replace(againProperly, '$1').replace(actually, '$1 ')
  const asked = rest.replace(nextTimeFirst, '')
  if (asked !== rest) rest = capitalise(asked)
  rest = advised(rest)
  rest = rest.replace(thisTime, '$1')
  const opened = rest.replace(asideFirst, '')
  // “As explained in your contract, which you signed, …”: the aside's comma was not the end of it.
  if (opened !== rest && !/^(?:which|who|that)\b/iu.test(opened)) rest = capitalise(opened)
  return rest.replace(asideBetween, (_, conjunction?: string) => (conjunction ? ', ' : ' ')).replace(asideAfter, '')
}

/** The advice left in hindsight, a snide “looks like” or a reproach (“Please stop guessing and …”), told plainly; the same text when none. */
function advised(sentence: string): string {
  const told = sentence.replace(nextTimeMaybe, '').replace(notRead, 'Please check ').replace(stopAnd, '$1')
  // “… bring the right card, yeah?”: the hint stays in “right” and the tag; nothing plain to tell.
  if (told === sentence || /\b(?:right|correct|proper)\b|,\s*(?:yeah|ok|okay|right|alright|yes)\s*[?.!]*$/iu.test(told)) return sentence
  // What was asked is not a question any more (“… before you set off?”), and the wink went with the hindsight.
  const calm = told.replace(/\s*\?+$/u, '.')
  const unwinked = calm.replace(trailingEmoji, '')
  return capitalise(unwinked === calm ? calm : unwinked.replace(/([^.!?])$/u, '$1.'))
}

/** Whether `sentence` puts an outcome down to the customer in a clause (“… due to user error”, “… because you typed it wrong”). */
export function namesBlamedCause(sentence: string): boolean {
  return any.test(sentence)
}

/** `sentence` without blame for the customer, what didn't match told neutrally; unchanged when it carries none. */
export function withoutBlame(sentence: string, way: WayForward): string {
  const plain = causeTold(withoutBlameWords(sentence))
  const [neutral] = faultyInput.rewrite({ruleId: faultyInput.ruleId, text: plain, start: 0, end: plain.length, way})
  if (neutral && neutral.offset === 0 && neutral.endOffset === plain.length && !any.test(neutral.text)) return neutral.text
  const opened = plain.replace(leading, '')
  const rest = opened === plain ? plain : capitalise(opened)
  return rest.replace(trailing, '')
}
