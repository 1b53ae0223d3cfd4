/**
 * Stepping away, told from the customer's side: keep the promise the text
 * already makes (“back in 10 mins” → “I'll be with you in 10 mins”, “be
 * right back” → “I'll be right with you”) and what the staff member does
 * for this customer; drop what they do for someone else (“— serving
 * another customer”). A hold for the customer's own errand stays with them
 * (“Please hold while I check your record” → “One moment while I check
 * your record”). No time, person or promise the text does not give: where
 * the fix needs one (“Someone else might pick this up”), none.
 */
import {clausesOf} from './clauses.js'
import {keepsContentNouns} from './content-nouns.js'
import {capitalise} from './grammar.js'
import {sentenceAround} from './sentence.js'
import type {Rewrite, TemplateFamily} from './types.js'

// The promise to come back, as the text gives it; `back in <time>` keeps the time.
const time = String.raw`(?:\d+(?:\s*[–-]\s*\d+)?(?:\s*(?:min|mins|minutes|secs?|seconds))?|(?:a|one)\s+(?:sec|second|minute|min|moment|jiffy)|a\s+few\s+(?:minutes|mins|moments)|(?:five|ten|fifteen|twenty|thirty)(?:\s+(?:minutes|mins))?)`
const backIn = new RegExp(String.raw`^(?:i['’]ll\s+|i\s+will\s+)?(?:be\s+)?back\s+(?:with\s+you\s+)?in\s+((?:about\s+|under\s+)?${time})\b`, 'iu')
const rightBack = /^(?:i['’]ll\s+|i\s+will\s+)?(?:be\s+right\s+back(?:\s+with\s+you)?|brb|back\s+in\s+a\s+(?:sec|second|moment|jiffy|bit)|one\s+sec|just\s+a\s+sec|give\s+me\s+a\s+sec|(?:then\s+)?i['’]m\s+all\s+yours|won['’]t\s+be\s+long|back\s+soon)$/iu
// Someone or something else put first: the part of the text a rewrite leaves out.
const elsewhere = new RegExp([
  String.raw`\b(?:another|other|others|someone|someone['’]s|somebody|else|something|lunch|break|coffee|tea|smoke|stockroom|restock\w*|shift|spill|van|meeting|vip|priority|urgent|important|busy|swamped|juggling|pause|paused)\b`,
  String.raw`\b(?:manager|boss|supervisor|colleague|pop\s+out|the\s+back|gone|heading|going|leaving|grab\w*|needs\s+me|walked\s+in)\b`,
  String.raw`\b(?:customers?|clients?|callers?|guests?|patients?|students?|parents?|shoppers?|passengers?|queue|drive-thru|bar|phone|line|chats?|tickets?|colleague|boss|delivery|door|text|shelf|shelves|fridge|display)\b`,
  String.raw`\b(?:call|calls)\b(?!\s+(?:the|your)\b)|\b(?:gotta|got\s+to|have\s+to|need\s+to|must)\b`
].join('|'), 'iu')
// A sentence that still puts the customer off (“I'll get back to your refund later”) is not made whole by a promise.
const deferred = /\b(?:later|get\s+back|come\s+back|pick\s+(?:this|it)\s+up|eventually|when\s+i\s+can|try\s+to|actually)\b|[[\]?]/iu
// An errand that waits on someone's say-so is a permission gate, not an errand for the customer.
const gated = /\b(?:manager|supervisor|team\s+lead\w*|lead|boss|approv\w*|authori[sz]\w*|allowed|go\s+and|find)\b/iu
const otherPeople = /\b(?:another|other|else|someone|somebody|customers?|clients?|callers?|guests?|patients?|students?|parents?|shoppers?|passengers?|queue|behind\s+you|ahead\s+of\s+you)\b/iu
const reader = /\b(?:you|your|yours)\b/iu
const filler = /^(?:sorry|ok|okay|oh|ah|hi|hey|right|actually|quick\s+one|excuse\s+me|apologies|um|so|just|and|hang\s+on|hold\s+on|hold\s+tight|hang\s+tight|bear\s+with\s+me)$/iu
// “Please hold while I …”, “I'm going to put you on hold while I …”: the hold, then what it is for.
const holdWhile = /^(?:(?:sorry|ok|okay|right)[,\s]+)?(?:please\s+(?:hold|wait)|(?:i['’]m\s+(?:just\s+)?going\s+to|i['’]ll(?:\s+just)?|let\s+me)\s+(?:put|pop|place)\s+you\s+on\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+)?hold)(?:\s+for\s+a\s+(?:moment|minute|sec))?\s+while\s+i\s+(.+)$/iu

export const steppingAway: TemplateFamily = {
  ruleId: 'stepping-away',
  shapes: [
    {shape: 'Back in <time> (— <elsewhere>)', rewrite: 'I’ll be with you in <time>', example: 'Back in 10 minutes — helping another customer.'},
    {shape: 'Be right back / brb / one sec (, <elsewhere>)', rewrite: 'I’ll be right with you', example: 'Be right back, serving another customer.'},
    {shape: '… right back, <errand for the customer>', rewrite: 'I’m <errand for the customer> — I’ll be right with you', example: 'Be right back, fetching your new card from the safe.'},
    {shape: 'Please hold while I <errand for the customer>', rewrite: 'One moment while I <errand for the customer>', example: 'Please hold while I check your booking.'},
    {shape: 'Please hold while I <help someone else>', rewrite: 'Please hold', example: 'Please hold while I help another customer.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    // “One sec… actually a few minutes”: a sentence that runs on is not the whole of what was said.
    if (!sentence || input.end > sentence.end || /^\s*\p{Ll}/u.test(input.text.slice(sentence.end))) return []
    const told = heldFor(sentence.body.trim()) ?? promised(sentence.body.trim())
    if (!told) return []
    const text = `${told}${/^[!?]/.test(sentence.close) ? sentence.close.charAt(0) : '.'}`
    const original = input.text.slice(sentence.start, sentence.end)
    if (text === original || !keepsContentNouns(original, text, input.text.slice(input.start, input.end))) return []
    return [{text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} satisfies Rewrite]
  }
}

/** “Please hold while I check your record” → “One moment while I check your record”; “… while I help another customer” → “Please hold”. */
function heldFor(body: string): string | undefined {
  const hold = holdWhile.exec(body)
  if (!hold) return undefined
  const errand = hold[1]!.replace(/\bbe\s+right\s+back(?:\s+with\s+you)?/iu, 'be right with you')
  if (gated.test(errand) || deferred.test(errand)) return undefined
  // “while I check the stockroom for your size” is this customer's errand, wherever it takes the staff member.
  const forReader = reader.test(errand) && !otherPeople.test(errand)
  return forReader || !elsewhere.test(errand) ? `One moment while I ${errand}` : 'Please hold'
}

/**
 * The clauses of a sentence that promises a return: the promise kept (with
 * its time), errands for the customer kept, errands elsewhere dropped.
 */
function promised(body: string): string | undefined {
  if (deferred.test(body)) return undefined
  const parts = errandsOf(body).map((part) => part.replace(/(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+/gu, '').trim()).filter((part) => part !== '')
  let promise: string | undefined
  const kept: string[] = []
  for (const part of parts) {
    const within = backIn.exec(part)
    if (within && !promise && within[0].length === part.length) promise = `I’ll be with you in ${spelledOut(within[1]!)}`
    else if (rightBack.test(part) && !promise) promise = 'I’ll be right with you'
    else if (reader.test(part) && !otherPeople.test(part)) kept.push(asStaffErrand(part))
    else if (!elsewhere.test(part) && !filler.test(part)) kept.push(part)
  }

  if (!promise) return undefined
  return [...kept.map((part, index) => (index === 0 ? capitalise(part) : part)), promise].join(' — ')
}

/** The body's clauses between its marks: one opened by a conjunction stays with the errand before it (“opening your history so I can see the charge”). */
function errandsOf(body: string): string[] {
  const parts: Array<{start: number; end: number}> = []
  for (const clause of clausesOf(body, 0, body.length)) {
    const last = parts.at(-1)
    if (last && clause.joint?.mark === '') last.end = clause.end
    else parts.push({start: clause.start, end: clause.end})
  }

  return parts.map((part) => body.slice(part.start, part.end))
}

/** “10 mins” → “10 minutes”, “10” → “10 minutes”, “a sec” → “a second”: a till-sign's shorthand reads as a brush-off in a sentence. */
function spelledOut(when: string): string {
  const [, qualifier = '', amount = ''] = /^((?:about|under)\s+)?(.*)$/iu.exec(when)!
  const one = /^(?:a|one|1)\b/iu.test(amount)
  const unit = amount.replace(/\bmins?\b/iu, one ? 'minute' : 'minutes').replace(/\bsecs?\b/iu, one ? 'second' : 'seconds')
  return `${qualifier}${/^[\d–-]+$|^(?:five|ten|fifteen|twenty|thirty)$/iu.test(unit) ? `${unit} minutes` : unit}`
}

/** “fetching your card” → “I'm fetching your card”: an errand told without its subject gets one. */
function asStaffErrand(part: string): string {
  return /^(?:just\s+)?\p{Ll}+ing\b/u.test(part) ? `I’m ${part}` : part
}
