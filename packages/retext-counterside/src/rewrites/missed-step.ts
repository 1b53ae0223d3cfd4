/**
 * Blame for a step the customer missed: “You forgot to add a delivery
 * address.”, “You didn't sign the form.” The rewrite says what is needed
 * next: “Add a delivery address to continue.” Only for steps that can still
 * be taken (add, sign, attach…), never for what is past (“You failed to
 * attend your appointment”), and only where the sentence says nothing else.
 */
import {capitalise} from './grammar.js'
import {participleOf} from './verbs.js'
import {phraseAfter} from './noun-phrase.js'
import type {SentenceSpan} from './sentence.js'
import type {Rewrite} from './types.js'

const missed = /^(?:(?:sorry|oops|error|hmm)[,:!]?\s+)?(?:it\s+looks\s+like\s+|looks\s+like\s+)?(?:you|someone|somebody)(?:['’]ve|\s+have)?\s+(?:forgot(?:ten)?\s+to|failed\s+to|didn['’]t|did\s+not|never|neglected\s+to)\s+/iu
// Steps the customer can still take on this screen, with the particle some need (“fill in”).
const steps = [
  'add', 'attach', 'sign', 'select', 'choose', 'pick', 'enter', 'include', 'upload', 'verify', 'confirm', 'tick', 'fill in',
  'fill out', 'complete', 'bag', 'weigh', 'scan', 'insert', 'save', 'accept', 'provide', 'update', 'activate', 'enable', 'link', 'set',
  'set up', 'type', 'answer', 'agree to', 'read and accept', 'tap', 'swipe', 'top up', 'put', 'place', 'approve', 'submit', 'collect'
]
const step = new RegExp(String.raw`^(${steps.join('|')})\s+(?=\S)`, 'iu')
// A question that accuses (“Did you forget to verify your email??”, “Why haven't you signed your contract?!”): the step, asked kindly.
const accusing = /^(?:(?:did|have)\s+you\s+(?:forget(?:ten)?|forgot)\s+to|why\s+(?:didn['’]t|did\s+you\s+not)\s+you)\s+/iu
const accusingDone = /^why\s+(?:haven['’]t\s+you|have\s+you\s+not|hasn['’]t\s+(?:it|this)\s+been)\s+(?:(?:still|yet)\s+)?/iu
// “signed” → “sign”: the steps as “haven't you …” tells them; the particle kept (“filled in”).
const doneStep = new Map(steps.map((base) => {
  const [verb, ...particle] = base.split(' ')
  const done = ({put: 'put', set: 'set', tap: 'tapped', top: 'topped', bag: 'bagged', choose: 'chosen'} as Record<string, string>)[verb!] ?? participleOf(verb!)
  return [[done, ...particle].join(' '), base] as const
}))
const stepDone = new RegExp(String.raw`^(${[...doneStep.keys()].join('|')})\s+(?=\S)`, 'iu')
// What may follow the thing: nothing, “first”, or when it is needed (“before paying”, “before you check out”).
// A place the thing goes (“in the bagging area”) is part of the step; “again” and an emoji are the scolding tone, and go.
const tail = /^(\s+(?:in|into|on)\s+(?:the|your|their)\s+[\p{L}\s-]{1,30}?)?(?:\s+(?:first|yet|again))?(?:\s+(before|when)\s+([^.!?,;]{1,40}?))?(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+)*\s*$/iu
// “…, so we can't fit your new one”: what waits on the step (now, not “couldn't”); never a disclaimer (“… be held responsible”).
const blockedUntil = /^(?:\s+(?:properly|correctly|in\s+full))?\s*,?\s+so\s+(we|I)\s+(?:can['’]t|cannot|can\s+not)\s+(?!be\b|refund|accept\s+liability)([^.!?,;]{3,60})$/iu
// “You didn't insert your card properly”: the same step, once more.
const notRightly = /^\s+(?:correctly|properly)\s*$/iu
const closedAfter = /^\s*[^.!?]{0,40}\b(?:cancell?ed|closed|declined|rejected|refused|expired|failed|ended|removed|voided)\b/iu
// The thing must be the customer's to give (“your receipt”, “a size”), not a person or a time.
const notThings = /^(?:us|me|them|it|in|on|up|out|to|on time|in time)$/iu

// “Did you forget your loyalty card??”: what the customer carries or was given, asked about as a reproach.
const carried = String.raw`(?:card|cards|receipt|ticket|tickets|pass|passport|id|licen[cs]e|voucher|coupon|wallet|bag|bags|key|keys|pin|code|number|glasses|badge|lanyard|reference|confirmation)`
const forgotOwn = new RegExp(String.raw`^(?:(?:oops|hmm|uh-oh)[,!.]*\s+)?did\s+you\s+forget\s+(your\s+(?:[\p{L}-]+\s+){0,2}?${carried})(?:\s+again|\s+today)?$`, 'iu')

/** “Did you forget your receipt??” → “Do you have your receipt?”: the question asked without the reproach. */
function forgotten(sentence: SentenceSpan): Rewrite[] | undefined {
  const asked = forgotOwn.exec(sentence.body)
  return asked ? [{text: `Do you have ${asked[1]!}?`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}] : undefined
}

/** “You forgot to add a delivery address.” → “Add a delivery address to continue.” */
export function missedStep(text: string, sentence: SentenceSpan): Rewrite[] | undefined {
  const asked = /\?/u.test(sentence.close)
  if (asked) {
    const own = forgotten(sentence)
    if (own) return own
  }

  const done = asked ? accusingDone.exec(sentence.body) : null
  const opener = done ?? (asked ? accusing.exec(sentence.body) : null) ?? missed.exec(sentence.body)
  if (!opener) return undefined
  const afterOpener = sentence.body.slice(opener[0].length)
  const told = (done ? stepDone : step).exec(afterOpener)
  // The step in its base form, whichever way the sentence told it (“signed” → “sign”).
  const verb = told && done ? ([told[0], doneStep.get(told[1]!.toLowerCase())!] as const) : told
  if (!verb) return undefined
  const thingAt = sentence.start + opener[0].length + verb[0].length
  const thing = phraseAfter(text, thingAt)
  if (!thing || notThings.test(thing.words)) return undefined
  const after = text.slice(thing.end, sentence.start + sentence.body.length)
  const close = sentence.close === '' || /[!?]/.test(sentence.close) ? '.' : sentence.close
  // “someone forgot to add their code”: the customer told directly.
  const object = text.slice(thingAt, thing.end).replace(/^their\b/iu, 'your')
  if (notRightly.test(after) && !closedAfter.test(text.slice(sentence.end, sentence.end + 80))) {
    return [{text: `${capitalise(verb[1]!.toLowerCase())} ${object} again${close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  }

  // “… Upload it before your first shift.”: the copy after it already asks for the step, and a rewrite would say it twice.
  if (asksAgain(text.slice(sentence.end, sentence.end + 40), verb[1]!)) return undefined
  const where = (rest: RegExpExecArray | null): string => (rest?.[1] ?? '').replace(/\btheir\b/iu, 'your')
  const rest = tail.exec(after)
  const blocked = blockedUntil.exec(after)
  // “… Rental cancelled.”: a step that can no longer lead anywhere is not offered.
  if ((!rest && !blocked) || closedAfter.test(text.slice(sentence.end, sentence.end + 80))) return undefined
  const base = `${asked ? 'Please ' : ''}${(asked ? (word: string) => word : capitalise)(verb[1]!.toLowerCase())} ${object}`
  // “…, so we can't look at your claim”: what the step lets happen, said as its purpose.
  if (blocked) return [{text: `${base} so ${blocked[1]!} can ${blocked[2]!}${close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  // “before paying” says when; without it, the step is what lets the customer go on (asked kindly, it needs no reason).
  const when = rest![2] ? ` ${rest![2].toLowerCase()} ${rest![3]!.trim()}` : asked ? '' : ' to continue'
  return [{text: `${base}${where(rest)}${when}${close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
}

/** Whether the sentence after opens with the same step, or with “Do that”. */
function asksAgain(after: string, step: string): boolean {
  const next = after.trimStart().toLowerCase()
  return next.startsWith(`${step.toLowerCase()} `) || /^(?:please\s+)?do\s+(?:that|this|it|so)\b/u.test(next)
}
