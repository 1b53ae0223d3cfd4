/**
 * The seller's reason tacked onto a request or a fact (“Please use the
 * kiosk, as it saves us time”, “To make life easier for our team, please
 * call before 2 pm”): dropped, the customer's part kept. A reason that
 * tells the customer something they need (why their data is asked for, a
 * safety or legal ground) is kept: it is not the seller's convenience.
 */

import {clausesOf, type Clause} from './clauses.js'

// Where a reason starts, read from the one clause segmentation (`clauses.ts`): a cause (“because”, “since we…”,
// “as it…”), a consequence (“, so”, “so we…”, “so that”), “while we…”, a dash, or a comma before a clause about “it”.
const causeAfter: Readonly<Record<string, RegExp>> = {
  because: /^/u,
  // After “since”, what it says decides (“since calls disrupt our workflow”); a date (“since 2019”) is none.
  since: /^(?!\d)/u,
  as: /^(?:it|this|that|we|our)\b/iu,
  while: /^(?:we|our)\b/iu
}
const soAfter = /^(?:we|our|it|that)\b/iu
// “…, it saves us time”, “…, counting cash is a pain for us”: a clause about the request, after a comma.
const aboutIt = /^(?:it|this|that|\p{Ll}+ing\s+(?:\p{Ll}+\s+){0,4}(?:is|are|takes|costs|slows|makes)\b)/iu
const whichIsWhy = /^which\s+is\s+why\b/iu
// A hedge before a cause (“…, mostly because…”): the reason starts at the mark before it.
const hedge = /(?:\s*[,;]|\s+[—–-])?\s+(?:mostly|mainly|partly|just|simply|only)$/iu

const firstPerson = /\b(?:we|us|our|ours|ourselves|we['’](?:re|ve|d|ll))\b/giu
const secondPerson = /\b(?:you|your|yours|yourself|you['’](?:re|ve|d|ll))\b/giu
// “call us”, “with us”: the customer reaching the seller, not the seller's side.
const reachUs = /\b(?:call|contact|email|e-mail|message|text|tell|ask|visit|join|with|from|to)\s+us\b/giu
// What makes a reason the seller's: its ease, wants, numbers or costs, not a change the customer needs to hear of (“as our menu has changed”).
const sellersGain = new RegExp([
  String.raw`\b(?:easier|simpler|quicker|faster|smoother|tidy|tidier|accurate|convenien\w*|saves?|costs?|cheap\w*|profit\w*|efficien\w*|prioriti[sz]\w*|prou\w+|busy|paid|auditors|accountants|insurers)\b`,
  String.raw`\bhelps?\s+us\b|\bso\s+(?:we\s+can|our)\b|\bwe\s+(?:want|wanted|need|prefer|like|rely|find)\b|\bwe['’]d\s+rather\b|\b(?:don['’]t|do\s+not)\s+like\b|\blike\s+us\b|\btrying\s+to\b|\bthat['’]s\s+how\s+we\b|\bhow\s+we\s+(?:plan|work|like)\b`,
  String.raw`\bour\s+(?:[\p{L}'’-]+\s+)?(?:` +
    String.raw`targets?|numbers|records|books|margins?|revenue|bonus|scores?|plans?|planning|growth|reporting|accounting|workflow|schedule|` +
    String.raw`team|staff|drivers|kitchen|lives|life|day|job|audit|figures|ranking|brand|reputation|obligations|deadlines|goals|time|business|` +
    String.raw`bottom\s+line|costs?)\b`,
  String.raw`\bfewer\s+\p{L}+\s+for\s+us\b|\bless\s+(?:work|hassle|admin)\s+for\s+us\b|\b(?:better|best)\s+for\s+us\b|\bsuits?\s+(?:us|our)\b`,
  String.raw`\b(?:slows?|distracts?|upsets?|hurts?|disrupts?|messes|hate|hates|dislike|dislikes|pain|hassle|nuisance|headache)\b|\bput\s+(?:a\s+lot\s+of|so\s+much)\s+work\b`
].join('|'), 'iu')
// Reasons the customer needs told: kept.
const theirConcern = /\b(?:safe|safety|secure|security|fraud|protect\s+you|law|legal|legally|regulation|privacy|your\s+data|personal|identity|health|allerg|we\s+use\s+(?:it|this|them|your))/iu
// “We've moved returns to Tuesdays (because…)”: what the seller did, told plainly, may stand without its reason.
// So is what it is doing now (“Important update: we are moving to paperless billing”).
const reportsAction = /^(?:(?:hi|dear)\s+[^,]+,\s*|(?:important\s+)?(?:update|news|notice)\s*:\s*)?we(?:['’]ve|\s+have|['’]re|\s+are)?\s+(?:recently\s+|just\s+|now\s+)?(?:\p{Ll}+ed|close|open|moving|switching|changing|closing|opening)\b(?!.*\bdecided\b)/iu
// A request for data keeps its purpose, however much it is the seller's.
const asksForData = /\b(?:data|tracking|track|cookies|location)\b/iu
// A tail that asks something of the customer is no reason.
const asks = /^[\s,;—–-]*(?:(?:so|and|because|as)\s+)?(?:please|kindly)\b/iu
const leadingReason = /^(?:to\s+(?:make|keep)\s+(?:things|life|it|our\s+[\p{L}-]+)\s+(?:easier|simpler|quicker|smoother|tidy|tidier)\s+for\s+(?:us|our\s+[^,]+)|for\s+our\s+(?:convenience|records)|to\s+help\s+(?:us|our\s+[^,]+))\s*,\s*/iu

/** `sentence` without a leading “To make things easier for our team, …”. */
export function withoutLeadingReason(sentence: string): string {
  const opened = sentence.replace(leadingReason, '')
  return opened === sentence ? sentence : opened.charAt(0).toUpperCase() + opened.slice(1)
}

// “We value our time, so please have your number ready”: the seller's side before a request.
const request = /^(?:please\b|we(?:['’]d|\s+would)\s|we\s+(?:ask|need)\s)/iu

/** `sentence` from its request on, when what comes before it is the seller's own side; unchanged otherwise. */
export function fromRequest(sentence: string): string {
  // The first “, so <request>” (or “ — so”, “; and so”) after the seller's side.
  const at = clausesOf(sentence, 0, sentence.length).find(({joint, wordsStart}, index) => index > 0 && joint!.mark !== '' && joint!.mark !== '(' && /^(?:and )?so$/.test(joint!.word) && request.test(sentence.slice(wordsStart)))
  if (!at) return sentence
  const rest = sentence.slice(at.wordsStart)
  // “…mailing list, so please tick the box below”: a request that points back at what it drops keeps it.
  if (facesCustomer(sentence.slice(0, at.joint!.start)) || /\b(?:box|below|above|this|that|it|them)\b/iu.test(rest)) return sentence
  return rest.charAt(0).toUpperCase() + rest.slice(1)
}

/**
 * `body` without the seller's reason at its end; unchanged when it gives none, or when what is left does not face
 * the customer (or pass `stands`, for a caller that judges what is left itself).
 */
export function withoutTrailingReason(body: string, stands: (head: string) => boolean = (head) => facesCustomer(head) || reportsWhatWeDid(head)): string {
  for (const start of reasonStarts(body)) {
    const head = body.slice(0, start).trimEnd().replace(/[,;:—–-]+$/u, '').trimEnd()
    const reason = body.slice(start)
    if (head.split(/\s+/).length < 3 || asksForData.test(head) || !isSellersReason(reason) || !stands(head)) continue
    return head
  }

  return body
}

/** Where each clause that may give a reason starts (its joint's marks included), in order. */
function reasonStarts(body: string): number[] {
  const clauses = clausesOf(body, 0, body.length, {causalAs: true})
  const starts: number[] = []
  for (const [index, clause] of clauses.entries()) {
    if (index === 0 || !opensReason(body, clause)) continue
    const start = clause.joint!.start
    const hedged = clause.joint!.mark === '' && clause.joint!.word !== '' ? hedge.exec(body.slice(0, start)) : null
    starts.push(hedged ? hedged.index : start)
  }

  // “Complete your profile to help us cut our costs”, “We've updated our terms to better protect our business”: a purpose, no joint.
  for (const match of body.matchAll(purpose)) starts.push(match.index)
  return starts.sort((a, b) => a - b)
}

// A purpose told of the seller: “to help us …”, “to (better) <verb> our …”, “in order to <verb> us …”.
// Only verbs of the seller's gain: “to leave us a review” is the request itself.
const gainVerbs = 'help|protect|grow|boost|improve|hit|meet|reach|cut|lower|reduce|raise|increase|save|suit|make|ease|simplify|streamline|speed\\s+up|reflect|support|bring\\s+down|free\\s+up|lighten'
const purpose = new RegExp(String.raw`\s+(?:(?:in\s+order|so\s+as)\s+)?to\s+(?:(?:better|really|further|help)\s+)?(?:${gainVerbs})\s+(?:(?:us|our)\b|\p{Ll}+\s+our\b)`, 'gu')

function opensReason(body: string, {joint, wordsStart}: Clause): boolean {
  const {mark, word} = joint!
  // A spaced dash opens an aside, whatever follows it (“ — and that's our target”).
  if (mark === '—' && /^\s+[—–]\s+$/u.test(body.slice(joint!.start, joint!.end))) return true
  const after = body.slice(wordsStart)
  const cause = causeAfter[word.replace(/^and /u, '')]
  if (cause) return cause.test(after)
  if (/^(?:and )?so$/.test(word)) return mark === ',' || soAfter.test(after)
  if (word !== '') return false
  return ((mark === ',' || mark === ';') && aboutIt.test(after)) || ((mark === ',' || mark === ';' || mark === '—') && whichIsWhy.test(after))
}

/** The seller's reason at the end of `body` (“, because phone calls slow our team”), or '' when it gives none. */
export function sellersReason(body: string): string {
  return body.slice(withoutTrailingReason(body, () => true).length)
}

/** Whether `head` tells plainly what the seller did (“We've moved returns to Tuesdays”): news that may stand without its reason. */
export function reportsWhatWeDid(head: string): boolean {
  return reportsAction.test(head)
}

/** Whether `reason` is the seller's: its ease, wants or numbers, told of us alone, and nothing the customer needs. */
export function isSellersReason(reason: string): boolean {
  return count(reason, firstPerson) > 0 && count(reason, secondPerson) === 0 && sellersGain.test(reason) && !theirConcern.test(reason) && !asks.test(reason)
}

/** What is left is a request, or passes the you-attitude test (“we” no more often than “you”). */
export function facesCustomer(words: string): boolean {
  return /^(?:please|you|kindly)\b/iu.test(words) || count(words, firstPerson) - count(words, reachUs) <= count(words, secondPerson)
}

function count(words: string, pattern: RegExp): number {
  return words.match(pattern)?.length ?? 0
}
