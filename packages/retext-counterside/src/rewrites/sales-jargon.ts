/**
 * Sales jargon: the customer's word where one stands in (“suggested attach”
 * → “optional extra”, “a retention offer” → “an offer”, “SKU” → “item”;
 * the words are data, in `jargon-words.ts`), else the label, clause,
 * purpose, profile or sentence the jargon is in dropped (“Upsell: add a
 * case?” → “Add a case?”, “As a big spender, you get early access.” → “You
 * get early access.”; see `sales-jargon-drop.ts`). Nothing is offered where
 * the jargon is all there is.
 */
import {capitalise, indefiniteArticle, opensSentence} from './grammar.js'
import {jargonWords} from './jargon-words.js'
import {droppedJargon, isSellersSide, withoutProfile, withoutPurpose} from './sales-jargon-drop.js'
import {droppedClause, mayStillFlag, sentenceRewrite} from './sentence-rewrite.js'
import {sentenceAround, type SentenceSpan} from './sentence.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

const ruleId = 'sales-jargon'

// What the customer calls the thing a sales label names: a label keeps these words (“Retention offer:” → “Offer:”).
const plainHeads = new Set([
  'offer', 'offers', 'special', 'specials', 'deal', 'deals', 'bundle', 'bundles', 'promo', 'fare', 'fares', 'price', 'prices', 'pricing',
  'discount', 'discounts', 'reminder', 'extra', 'extras', 'add-on', 'add-ons', 'pick', 'picks', 'code', 'sale'
])


// Jargon that only qualifies the noun after it (“our <attach-rate> vitamin bundle”, “our <high-LTV> clients”): it goes, the noun stays.
const modifier = /^(?:high|top|low)-(?:ltv|value|margin|intent|propensity|spend|spender|converting|yield|aov)$|^(?:attach-rate|suggestive-sell|impulse|impulse-zone|upsell|up-sell|cross-sell|acquisition|retention|win-back|churn-risk|churn-reduction|loss-leader|end-cap|endcap)$/iu
// Where a noun phrase starts: only after these is the jargon a modifier (“Upsell complete” opens with no noun phrase).
const phraseStart = /(?:\b(?:our|the|your|this|these|those|my|a|an|some|any|all|today['’]s|this\s+week['’]s|of\s+our)\s+)$/iu
// Words that cannot be the noun a modifier qualifies.
// A determiner after it makes the jargon a verb (“Upsell the warranty”), which has no noun to keep.
const notHeads = new RegExp(`^(?:${[
  // articles, pronouns, verbs and joints
  'the|a|an|your|our|their|this|these|those|my|some|any|them|it|is|are|was|were|and|or|but|to|of|for|with|in|on|at|by|from|that|which|who',
  // sales nouns that are the jargon itself, never the customer's thing
  'offer|offers|bundle|deal|deals|special|specials|lead|leads|customer|customers|segment|list|path|programme|program|funnel|push|team|target|score|rate|bonus|opportunity|item|line'
].join('|')})$`, 'iu')

// Verbs a customer is asked to do (“Add a case?”): after a label, they make the rest copy on its own.
const customerVerbs = new Set([
  'add', 'get', 'pair', 'try', 'save', 'upgrade', 'enjoy', 'grab', 'treat', 'choose', 'book', 'complete', 'finish', 'come', 'join', 'shop',
  'buy', 'take', 'make', 'see', 'don’t', 'don\'t', 'keep', 'stay', 'switch', 'claim', 'use', 'order', 'call', 'reply', 'tap', 'click',
  'protect', 'go', 'pick', 'explore', 'discover', 'find', 'want', 'need', 'fancy', 'thinking', 'looking', 'ready', 'would', 'could', 'how',
  'why', 'what', 'extra', 'free', 'only', 'just', 'now', 'new'
])
// Verbs that tell staff what to do (“Upsell: offer Fast Track”): the rest is a note for staff, not copy.
const staffVerbs = new Set(['offer', 'suggest', 'mention', 'push', 'pitch', 'recommend', 'ask', 'sell', 'upsell', 'show', 'tell', 'remind', 'prompt', 'log', 'flag', 'tag', 'close'])
const clause = /\b(?:you|your|you['’]re|we|we['’]ll|our|it['’]s|is|are|was|were|has|have|will|can)\b/iu
// Words before a verb: after them the jargon is a verb (“to upsell”, “we upsell”).
const verbSlot = /\b(?:to|will|would|can|could|should|must|don['’]t|never|always|please|i|we|you|they|and|or)\s+$/iu
// “ask our team”, “ask us”: the customer's verb, though staff would use it too.
const asksUs = /^(?:ask|tell)\s+(?:us|our\s+(?:team|staff|pharmacist|advisers?|advisors?)|a\s+(?:team\s+member|member\s+of\s+(?:staff|our\s+team)))\b/iu
// Words a customer's label may keep before its head (“Top-of-funnel welcome offer:” → “Welcome offer:”).
const plainLabelWords = new Set(['welcome', 'special', 'new', 'summer', 'winter', 'spring', 'autumn', 'holiday', 'weekend', 'today’s', 'today\'s', 'free', 'early', 'first', 'bonus', 'member', 'seasonal', 'festive'])
const label = /^([^:.!?]{1,48}?):\s+(?=\S)/u
// What an offer is told by: a price, a saving, a free thing.
const offerValue = /[£$€]\s?\d|\d\s?%|\bfree\b|\bsave\b/iu
const maximumLabelWords = 5
// Who else bought, or who qualifies: what a sales label over them names is the seller's targeting, not a thing to add.
const othersShopping = /\b(?:also\s+bought|who\s+bought|customers?|shoppers?|people|players|couples|visitors|senders|parents|members|segment|qualif\p{L}*|eligible)\b/iu

export const salesJargon: TemplateFamily = {
  ruleId,
  shapes: [
    {shape: '<jargon> <offer, bundle, special…>', rewrite: '<offer, bundle, special…> (“a retention discount” → “a discount”)', example: 'Book now with a retention discount of 10%.'},
    {shape: 'upsold by, SKU (no code), prospect', rewrite: 'served by, item, customer', example: 'Upsold by Marco'},
    {shape: '<Jargon label>: <copy for the customer>', rewrite: '<Copy for the customer> (the label dropped)', example: 'Upsell: add a phone case for $12?'},
    {shape: '<Jargon label>: <thing>', rewrite: 'Optional extra: <thing> / Extra: <thing> / Special offer: <thing>', example: 'Suggested attach: gift wrap'},
    {shape: 'As a <jargon profile>, <copy> / <jargon>, so <copy>', rewrite: '<Copy> (the profile dropped)', example: 'As a big spender, you get early access.'},
    {shape: '<the> <sales modifier> <noun> (high-margin, attach-rate…)', rewrite: '<the> <noun>', example: 'Grab the high-margin cables with your new laptop.'},
    {shape: '(Recommended|Suggested) <jargon>: <thing>', rewrite: '(Recommended|Suggested) extra: <thing>', example: 'Recommended upsell: gift wrap'},
    {shape: '<jargon> <welcome offer, deal…>: <thing>', rewrite: '<Welcome offer, deal…>: <thing>', example: 'Top-of-funnel welcome offer: a free tasting'},
    {shape: '<Jargon label>: <the offer: a price, a saving>', rewrite: '<The offer> (the label dropped)', example: 'Win-back offer: 25% off your next wash'},
    {shape: '<Jargon label with no customer’s word>: <thing and its price>', rewrite: '<Thing and its price> (the label dropped)', example: 'Impulse buy: phone charger £4.99'},
    {shape: '<copy for the customer>. <a sentence of the seller’s jargon>', rewrite: '<copy for the customer>', example: 'Your table is booked. Thanks for helping our team hit its upsell target!'},
    {shape: '<copy> (<jargon aside>)', rewrite: '<copy>', example: 'Finish the set (AOV booster)'},
    {shape: '<ask> to increase your basket size (and <the customer’s gain>)', rewrite: '<ask> (to <the customer’s gain>)', example: 'Add 3 more items to grow your basket size and unlock free delivery.'},
    {shape: 'You’ve been flagged as a <jargon profile>, so <offer>', rewrite: '<Offer>', example: 'Your account has been flagged as a churn risk, so here is 15% off your next box.'}
  ],
  rewrite(input) {
    const sentence = sentenceAround(input.text, input.start)
    if (!sentence) return []
    // A label over a note for staff (“Upsell: offer Fast Track”): nothing in it is copy.
    const labelled = label.exec(sentence.body)
    // “Attach opportunity: ask our team about …” asks the customer to ask: that is copy.
    const afterLabel = labelled ? sentence.body.slice(labelled[0].length) : ''
    if (labelled && staffVerbs.has(afterLabel.split(/\s+/)[0]!.toLowerCase()) && !asksUs.test(afterLabel)) return []
    // In a label, the label's own rewrite or the customer's word; what follows a label is not dropped to (“Lead qualified: budget confirmed”).
    const inLabel = labelled !== null && input.end <= sentence.start + labelled[1]!.length
    // A sentence of the seller's side (“Our retention desk gets a bonus …”) goes whole: the customer's word would keep it.
    // A record of fields (“Txn #4471 | Served by: … | Attach: Y”) has no clause to drop to: each field is its own.
    // So has a label's value that is no clause (“Your profile: high LTV, low engagement”): its words may change, none may go.
    const fields = /\s[|·]\s/u.test(sentence.body) || (labelled !== null && !inLabel && !clauseWord.test(afterLabel))
    const sellers = !inLabel && !fields && isSellersSide(sentence.body) ? droppedJargon(input, isCopy) : []
    if (sellers.length > 0) return sellers
    // A label over copy is dropped or nothing: its plain word before a question (“Extra: would you like …?”) is no label.
    const overCopy = inLabel && labelsCopy(afterLabel, sentence.close)
    const found =
      labelRewrite(input, sentence) ??
      (overCopy ? undefined : plainWord(input, sentence)) ??
      withoutModifier(input, sentence) ??
      staffless(withoutPurpose(input, sentence)) ??
      staffless(withoutProfile(input, sentence, isCopy)) ??
      (inLabel || fields ? undefined : staffless(droppedClause(input, sentence)))
    if (found) return [found]
    return inLabel || fields ? [] : droppedJargon(input, isCopy)
  }
}

// What a clause has and a label or a value does not (“Your order is confirmed”, not “Sold by, March”).
const clauseWord = /\b(?:you|your|we|it|they|is|are|was|were|has|have|had|will|can|could|would|may|might|did|does|do|been|here['’]s|here is|thanks|thank|please)\b|\b\p{L}{3,}ed\b/iu

/** A kept piece of copy: a clause, or an ask of the customer, and no note for staff in it (“— push warranty at delivery”). */
function isCopy(piece: string): boolean {
  const parts = piece.split(/\s+[—–-]\s+|[,;:()]\s*/u).map((part) => part.trim()).filter((part) => part !== '')
  if (parts.some((part) => staffVerbs.has(part.split(/\s+/)[0]!.toLowerCase()))) return false
  return clauseWord.test(piece) || customerVerbs.has(piece.split(/\s+/)[0]!.toLowerCase())
}

/** “Upsell: add a case?” → “Add a case?”; “Cross-sell: screen protector” → “Extra: screen protector”. */
function labelRewrite(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const match = label.exec(sentence.body)
  const labelEnd = match ? sentence.start + match[1]!.length : -1
  // A span that starts in the label and runs on past it (the learned layer's cues) is read as the label's words.
  if (!match || input.start < sentence.start || input.start >= labelEnd) return undefined
  const labelText = match[1]!
  if (labelText.split(/\s+/).length > maximumLabelWords) return undefined
  const rest = sentence.body.slice(match[0].length)
  const actual = input.text.slice(input.start, Math.min(input.end, labelEnd))
  const left = labelText.replace(actual, '').trim()
  const isCopy = labelsCopy(rest, sentence.close)
  // “Cross-sell: customers who bought X also bought Y”: a note on other shoppers, which no plain label makes copy.
  const aboutOthers = othersShopping.test(rest)
  let text: string | undefined
  // A label that is all jargon (“Impulse buy:”) holds no word of the customer's: over a priced offer, the offer comes first.
  let allJargon = false
  if (isCopy) text = capitalise(rest)
  else if (plainHeads.has(left.toLowerCase())) text = `${capitalise(left)}: ${rest}`
  else if (aboutOthers) text = undefined
  else if (left === '' || /^(?:opportunity|special|alert)$/i.test(left)) {
    const jargonsPlain = plainFor(actual, '', true)
    const plain = jargonsPlain ?? plainHeadOf(labelText)
    text = plain ? `${capitalise(plain)}: ${rest}` : undefined
    // “Welcome offer:” keeps a word of the label's own; “Extra:” is a word put in for the jargon.
    allJargon = left === '' && jargonsPlain !== undefined
  } else if (/^(?:recommended|suggested)$/i.test(left)) {
    // “Recommended upsell:” → “Recommended extra:”: the qualifier stays with the customer's word.
    const plain = plainFor(actual, '', true)
    text = plain ? `${capitalise(left)} ${plain}: ${rest}` : undefined
  }

  // A sales label over the offer itself (“Re-engagement offer: 20% off brakes”): the offer says it all.
  // Not a metric's value (“$4,210 (tier A)”), a note for staff (“…, offer 10% to close”) or a push (“… but only for 15 minutes”).
  const offerOnly = offerValue.test(rest) && /\p{L}{3,}/u.test(rest) && !/^[£$€+-]|[;|·]|\b(?:but|only|hurry|ends?|left)\b/iu.test(rest)
  // A label that names the customer's own thing (“Your … offer:”) is not dropped: its nouns are theirs.
  const offer = offerOnly && !/^(?:your|the|this|my)\s/iu.test(labelText) && !rest.split(/,\s*/u).some((part) => staffVerbs.has(part.split(/\s+/u)[0]!.toLowerCase())) ? capitalise(rest) : undefined
  const attempt = (candidate: string | undefined): Rewrite | undefined =>
    candidate === undefined ? undefined : sentenceRewrite(input, sentence, `${candidate}${sentence.close}`) ?? labelOnlyRewrite(input, sentence, match[0].length, candidate, rest)
  // Where the label's own rewrite cannot lint clean (“Impulse buy:” has no customer's word), the offer alone may.
  const first = allJargon && offer !== undefined ? offer : text ?? offer
  return attempt(first) ?? (first !== offer && offer !== undefined ? attempt(offer) : undefined)
}

/** Whether what follows a label is copy for the customer (“add a case?”), not a thing the label names (“gift wrap”). */
function labelsCopy(rest: string, close: string): boolean {
  return customerVerbs.has(rest.split(/\s+/)[0]!.toLowerCase()) || clause.test(rest) || /[?!]/.test(close)
}

/** A label's customer head with the plain words just before it (“Ancillary revenue bundle” → “bundle”, “Top-of-funnel welcome offer” → “welcome offer”). */
function plainHeadOf(labelText: string): string | undefined {
  const words = labelText.trim().split(/\s+/)
  if (words.length < 2 || !plainHeads.has(words.at(-1)!.toLowerCase())) return undefined
  let from = words.length - 1
  while (from > 1 && plainLabelWords.has(words[from - 1]!.toLowerCase())) from--
  if (plainLabelWords.has(words[0]!.toLowerCase()) && from === 1) return undefined
  return words.slice(from).join(' ').toLowerCase()
}

/**
 * The label's rewrite as a replacement of the label and the first word after it (“Cross-sell: pair” → “Pair”):
 * where the learned layer reads the offer itself as sales copy, the sentence cannot lint clean, but the label's
 * words can go. Held to the same test for the words it writes.
 */
function labelOnlyRewrite(input: RewriteInput, sentence: SentenceSpan, labelLength: number, text: string, rest: string): Rewrite | undefined {
  const first = /^\S+/u.exec(rest)
  const tail = first ? rest.slice(first[0].length) : ''
  if (!first || !text.endsWith(tail)) return undefined
  const replaced = text.slice(0, text.length - tail.length)
  const offset = sentence.start
  const endOffset = sentence.start + labelLength + first[0].length
  const written = `${replaced}${input.text.slice(endOffset, sentence.end)}`
  if (mayStillFlag(ruleId, written, 0, replaced.length)) return undefined
  return {text: replaced, offset, endOffset, scope: 'match'}
}

/** The customer's word for the jargon, with the head noun it modifies or the article before it fitted. */
function plainWord(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const actual = input.text.slice(input.start, input.end)
  const after = input.text.slice(input.end, input.end + 40)
  const head = /^\s+([\p{L}-]+)/u.exec(after)
  const ownHead = actual.split(/\s+/).at(-1)!.toLowerCase()
  let end = input.end
  let plain: string | undefined
  if (/^[\p{L}-]+(?: [\p{L}-]+){1,2}$/u.test(actual) && plainHeads.has(ownHead) && !plainHeads.has(actual.split(/\s+/)[0]!.toLowerCase()) && !/^(?:suggested|recommended)\b/i.test(actual)) {
    // “retention offer” → “offer”: the head stays, its sales label goes.
    plain = ownHead
  } else if (head && plainHeads.has(head[1]!.toLowerCase()) && !/^win-?back$/i.test(actual)) {
    plain = head[1]!.toLowerCase()
    end = input.end + head[0].length
  } else if (head && plainFor(`${actual} ${head[1]!}`, input.text.slice(input.end + head[0].length)) !== undefined) {
    // A concept of two words, the finding's and the next (“dunning letters” → “payment reminders”).
    plain = plainFor(`${actual} ${head[1]!}`, input.text.slice(input.end + head[0].length))
    end = input.end + head[0].length
  } else {
    plain = plainFor(actual, after, false, input.text.slice(Math.max(0, input.start - 24), input.start))
    // The plural stays plural (“loss leaders” → “special offers”, “SKUs” → “items”).
    if (plain && /s$/i.test(actual) && !/s$/.test(plain)) plain = `${plain}s`
  }

  if (!plain) return undefined
  let start = input.start
  // “a retention offer” → “an offer”: the article follows the new first word.
  const article = /\b(an?)\s+$/iu.exec(input.text.slice(Math.max(0, start - 4), start))
  if (article) {
    start -= article[0].length
    plain = `${indefiniteArticle(plain)} ${plain}`
  }

  // The case of the words it replaces: a capital opens a sentence or a label (“Receipt: Upsold by” → “Served by”).
  const text = opensSentence(input.text, start) || /^\p{Lu}\p{Ll}/u.test(input.text.slice(start)) ? capitalise(plain) : plain
  // Read in its sentence: “high-intent offer segment” → “offer segment” is jargon still.
  const from = start - sentence.start
  if (mayStillFlag(ruleId, `${input.text.slice(sentence.start, start)}${text}${input.text.slice(end, sentence.end)}`, from, from + text.length)) return undefined
  return {text, offset: start, endOffset: end, scope: 'match'}
}

/** “our attach-rate vitamin bundle” → “our vitamin bundle”: the jargon that qualifies a noun dropped, the noun (and the article before it, fitted) kept. */
function withoutModifier(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  // The learned layer's span may hold more than the jargon: the modifier is its first word that reads as one.
  const span = input.text.slice(input.start, input.end)
  const word = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu
  for (const found of span.matchAll(word)) {
    if (!modifier.test(found[0])) continue
    const at = input.start + found.index
    const head = /^\s+([\p{L}][\p{L}-]*)/u.exec(input.text.slice(at + found[0].length))
    const before = input.text.slice(sentence.start, at)
    const next = input.text.slice(at + found[0].length + (head?.[0].length ?? 0))
    // The noun must go on into the sentence (“… vitamin bundle?”), not close a label (“Impulse buy:”).
    if (!head || notHeads.test(head[1]!) || modifier.test(head[1]!) || !phraseStart.test(before) || /^\p{Lu}/u.test(head[1]!) || /^\s*:/u.test(next)) continue
    let start = at
    let text = head[1]!
    const article = /\b(an?)\s+$/iu.exec(before)
    if (article) {
      start -= article[0].length
      text = `${/^A/.test(article[1]!) ? capitalise(indefiniteArticle(text)) : indefiniteArticle(text)} ${text}`
    }

    const end = at + found[0].length + head[0].length
    const from = start - sentence.start
    if (mayStillFlag(ruleId, `${input.text.slice(sentence.start, start)}${text}${input.text.slice(end, sentence.end)}`, from, from + text.length)) return undefined
    return {text, offset: start, endOffset: end, scope: 'match'}
  }

  return undefined
}

// “Before you go — garlic bread?”, “Before we begin.”: a lead-in left hanging once what it opened is dropped.
const hangingLead = /^(?:before|after|when|if|while|since|as)\b[^,—–:;?!.]*(?:\?|\s[—–]\s|[.!]?$)/iu

/** A drop that leaves an instruction for staff (“— offer priority checkout”), or a hanging lead-in, is no copy for the customer. */
function staffless(rewrite: Rewrite | undefined): Rewrite | undefined {
  return rewrite && !staffVerbs.has(rewrite.text.split(/\s+/)[0]!.toLowerCase()) && !hangingLead.test(rewrite.text) ? rewrite : undefined
}

function plainFor(actual: string, after: string, inLabel = false, before = ''): string | undefined {
  const lower = actual.toLowerCase()
  for (const {jargon, plain, unless, labelOnly = false, verbAfter = false, label} of jargonWords) {
    if (verbAfter && verbSlot.test(before)) continue
    if (jargon.test(lower) && !(unless?.test(after) ?? false) && (inLabel || !labelOnly)) return lower.replace(jargon, inLabel ? (label ?? plain) : plain)
  }

  return undefined
}
