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

/**
 * customer-blame: the judged thing must be the customer's, so two shapes
 * are not blame. A verdict on data systems hand each other (a response, a
 * payload, a token…) with no word for the customer's part in it; and a
 * help text that names the invalid-input case (“the message shown for
 * invalid input”) rather than passing a verdict on anyone's entry.
 */
const faulty = String.raw`(?:invalid|incorrect|wrong|malformed|not valid)`
// Tokens systems issue each other; a verification token or code reaches the customer and is theirs to use.
const systemArtefact = String.raw`(?:responses?|payloads?|metadata|sessions?|(?:access|id|refresh|bearer|csrf) tokens?|authori[sz]ation|callbacks?)`
const artefactJudged = new RegExp(String.raw`\b${faulty}\b[^.!?]{0,30}?\b${systemArtefact}\b|\b${systemArtefact}\b[^.!?]{0,20}?\b(?:is|are|was|were)\s+${faulty}\b`, 'iu')
const customerPart = /\b(?:you|your|yours|you['’](?:ve|re|d)|entered|typed|provided|supplied|given|selected|chose|chosen|filled)\b/iu
const caseNamed = new RegExp(String.raw`\b(?:for|with|on)\s+(?:an?\s+|the\s+|any\s+)?${faulty}\s+(?:input|inputs|values?|entry|entries|data|answers?)\b`, 'iu')
const addressed = /\b(?:you|your|you['’](?:ve|re|d|ll))\b/iu

function blameAimed(text: string): boolean {
  if (artefactJudged.test(text) && !customerPart.test(text)) return false
  if (caseNamed.test(text) && !addressed.test(text)) return false
  return true
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

const gates: Readonly<Record<string, (sentence: string, span: string) => boolean>> = {
  shouting: (_, span) => shoutShape.test(span),
  'permission-gate': (text) => !ownSaySo.test(text),
  'customer-blame': blameAimed,
  'pressure-selling': (text) => !ownWorkLost.test(text) || onSale.test(text),
  'exposed-internals': (text) => !bareAddress.test(text)
}

/**
 * Whether a learned finding of `ruleId` shows the evidence its rule needs:
 * `sentence` is the finding's sentence, `span` the cue words it points at.
 */
export function learnedHasEvidence(ruleId: string, sentence: string, span = sentence): boolean {
  return gates[ruleId]?.(sentence, span) ?? true
}
