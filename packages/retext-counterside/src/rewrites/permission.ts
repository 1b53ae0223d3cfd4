/**
 * Permission gates: “Please wait for manager approval (before we finish
 * your return)” → “A team member will finish your return for you”. What
 * the customer gets, not who must allow it.
 */
import {capitalise, isPlural, lowerFirst} from './grammar.js'
import {keepsContentNouns} from './content-nouns.js'
import {phraseAfter} from './noun-phrase.js'
import {sentenceAround} from './sentence.js'
import {baseOf} from './verbs.js'
import type {Rewrite, TemplateFamily} from './types.js'

// Whose sign-off the sentence waits on: never the thing to finish (“your branch manager”).
const authorityWords = [
  'manager', 'supervisor', 'lead', 'leader', 'head', 'office', 'director', 'committee', 'board', 'panel',
  'department', 'team', 'boss', 'owner', 'officer', 'agent', 'colleague', 'staff', 'underwriter', 'adjuster',
  'approver', 'keyholder', 'administrator', 'admin', 'hq', 'gm', 'corporate', 'compliance', 'finance',
  'legal', 'ops', 'control', 'ok', 'okay', 'approval', 'sign-off', 'authori[sz]ation', 'permission'
]
const authority = new RegExp(String.raw`\b(?:${authorityWords.join('|')})(?:s|['’]s)?\b`, 'i')
const thingOpeners = /\b(?:your|this|the)\s+/giu
// “I can't <change> <your seat> myself”: the verb the staff member could not do, and its object.
const blockedAction = /\b(?:to|can['’]t|cannot|can not|before (?:we|i)(?: can)?)\s+(\p{Ll}{2,}|green-light)(?:\s+(?:off\s+on|off|on|through))?\s+(?:you\s+)?(?=(?:your|that|this|the|these|those)\s)/giu
const vagueVerbs = new Set(['be', 'get', 'have', 'say', 'see', 'check', 'ask', 'let', 'make', 'help', 'tell', 'wait', 'go', 'run', 'put', 'take', 'give', 'need', 'keep', 'hold'])
// “<Price override> pending supervisor sign-off”, “<Refunds> need a manager's approval”: the subject, waiting.
// The pieces in order: the wait, whose, who, and what they would give.
const approver = String.raw`(?:manager|supervisor|team lead|team leader|shift lead|keyholder)(?:['’]s)?`
const approval = String.raw`(?:approval|authori[sz]ation|sign-off|override|ok|okay|key|code)`
const onlyWaiting = new RegExp([
  // “Waiting for manager approval”, and a till's status: “Awaiting supervisor override”, “Pending manager approval”.
  String.raw`^(?:please\s+)?(?:(?:wait(?:ing)?|hold on|hang on|bear with us)(?:\s+here)?\s+(?:for|while|until|on)|awaiting|pending)\s+`,
  String.raw`(?:a|an|the|your|my)?\s*(?:[\p{L}-]+\s+){0,2}`,
  approver,
  String.raw`(?:\s+(?:${approval}|to approve(?: this| it)?))?$`,
  // “Manager override required”, “Please wait — supervisor key required”.
  String.raw`|^(?:please\s+wait\s*[—–,-]\s*)?(?:an?\s+)?(?:[\p{L}-]+\s+)?${approver}\s+${approval}\s+(?:is\s+)?(?:required|needed)$`,
  // “We can't continue until head office signs off”: nothing but the wait, told by the one who waits.
  String.raw`|^(?:sorry,?\s+)?(?:we|i)\s+(?:can['’]t|cannot|can\s+not)\s+(?:continue|proceed|go\s+ahead|finish\s+this|complete\s+this)\s+(?:until|without)\s+`,
  String.raw`(?:(?:the|our|my|a)\s+)?(?:[\p{L}-]+\s+)?(?:${approver}|head\s+office|office|boss)`,
  String.raw`(?:\s+(?:signs?\s+(?:it\s+|this\s+)?off|approves?(?:\s+(?:it|this))?|says?\s+(?:yes|ok|so)|${approval}|go-ahead))?$`
].join(''), 'iu')
// The sign-off given on the customer's errand (“manager approval of your refund”, “sign-off on this exchange”).
const approvalOf = new RegExp(String.raw`\b${approval}s?\s+(?:of|on)\s+$`, 'iu')
const waits = /^\s*(?:(?:status|blocked|on hold|held)\s*[:—–-]?\s*)?(?:requires?|needs?|pending|awaiting|waiting|has to|have to|must|go(?:es)? to|locked|required|[:—–-])/iu
// The customer's errands: what a team member can finish for them. Anything else the sentence names
// (“the discretion of”, “up the chain”, “the till”, “the pharmacist”) is not theirs.
const errandWords = [
  'refund', 'return', 'exchange', 'order', 'change', 'cancellation', 'discount', 'match', 'price-match', 'price-matching', 'booking', 'override',
  'waiver', 'voucher', 'tariff', 'upgrade', 'downgrade', 'transfer', 'payment', 'purchase', 'reservation', 'appointment', 'redemption',
  'credit', 'adjustment', 'repair', 'replacement', 'deletion', 'top-up', 'switch', 'pause', 'swap', 'reissue', 'release', 'void', 'sale',
  'unlock', 'freeze', 'pass', 'quote', 'trade-in', 'checkout', 'unblock', 'reactivation', 'reversal', 'extension', 'increase', 'correction',
  'gesture', 'permit', 'sign-up', 'registration', 'enrolment', 'enrollment', 'points', 'fee'
]
// Errands that wait on a decision: looked into, not finished.
const decisionWords = ['request', 'claim', 'complaint', 'application', 'appeal', 'case', 'enquiry', 'inquiry', 'query', 'dispute']
const errand = new RegExp(String.raw`\b(?:${errandWords.join('|')})(?:e?s)?$`, 'iu')
const decision = new RegExp(String.raw`\b(?:${decisionWords.join('|')})s?$`, 'iu')
// A policy that may say no (“at the discretion of”, “subject to”): promising to finish it would invent a yes.
const mayRefuse = /\b(?:at the discretion of|subject to|may be refused|(?:may|might|could) (?:refuse|decline|say no|reject)|if (?:they|he|she|it) approves?|whether)\b/iu
// The staff member's verbs that are the gate itself: told as finishing the errand.
const gateVerbs = new Set(['approve', 'authorise', 'authorize', 'sign', 'clear', 'ok', 'okay', 'countersign', 'green-light', 'release'])
// Verbs that give the customer something: “offer you this discount”.
const givingVerbs = new Set(['offer', 'give', 'send', 'show'])
const qualifier = /^\s+(?:to\s+\p{Ll}{3,}|(?:over|under|above|below|of more than|outside|from)\s+[^\s,;:.!?]+(?:\s+(?:days|weeks|items?))?)(?=\s)/u
const gatedPassive = /^\s+(?:can\s+only|must|has\s+to|have\s+to|needs?\s+to|will\s+need\s+to)\s+be\s+(\p{Ll}{3,}(?:ed|d))\s+by\b/u
// “Allow 10–14 working days.”: when, said right after the gate.
const span = String.raw`(?:up\s+to\s+)?\d+(?:\s*[–-]\s*\d+)?\s+(?:working\s+|business\s+)?(?:days?|weeks?|hours?|minutes?)`
const allowTime = new RegExp(String.raw`^\s*(?:please\s+)?allow\s+(${span})(?:\s+for\s+(?:a|their|our|the)\s+(?:decision|answer|reply))?\s*(?:[.!]|$)(?=\s|$)`, 'iu')
// “(3–5 days)”, “within 2 hours”: when, said in the sentence itself, is kept.
const withinTime = new RegExp(String.raw`\b(?:within\s+|in\s+)?(${span})\b`, 'iu')
// When the wait ends, or who is away, said in words a rewrite would drop (“she's in tomorrow”, “meets quarterly”).
const saysWhen = /\b(?:quarterly|monthly|weekly|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|wed|thu|fri|sat|sun)\b|next week|once a (?:month|week)|in meetings|not in|off today|behind)\b/iu
// Who the gate waits on, named (“the Ground Ops team”, “our Head of Finance”, “the area manager”): their nouns go with the gate.
const bodies = ['manager', 'supervisor', 'lead', 'leader', 'head', 'office', 'director', 'committee', 'board', 'panel', 'department', 'team', 'boss', 'owner', 'officer', 'underwriter', 'adjuster', 'approver', 'keyholder', 'administrator', 'chef', 'pharmacist', 'stylist']
// Either case at the start (“Head of Finance”, “the head chef”), so the capitalised words before it are read as its name.
const body = String.raw`(?:${bodies.map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`).join('|')})s?`
const namedAuthority = new RegExp(String.raw`\b(?:(?:the|our|my|a|an|your)\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){0,3}(?:[\p{Ll}-]+\s+)?${body}(?:\s+of\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?\b`, 'gu')
// A status line after the gate that the rewrite makes idle (“Unable to proceed.”, “Please wait.”): it goes with it.
// So does a wait for the same sign-off (“Please wait for their decision.”); where to wait (“at the till”) stays.
const idleAfter = new RegExp(
  [
    String.raw`^\s*(?:unable\s+to\s+(?:proceed|continue)|cannot\s+(?:proceed|continue)|please\s+(?:wait|hold)(?:\s+(?:`,
    String.raw`for\s+(?:a|the|their|his|her)\s+(?:decision|supervisor|manager|approval|authori[sz]ation|answer)`,
    String.raw`|for\s+authori[sz]ation`,
    String.raw`|to\s+hear\s+back`,
    String.raw`|while\s+we\s+(?:locate|find|fetch)\s+(?:a|the)\s+(?:manager|supervisor)`,
    String.raw`))?)\s*(?:[.!…]+(?=\s|$)|$)`
  ].join(''),
  'iu'
)
// A greeting that opens the sentence (“Dear Mr Patel, your complaint…”) stays in front of the rewrite.
const greetingLead = /^(?:dear|hi|hello)\s+[^,]{1,40},\s*/iu
// “sign this off”: a particle, not a thing.
const particles = /^(?:off|up|out|over|through|back|on|in)$/iu

export const permission: TemplateFamily = {
  ruleId: 'permission-gate',
  shapes: [
    {shape: 'Please wait for (manager|supervisor) approval', rewrite: 'A team member will finish this for you', example: 'Please wait for manager approval.'},
    {shape: 'a status: Awaiting (supervisor) override / (Manager) approval required', rewrite: 'A team member will finish this for you', example: 'Awaiting supervisor override.'},
    {shape: 'Any <refund> over <£20> has to go through (the manager)', rewrite: 'A team member will handle any <refund> over <£20> for you', example: 'Any refund over £20 has to go through the manager.'},
    {shape: '… your <thing> … (manager|supervisor|head office) approval …', rewrite: 'A team member will finish your <thing> for you', example: 'Your refund needs manager approval.'},
    {shape: 'Please wait for (manager) approval of your <thing>', rewrite: 'A team member will finish your <thing> for you', example: 'Please wait for supervisor approval of your exchange.'},
    {shape: 'the same, online or by phone', rewrite: 'We’ll finish <thing> for you', example: 'This exchange requires supervisor approval.'},
    {shape: '… your <request|claim|complaint> … (head office|department) …', rewrite: 'A team member will look into your <thing> for you', example: 'Your claim has been passed to head office for sign-off.'},
    {shape: '<Refunds> over <£50> need (manager) approval', rewrite: 'A team member will handle <refunds> over <£50> for you', example: 'Refunds over £50 need supervisor approval.'},
    {shape: 'I can’t <change> <your seat> without (manager) approval', rewrite: 'A team member will <change> <your seat> for you', example: 'I can’t change your seat without my manager’s OK.'},
    {shape: '… (manager) approval … Allow <10–14 working days> / (<3–5 days>)', rewrite: 'You’ll hear from us about <your thing> within <10–14 working days>', example: 'Your refund has gone to head office for approval. Allow 10–14 working days.'},
    {shape: '<Errand> status: pending (manager) sign-off / <Errand> blocked: requires … (Unable to proceed.)', rewrite: 'A team member will finish your <errand> for you.', example: 'Exchange status: pending store manager sign-off'},
    {shape: 'We can’t continue until (the duty manager) signs off', rewrite: 'A team member will finish this for you.', example: 'We can’t continue until the duty manager signs off.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    const to = sentence.start + sentence.body.length
    // A sentence cut inside a bracket (“call supervisor (ext. 204)”) is half a sentence.
    const cutInBracket = (sentence.body.match(/\(/gu)?.length ?? 0) !== (sentence.body.match(/\)/gu)?.length ?? 0)
    if (cutInBracket || mayRefuse.test(sentence.body) || saysWhen.test(sentence.body)) return []
    const action = actionOf(input.text, sentence.start, to) ?? objectOf(input.text, sentence.start, to)
    if (!action) return []
    const {verb, object} = action
    const who = input.way.channel === 'online' || input.way.channel === 'phone' ? 'We’ll' : 'A team member will'
    const ask = input.way.contact ? ` Questions? ${capitalise(input.way.contact)}.` : ''
    // A status's trailing dots (“Waiting for supervisor…”) are a wait, which the rewrite no longer tells.
    const close = sentence.close === '' || /[?…]/.test(sentence.close) ? '.' : sentence.close.replace(/[!]+/, '.')
    const inSentence = withinTime.exec(sentence.body)
    const within = inSentence ? ` within ${inSentence[1]!.replace(/\s*[–-]\s*/u, '–')}` : ''
    const head = object.replace(/\s+to\s+\p{Ll}+$/u, '')
    const theirs = (errand.test(head) || decision.test(head)) && /^(?:your|this|these)\s/u.test(object)
    // “(3–5 days)”: the time is the wait for a decision, told as when they will hear.
    const done = givingVerbs.has(verb) ? `${who} ${verb} you ${object}${within}` : within && theirs ? `You’ll hear from us about ${object}${within}` : `${who} ${verb} ${object} for you`
    const greeting = greetingLead.exec(sentence.body)?.[0] ?? ''
    const opened = greeting ? `${greeting}${done.charAt(0).toLowerCase()}${done.slice(1)}` : done
    const rewrites: Rewrite[] = [{text: `${opened}${close}${ask}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
    // “… must be approved by head office. Allow 10–14 working days.”: what happens, and when, in one sentence.
    const idle = idleAfter.exec(input.text.slice(sentence.end))
    if (idle) rewrites[0] = {...rewrites[0]!, endOffset: sentence.end + idle[0].length}
    const when = allowTime.exec(input.text.slice(sentence.end))
    if (when && !within && theirs) {
      const end = sentence.end + when[0].length
      rewrites.unshift({text: `You’ll hear from us about ${object} within ${when[1]!.replace(/\s*[–-]\s*/u, '–')}.${ask}`, offset: sentence.start, endOffset: end, scope: 'sentence'})
    }

    // A sentence that says more than the wait (“…before your booking can be changed”) would lose it.
    // The authority named, and a status line's own word (“Refund status: pending …”), go with the gate.
    const named = [...(sentence.body.match(namedAuthority) ?? []), ...(/\bstatus\s*:/iu.test(sentence.body) ? ['status'] : [])]
    const flagged = [input.text.slice(input.start, input.end), ...named].join(' ')
    return rewrites.filter((rewrite) => keepsContentNouns(input.text.slice(rewrite.offset, rewrite.endOffset), rewrite.text, flagged))
  }
}

/** “I can't change your seat myself” → change, your seat; a gate verb (“to approve this refund”) → finish. */
function actionOf(text: string, from: number, to: number): {verb: string; object: string} | undefined {
  const body = text.slice(from, to)
  for (const match of body.matchAll(blockedAction)) {
    // “Your request to bring your dog”: what the customer asked for, not what staff could not do.
    if (/\b(?:request|application|permission|approval|right|ability)\s+$/iu.test(body.slice(0, match.index))) continue
    const verb = match[1]!.toLowerCase()
    const phrase = phraseAfter(text, from + match.index + match[0].length)
    if (vagueVerbs.has(verb) || !phrase || phrase.end > to || authority.test(phrase.words) || particles.test(phrase.words)) continue
    const theirs = phrase.determiner === 'your' || errand.test(phrase.words) || decision.test(phrase.words)
    // “unlock the till”: the store's thing keeps its own determiner.
    const object = theirs ? `${ownerOf(phrase.determiner)} ${lowerFirst(phrase.words)}` : `${phrase.determiner || 'the'} ${lowerFirst(phrase.words)}`
    return {verb: gateVerbs.has(verb) ? 'finish' : verb, object}
  }

  return undefined
}

/**
 * “your return”, “this exchange”, “Price override (pending…)”: the
 * customer's errand the sentence is about; “this” only where the sentence is
 * nothing but the wait (“Please wait for manager approval”), else nothing:
 * a sentence with more in it would lose it.
 */
function objectOf(text: string, from: number, to: number): {verb: string; object: string} | undefined {
  const finish = (words: string, determiner: string) => ({verb: decision.test(words) ? 'look into' : 'finish', object: `${ownerOf(determiner)} ${lowerFirst(words)}`})
  const isErrand = (words: string): boolean => errand.test(words) || decision.test(words)
  // “Any refund over $20 (has to go through …)”: every one of a kind, told as such.
  const any = /^any\s+/iu.exec(text.slice(from, to))?.[0] ?? ''
  const subject = phraseAfter(text, from + any.length)
  // “Your request to cancel (requires …)”: what the request is for belongs to it.
  // “Refunds over £50 (require …)”: which ones, too.
  const purpose = subject ? qualifier.exec(text.slice(subject.end, to))?.[0] ?? '' : ''
  // “Refund status: pending …”: a status line names its errand.
  const errandWords = subject?.words.replace(/\s+status$/iu, '')
  if (subject && errandWords && !authority.test(errandWords) && isErrand(errandWords) && waits.test(text.slice(subject.end + purpose.length, to))) {
    const {verb, object} = finish(errandWords, subject.determiner)
    // A kind of errand, not this customer's (“Refunds over £50”): no “your”.
    const kind = any ? `any ${lowerFirst(subject.words)}` : subject.determiner === '' && isPlural(subject.words) ? lowerFirst(subject.words) : undefined
    return {verb: kind ? 'handle' : verb, object: `${kind ?? object}${purpose}`}
  }

  // “Your late fee can only be waived by the manager”: the staff member's verb, told in the active.
  const passive = subject ? gatedPassive.exec(text.slice(subject.end, to)) : null
  const base = passive && baseOf(passive[1]!)
  if (subject && base && (subject.determiner === 'your' || isErrand(subject.words)) && !authority.test(subject.words)) {
    return {verb: gateVerbs.has(base) ? 'finish' : base, object: `${ownerOf(subject.determiner)} ${lowerFirst(subject.words)}`}
  }

  const body = text.slice(from, to)
  for (const match of body.matchAll(thingOpeners)) {
    // “changes to your order”: the errand is the changes, not the order; “approval of your voucher”: the voucher.
    const before = body.slice(0, match.index)
    if (/\b(?:to|of|on)\s+$/iu.test(before) && !approvalOf.test(before)) continue
    const phrase = phraseAfter(text, from + match.index)
    if (!phrase || phrase.end > to || authority.test(phrase.words) || !isErrand(phrase.words)) continue
    // “Your request to move tables (has been sent …)”: the errand without what it is for would lose it.
    if (/^\s+to\s+\p{Ll}/u.test(text.slice(phrase.end, to))) continue
    return finish(phrase.words, phrase.determiner)
  }

  return onlyWaiting.test(text.slice(from, to)) ? {verb: 'finish', object: 'this'} : undefined
}

/** The customer's thing is “your …”; “this” and “these” point at it as they did. */
function ownerOf(determiner: string): string {
  return determiner === 'this' || determiner === 'these' ? determiner : 'your'
}
