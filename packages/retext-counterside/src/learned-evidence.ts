/**
 * What a learned finding must show before it is reported: the evidence its
 * rule's definition cannot do without. The learned layer reads words, and
 * words learned from copy that breaks a rule also turn up in copy that
 * doesn’t (“approval” the customer gives, “invalid” said of the
 * system's own data, “lose your changes” with nothing for sale). A phrase
 * table's finding names its evidence already; these gates hold the model
 * to the same definitions. Each one is a necessary condition taken from the
 * rule page, not a list of strings seen on a catalog.
 */
import {offersContactOrReturn, pleaseAsks} from './features/next-step.js'
import {offersWay, segment} from './model/features.js'

/** shouting: a run of capitals or stacked marks in the finding's own words — shouting is a form, not a wording. */
const shoutShape = /\p{Lu}{2}|[!?]{2}/u

/**
 * permission-gate: the customer made to wait on someone else's say-so. When
 * the say-so is the customer's own (“awaiting your approval”, “I am the
 * signatory”), no one stands between them and their errand. (An authority
 * word is not required: copy labelled by writers makes the customer wait
 * on teams, levels and named colleagues the rule page's list never names.)
 */
const ownSaySo = /\b(?:your|my)\s+(?:approval|sign-off|sign off|authori[sz]ation|consent|go-ahead|ok)\b|\b(?:i am|i['’]m|you are|you['’]re)\s+the\s+(?:only\s+)?(?:signatory|approver|account holder|owner|admin|administrator)\b/iu
// Things of the customer's own, queued for a say-so that names no one else: the customer is the one to give it (“You have 3 invoices waiting for approval”).
const ownQueue = /\byou\s+have\b[^.!?]{0,40}?\b(?:waiting|pending|awaiting)\s+(?:for\s+)?(?:your\s+)?(?:approval|review|sign-off|sign off)\s*[.!]?\s*$/iu

/**
 * A field label: a few words ending in a colon with nothing after them and
 * no verb (“Manager approval code:”, “Upsell offer text:”, “Wrong PIN
 * attempts:”). It names a field where a value goes: it asks no one to
 * wait, blames no one and says nothing to the customer.
 */
const labelShape = /^\s*[^.!?:\n]{1,60}:\s*$/u
// A clause ending in a colon introduces what follows (“The following fields are invalid:”); a label has no verb.
const finiteVerb = /\b(?:is|are|was|were|be|been|has|have|had|must|can|cannot|can['’]t|could|will|won['’]t|would|should|need|needs|do|does|did|don['’]t|doesn['’]t|didn['’]t|not)\b/iu
const fieldLabel = {test: (text: string): boolean => labelShape.test(text) && !finiteVerb.test(text)}

/**
 * customer-blame: the judged thing must be the customer's, so three shapes
 * are not blame. A verdict on what systems hand each other (a response, a
 * payload, a token, a function's arguments or return type, an API
 * parameter, a redirect or callback address…) with no word for the
 * customer's part in it; a help text that names the invalid-input case
 * (“the message shown for invalid input”) rather than passing a verdict on
 * anyone's entry; and care asked for before a step (“be careful to … before
 * you …”), a warning about what is ahead, where blame asks for care after
 * the fact (“be more careful”, “next time”).
 */
const faulty = String.raw`(?:invalid|incorrect|wrong|malformed|not valid)`
// Tokens systems issue each other; a verification token or code reaches the customer and is theirs to use.
// A function's or an API's own parts, and the addresses one service sends another back to, are code's, not the customer's entry.
const systemArtefact = `(?:${[
  'responses?',
  'payloads?',
  'metadata',
  'sessions?',
  '(?:access|id|refresh|bearer|csrf) tokens?',
  'authori[sz]ation',
  'callbacks?',
  '(?:function|method) (?:arguments?|parameters?|params?)',
  'arguments?',
  '(?:api|query|request|url|path|header) (?:parameters?|params?)',
  'parameters?',
  'return (?:types?|values?)',
  '(?:redirect|callback|return|reply) (?:uris?|urls?)'
].join('|')})`
const artefactJudged = new RegExp(String.raw`\b${faulty}\b[^.!?]{0,30}?\b${systemArtefact}\b|\b${systemArtefact}\b[^.!?]{0,20}?\b(?:is|are|was|were)\s+${faulty}\b`, 'iu')
const customerPart = /\b(?:you|your|yours|you['’](?:ve|re|d)|entered|typed|provided|supplied|given|selected|chose|chosen|filled)\b/iu
const caseNamed = new RegExp(String.raw`\b(?:for|with|on)\s+(?:an?\s+|the\s+|any\s+)?${faulty}\s+(?:input|inputs|values?|entry|entries|data|answers?)\b`, 'iu')
const addressed = /\b(?:you|your|you['’](?:ve|re|d|ll))\b/iu

// Care asked for ahead of a step; “more care”, “properly” or a time to come back to make it a reproach.
const careBefore = /\b(?:be careful|take care)\b[^.!?]{0,60}?\bbefore\b/iu
const careAfter = /\b(?:more|extra)\s+(?:care|careful)\b|\b(?:next time|in (?:the )?future|this time|again|properly|should have|must have)\b/iu

function blameAimed(text: string): boolean {
  if (artefactJudged.test(text) && !customerPart.test(text)) return false
  if (caseNamed.test(text) && !addressed.test(text)) return false
  if (careBefore.test(text) && !careAfter.test(text)) return false
  return !fieldLabel.test(text)
}

/**
 * pressure-selling: a threat of loss sells something. Warning that leaving
 * loses the customer's own unsaved work is a safeguard, unless a price,
 * offer or purchase is on the line too.
 */
const ownWorkLost = /\b(?:lose|lost|discard(?:ed)?|unsaved|not (?:been )?saved)\b[^.!?]{0,40}?\b(?:changes|edits|progress|work|draft|drafts|answers|entries)\b|\b(?:changes|edits|progress|work|draft|drafts)\b[^.!?]{0,40}?\b(?:lost|discarded|not (?:been )?saved|unsaved)\b/iu
const onSale = /\b(?:price|prices|offer|offers|deal|deals|discount|discounts|sale|buy|order|orders|checkout|cart|basket|upgrade|plan|trial|subscription|subscribe|seats?|tickets?|stock|spots?|places?|rooms?|rate|bonus|coupon|voucher|free)\b/iu

/**
 * exposed-internals: the rule's technical shapes are leftovers among words
 * (a field name, a code, a template). A sentence that is one address and
 * nothing else is a value the product shows, a link or an identifier.
 */
const bareAddress = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|urn:|mailto:)\S+\s*$/iu

/**
 * dead-end-error: a failure is a dead end only if nothing in its block
 * offers a way forward. What counts is the rule's own next-step source
 * (`features/next-step.ts`, as the model's `ways` features read it on
 * tokens: an order, a promise, what a right one looks like, a contact or a
 * time it is back), and, as the phrase layer reads it, “please” asking for
 * something (“Please start over”).
 */
function blockOffersWay(block: string): boolean {
  if (offersContactOrReturn(block)) return true
  return segment(block).some((sentence) => offersWay(sentence) || sentence.tokens.some((token, index) => token.norm === 'please' && pleaseAsks(sentence.tokens[index + 1])))
}

const gates: Readonly<Record<string, (sentence: string, span: string, block: string) => boolean>> = {
  'dead-end-error': (_, __, block) => !blockOffersWay(block),
  shouting: (_, span) => shoutShape.test(span),
  'permission-gate': (text) => !ownSaySo.test(text) && !ownQueue.test(text) && !fieldLabel.test(text),
  'sales-jargon': (text) => !fieldLabel.test(text),
  'customer-blame': blameAimed,
  'pressure-selling': (text) => !ownWorkLost.test(text) || onSale.test(text),
  'exposed-internals': (text) => !bareAddress.test(text)
}

/**
 * Whether a learned finding of `ruleId` shows the evidence its rule needs:
 * `sentence` is the finding's sentence, `span` the cue words it points at,
 * `block` the whole message the sentence sits in (lines with no blank line
 * between them), for rules that judge a message as a whole.
 */
export function learnedHasEvidence(ruleId: string, sentence: string, span = sentence, block = sentence): boolean {
  return gates[ruleId]?.(sentence, span, block) ?? true
}
