/**
 * We-centered copy turned to the customer's side, from the sentence's own
 * words: the seller's demand as a request (“We require all customers to
 * show ID” → “Please show ID”), the ownership frame dropped (“As per our
 * policy, refunds take 10 days” → “Refunds take 10 days”), the seller's
 * reason dropped from a request (“…, as it saves us time”), the feelings
 * dropped from an announcement. A sentence that is nothing but the seller
 * (“Our policy is our policy.”) gets none: the advice speaks.
 */
import {rule} from '../rules/we-centered.js'
import {keepsContentNouns} from './content-nouns.js'
import {dropClauses, isEmojiOnly, withoutEmoji, type DropPolicy} from './drop-clauses.js'
import {capitalise} from './grammar.js'
import {guilt, keepsGuilt} from './guilt.js'
import {hasRuleTriggers} from './rule-triggers.js'
import {mayStillFlag} from './sentence-rewrite.js'
import {sentenceAfter, sentenceAround} from './sentence.js'
import {facesCustomer, fromRequest, isSellersReason, reportsWhatWeDid, sellersReason, withoutLeadingReason, withoutTrailingReason} from './seller-reason.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'
import {baseOfPast} from './verbs.js'

// Who the seller makes demands of; the rewrite asks the reader instead.
const person = String.raw`(?:customer|guest|member|visitor|patron|caller|client|passenger|patient|parent|user|shopper|student|resident|rider|diner|buyer|tenant|player|traveller|traveler)`
const who = String.raw`(?:you|everyone|everybody|(?:all|each|every)\s+(?:of\s+)?(?:our\s+)?${person}s?|(?:our\s+)?${person}s)`
const people = new RegExp(String.raw`\b${person}s?\b`, 'giu')
const owner = String.raw`our\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|policies|rules|procedures?|terms|standards|team|department|insurers?|system)`
const demandTo = new RegExp(String.raw`^(?:${owner}\s+(?:requires?|expects?|asks?|needs?|wants?)|we\s+(?:(?:also|kindly)\s+)?(?:require|expect|need|ask|want|insist\s+on)|we(?:['’]d|\s+would)\s+(?:really\s+)?(?:like|love))\s+(?:for\s+)?(${who})\s+to\s+(.+)$`, 'iu')
const demandThat = new RegExp(String.raw`^(?:we|our\s+[\p{L}-]+)\s+(?:(?:also|kindly)\s+)?(?:insists?|asks?|requests?|requires?|prefers?)\s+that\s+(${who})\s+(.+)$`, 'iu')
const wish = new RegExp(String.raw`^we(?:['’]d|\s+would)\s+(?:really\s+|much\s+)?(?:prefer(?:\s+it)?(?:\s+if)?|rather|love\s+it\s+if|like\s+it\s+if|appreciate\s+it\s+if)\s+(${who})\s+(.+)$`, 'iu')
// “It would really help us if you picked the morning slot”: the seller's gain, as a request.
const helpsIf = new RegExp(String.raw`^it(?:['’]d|\s+would)\s+(?:really\s+|so\s+|massively\s+|honestly\s+)?help\s+(?:us|me|our\s+[\p{L}-]+)(?:\s+(?:a\s+lot|so\s+much|loads|enormously|out))?\s+if\s+(you)\s+(.+)$`, 'iu')
// “Our policy is that returns need a receipt”, “Our policy is our policy: …”: the rulebook named over the rule.
// So is “Our policy is strict: …”, “Our policy, our rules: …”.
const policyIs = /^our\s+(?:[\p{L}-]+\s+)?(?:policy|rule)(?:\s+is\s+(?:that\s+|our\s+(?:[\p{L}-]+\s+)?(?:policy|rule)\s*[:,—–-]\s*|(?:very\s+)?(?:strict|simple|clear|firm)\s*[:—–-]\s*)|\s*,\s*our\s+rules\s*[:—–-]\s*)/iu
// “We like it when you check in online”: the seller's liking, as a request.
const liking = new RegExp(String.raw`^we\s+(?:really\s+|always\s+)?(?:like|love|prefer)\s+it\s+(?:when|if)\s+(${who})\s+(.+)$`, 'iu')
const needsNoun = new RegExp(String.raw`^(?:${owner}\s+requires?|we\s+(?:(?:also)\s+)?require)\s+(?!(?:${who})\s+to\b|us\b|me\b)(.+)$`, 'iu')
// “As per our policy, …”, “…, in line with our procedures”: the seller's rulebook named as the reason.
const ruleBook = String.raw`our\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|policies|rules|procedures?|terms|standards|guidelines|processes|process|team)`
const leadingFrame = new RegExp(String.raw`^(?:(?:as\s+per|per|in\s+line\s+with|in\s+accordance\s+with|in\s+keeping\s+with|under|as\s+set\s+by)\s+${ruleBook}|at\s+our\s+(?:sole\s+)?discretion)\s*,\s*`, 'iu')
const trailingFrame = new RegExp(String.raw`(?:\s*,)?\s+(?:${[
  String.raw`(?:as\s+per|per|in\s+line\s+with|in\s+accordance\s+with|as\s+set\s+by|under)\s+${ruleBook}`,
  String.raw`at\s+our\s+(?:sole\s+)?discretion`,
  String.raw`because\s+our\s+policy\s+says\s+so`,
  String.raw`(?:for|to\s+(?:complete|update|keep))\s+our\s+(?:records|files|system|systems|database)`
].join('|')})(?=\s*$)`, 'iu')
// “Just so you know, we'd rather…”: a lead-in the request does without.
const leadIn = /^(?:just\s+so\s+you\s+know|please\s+note|honestly|heads\s+up|fyi|a\s+reminder|reminder)\s*[,:—–-]?\s+(?=we\b|we['’]|our\b)/iu
const decidedThat = /^we(?:['’]ve|\s+have)\s+decided\s+that\s+(.+)$/iu
// “We've decided to retire the old app”: the decision told as what will happen.
const decidedTo = /^we(?:['’]ve|\s+have)\s+(?:now\s+)?decided\s+to\s+(?!(?:be|make|keep|stick|focus|prioriti[sz]e|put|do|take)\b)(\p{Ll}+\b.*)$/iu
const feeling = String.raw`(?:proud|excited|thrilled|delighted|pleased|happy|honou?red)`
const degree = String.raw`(?:(?:very|so|really|incredibly|extremely|super|truly)\s+)?`
const announce = new RegExp(String.raw`^(?:we|i)(?:['’]re|\s+are|\s+am|['’]m)\s+(?:also\s+|all\s+)?${degree}${feeling}\s+to\s+(?:announce|share|introduce|unveil|present|reveal|launch|tell\s+you)(\s+that)?\s+(.+)$`, 'iu')
// “…, and we're very proud of it”: the feeling tacked onto the news.
const trailingPride = new RegExp(String.raw`(?:\s*[,;]|\s+[—–-])?\s+(?:and\s+)?(?:we['’]re|we\s+are|we\s+couldn['’]t\s+be|we\s+could\s+not\s+be)\s+(?:all\s+)?${degree}(?:${feeling}|prouder)(?:\s+(?:of|with|about)\s+(?:it|that|this|them|ourselves|everything))?$`, 'iu')
// A clause that already tells of the seller: “we've opened…”, “our company turns 50…”.
const clauseStart = /^(?:you|you['’](?:ve|re|ll)|we|we['’](?:ve|re|ll)|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are|has|have|was|were|will|turns?|just)|it|it['’]s|the\s+[\p{L}-]+\s+(?:is|are|has|have))\b/iu
// A request for a score is the seller's need, however politely asked.
// So is a plea to buy, renew or stay.
const scoreRequest = /\b(?:rate|rating|ratings|reviews?|stars?|surveys?|scores?|nps|refer|referrals?|recommend|tag|follow\s+us|followers?|share\s+our|tell\s+(?:your\s+)?friends|stay\s+with\s+us|cancel|leave\s+us|buy|renew|upgrade|spend|purchase|subscribe)\b/iu
const notVerbs = new Set(['are', 'is', 'be', 'were', 'was', 'have', 'has', 'do', 'does', 'not', 'always', 'never', 'all', 'only', 'now'])
// What a rewrite must not keep: the seller's rulebook, demands, feelings, convenience.
const sellerLeft = new RegExp([
  String.raw`\bour\s+(?:policy|policies|rules|procedures?|discretion|margins?|schedule|workflow|records|convenience|reputation|brand|standards)\b`,
  String.raw`\bwe\s+(?:require|insist|expect|demand|prefer|reserve|value\s+our|love\s+our|pride)\b`,
  String.raw`\b(?:for|suits?|saves?|suit)\s+us\b|\beasier\s+for\b|\bas\s+a\s+company\b|\bprouder?\b|\bpride\b|\bexcited\b|\bthrilled\b|\bdelighted\b`,
  String.raw`\bbefore\s+we(?:['’]ll|\s+will)\s+(?:talk|speak|help|deal)\b|\bwe['’]d\s+(?:rather|prefer)\b|\bno\s+exceptions\b|\bthe\s+best\b|\bnumber\s+one\b|(?:#|\bno\.?\s*)1\b|\bspeaks\s+for\s+itself\b|\bheritage\b`,
  String.raw`\b(?:leading|largest|biggest|fastest|fastest-growing|most\s+(?:trusted|awarded|innovative|punctual))\b|\bhelps?\s+us\b|\bwe\s+(?:love|like)\s+it\b|\bwe['’]d\s+(?:really\s+)?(?:appreciate|love|like)\b|\bleave\s+promptly\b|\bquestion\s+our\b|\brespect\s+our\b|\bwithout\s+question\b`,
  // Guilt (“we've worked so hard on this for you”, “don't let us down”) is dropped, never rephrased or kept.
  guilt.source
].join('|'), 'iu')

export const weCentered: TemplateFamily = {
  ruleId: 'we-centered',
  shapes: [
    {shape: 'We require (all customers|you) to <do something>', rewrite: 'Please <do something>', example: 'We require all customers to show ID.'},
    {shape: 'Our policy requires <thing> …', rewrite: 'You’ll need <thing> …', example: 'Our policy requires a receipt for all returns.'},
    {shape: 'We insist that (all guests) <do something>', rewrite: 'Please <do something>', example: 'We insist that all guests arrive on time.'},
    {shape: 'We’d prefer (it if) you <did something>, it saves us time', rewrite: 'Please <do something>', example: 'We’d prefer you paid by card, it saves us time.'},
    {shape: 'As per our policy, <fact> / <fact>, as per our policy', rewrite: '<Fact>', example: 'As per our procedures, refunds take 10 business days.'},
    {shape: 'Our policy is that <fact> / Our policy is our policy: <fact> / Our policy is strict: <fact>', rewrite: '<Fact>', example: 'Our policy is that all returns need a receipt.'},
    {shape: 'It would really help us if you <did something>', rewrite: 'Please <do something>', example: 'It would really help us if you picked the morning slot.'},
    {shape: '<request>, as it saves us time (the seller’s reason)', rewrite: '<Request>', example: 'Please use the self-service kiosk, as it saves us a lot of time.'},
    {shape: 'We have decided that <fact>', rewrite: '<Fact>', example: 'We have decided that returns are no longer accepted.'},
    {shape: 'We’re thrilled to share that <news for the customer>', rewrite: '<News for the customer>', example: 'We are thrilled to share that you can now book tables online.'},
    {shape: 'We’ve decided to <do something> (because <the seller’s reason>)', rewrite: 'We’ll <do something>', example: 'We’ve decided to stop taking cheques because it saves us time.'},
    {shape: '<what the customer needs>. <a sentence about the seller alone>', rewrite: '<what the customer needs>', example: 'Your table is booked. We are so excited about our new terrace, which we built to win an award.'},
    {shape: '<guilt: we’ve worked so hard on this for you>. <what the customer needs>', rewrite: '<what the customer needs> (guilt is dropped, never rephrased)', example: 'We’ve worked so hard on this for you. Your new kitchen plan is ready to view.'},
    {shape: '<news the customer needs>, as <the seller’s reason>', rewrite: '<news the customer needs>', example: 'From May we will no longer deliver on Sundays, as this suits our drivers.'},
    {shape: '<request> to help us <the seller’s gain>', rewrite: '<Request>', example: 'Fill in the form to help us reduce our paperwork.'},
    {shape: 'We like it when you <do something> (— <the seller’s reason>)', rewrite: 'Please <do something>', example: 'We like it when you book ahead — fewer queues for us.'}
  ],
  rewrite(input) {
    const own = turned(input)
    const rewrites = own ? [own] : dropClauses(input, policy).filter((rewrite) => !cutAtColon(input, rewrite) && !dropsNews(input, rewrite))
    return rewrites.filter((rewrite) => !keepsGuilt(input.text.slice(rewrite.offset, rewrite.endOffset), rewrite.text) && !onlyGreeting(rewrite.text))
  }
}

// What a customer needs told, however much the seller's sentence it is in (“From 1 June we will no longer accept returns”).
const news = /\b(?:no\s+longer|will\s+not|won['’]t|from\s+\d|starting|prices?|fees?|charges?|closed|closing|returns?|refunds?|deliver\w*|cancel\w*|hours)\b/iu

// A greeting's name and mark (“Hi Leo, ”, “Dear guest — ”), and a word that makes what follows it a clause.
const greetingLead = /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^,—–.!?]*(?:[,—–.!?]\s*|$)/iu
const clauseWord = /\b(?:is|are|was|were|be|been|has|have|had|will|can|could|would|should|may|might|must|do|does|did|please|you|your|we|i|it|they|thanks|thank)\b|['’](?:s|re|ve|ll|d)\b/iu

/** A greeting and nothing after it that says anything (“Hi Leo.”, “Dear guest, our awards.”): no rewrite, the advice speaks. */
function onlyGreeting(text: string): boolean {
  const lead = greetingLead.exec(text.trim())
  if (!lead) return false
  const rest = text.trim().slice(lead[0].length).replace(/[.!?…]+$/u, '').trim()
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2 || !clauseWord.test(rest)
}

/** Whether a sentence the rewrite drops whole tells the customer a change to the service: it is not the seller's alone. */
function dropsNews(input: RewriteInput, rewrite: Rewrite): boolean {
  const dropped = input.text.slice(rewrite.offset, rewrite.endOffset).split(/(?<=[.!?])\s+/u).filter((sentence) => !rewrite.text.includes(sentence.replace(/[.!?]+$/u, '')))
  // A request dropped whole is the customer's loss too (“Tenants: please don't phone during our meeting.”), unless it is for a score.
  return dropped.some((sentence) => news.test(sentence) || losesRequest(sentence, rewrite.text))
}

function losesRequest(sentence: string, rewritten: string): boolean {
  const request = /\bplease\s+[^,;:—–.!?]+/iu.exec(sentence)
  return request !== null && !scoreRequest.test(request[0]) && !rewritten.toLowerCase().includes(request[0].toLowerCase())
}

/** Whether the rewrite kept what follows a colon in the finding's sentence, its lead dropped, and that is no rule or request. */
function cutAtColon(input: RewriteInput, rewrite: Rewrite): boolean {
  const sentence = sentenceAround(input.text, input.start)
  const colon = sentence ? sentence.body.indexOf(': ') : -1
  if (!sentence || colon < 0 || sentence.start + colon < input.start) return false
  const after = sentence.body.slice(colon + 2)
  const lead = sentence.body.slice(0, colon)
  return !rewrite.text.includes(lead) && rewrite.text.includes(capitalise(after).slice(0, 12)) && !standsAfterColon.test(after)
}

/** The finding's sentence told from the customer's side (a request, a fact), when one of the shapes fits. */
function turned(input: RewriteInput): Rewrite | undefined {
  const sentence = sentenceAround(input.text, input.start)
  if (!sentence || input.end > sentence.end) return undefined
  const side = customerSide(sentence.body)
  if (!side || sellerLeft.test(side.text)) return undefined
  const rewritten = side.text
  const opens = /^\p{Lu}/u.test(sentence.body) || /^(?:Please|You|Introducing|We’ll)\b/.test(rewritten)
  const text = `${opens ? capitalise(rewritten) : rewritten}${sentence.close}`
  const original = input.text.slice(sentence.start, sentence.end)
  // The seller's reason takes its own nouns with it (“…, because phone calls slow our team”).
  // So do the people a demand was made of (“that patients …”): the request now asks the reader.
  const asked = side.request ? sentence.body.match(people) ?? [] : []
  const gone = `${input.text.slice(input.start, input.end)} ${sellersReason(sentence.body)} ${asked.join(' ')}`
  if (text === original || !keepsContentNouns(original, text, gone)) return undefined
  // News told of the seller (a decision, what it did) is still the seller's news where the learned layer reads it so.
  if (side.told && mayStillFlag(rule.meta.id, text)) return undefined
  // A request that keeps the seller's reason in words the tables know (“…, as calls disrupt our workshop”) falls to the clause drop.
  if (!side.told && hasRuleTriggers(rule.meta.id, text) && mayStillFlag(rule.meta.id, text)) return undefined
  // “We love it when you tip! <It makes our day.>”: the seller's reason, told as a sentence of its own, goes too.
  const next = sentenceAfter(input.text, sentence)
  const reason = next && /^(?:it|this|that)\b/iu.test(next.body) && isSellersReason(next.body) ? next : undefined
  return {text, offset: sentence.start, endOffset: reason?.end ?? sentence.end, scope: 'sentence'}
}

// Asides that say nothing once the seller's side is gone (“Honestly.”, “Just so you know.”).
// So is the seller's rulebook named alone (“Our policy.”, “Our rules.”).
const filler = /^(?:honestly|seriously|just|just so you know|so you know|fyi|ps|p\.s\.?|btw|so|also|anyway|heads up|a reminder|reminder|our\s+(?:policy|rules|terms|way|store|house|process))$/iu
const echoes = /\b(?:do|does|did|will|would)\s+too$/iu
const ownWins = /\bwe(?:['’]ve|\s+have)\s+(?:won|grown|built|achieved|expanded|been\s+(?:named|ranked|voted|awarded)|worked\s+(?:(?:so|really|incredibly|very)\s+)?hard)\b/iu
// A clause cut short (“we've been <so busy…>”) is no clause to keep.
const dangling = /\b(?:been|be|is|are|was|were|am|the|a|an|to|of|our|your|and|or|that|with|for)$/iu
// After a dropped lead (“Our new logo reflects who we are: …”), only a rule or a request stands on its own.
const standsAfterColon = /^(?:no|please|you|your|every|all|each|only|always|never|we\s+(?:will|won['’]t|can['’]t|do\s+not|don['’]t))\b/iu
// The seller in a clause, other than as the one the customer reaches (“call us”).
const leansOnUs = /\b(?:we|we['’](?:re|ve|ll|d)|our|ours|ourselves)\b|(?<!\b(?:call|contact|email|e-mail|message|text|ask|visit|with|from|to)\s+)\bus\b/iu
// What the seller does or does not do for every customer, told plainly: the fact a customer needs, not the seller's side.
const isPleaOnUs = (clause: string): boolean => /^please\b/iu.test(clause.trim()) && leansOnUs.test(clause)
const plainRule = /^we\s+(?:don['’]t|do\s+not|can['’]t|cannot|won['’]t|will\s+not|no\s+longer)\s+(?:accept|take|refund|deliver|offer|allow|open|ship|sell|exchange|issue|hold|store|charge|post|collect)\b[^,;:—–!?]*[.!]?$/iu
const greeting = /^(?:thanks|thank you|many thanks|hi|hello|dear)\b/iu

/**
 * Where no shape turns the sentence, the seller's side is dropped and the
 * customer's kept: a clause or a whole sentence about the seller alone
 * (“Our team deserves a break, so we'll be closed next week” → “We'll be
 * closed next week”; “Your box arrives Tuesday. We're so excited about our
 * new packaging.” → “Your box arrives Tuesday.”).
 */
const policy: DropPolicy = {
  ruleId: rule.meta.id,
  carries: (clause) => hasRuleTriggers(rule.meta.id, clause) || sellerLeft.test(clause),
  isFiller: (clause) => filler.test(withoutEmoji(clause)) || isEmojiOnly(clause),
  // Beside the dropped words, a clause stays unless it is the seller's own reason (“it saves us time”).
  // Nor a clause that leans on a dropped one (“hope you do too”), nor the seller's own wins (“we've won awards”),
  // nor a plea that leans on us (“please don't let us down”).
  keeps: (clause) => !isSellersReason(clause) && !isPleaOnUs(clause) && !dangling.test(clause.trim()) && !/^(?:it|this|that)\s+(?:really\s+)?(?:helps|saves|makes|means)\s+(?:us|a\s+lot|so\s+much)\b/iu.test(clause) && !echoes.test(clause.trim()) && !ownWins.test(clause),
  // A neighbour kept in place of the seller's sentence must face the customer.
  // So may a plain rule the customer needs told (“We don't accept photos by email.”), once the seller's pride is gone.
  standsInstead: (sentence) => (facesCustomer(sentence) || plainRule.test(sentence.trim())) && !scoreRequest.test(sentence) && !sellerLeft.test(sentence) && !echoes.test(sentence.trim().replace(/[.!?…]+$/u, '')),
  standsAlone: (remainder) => greeting.test(remainder.trim()),
  flaggedNounsGo: true,
  // A request or the customer's news (“Your table is booked”) stays, though a learned span runs over it.
  // Not a plea that leans on us (“please don't let us down”), nor a stock reply too short to stand (“you're welcome”).
  keepsTouched: (clause) => /^(?:please|you|your)\b/iu.test(clause.trim()) && clause.trim().split(/\s+/).length >= 3 && !leansOnUs.test(clause) && !hasRuleTriggers(rule.meta.id, clause) && !sellerLeft.test(clause) && !scoreRequest.test(clause),
  close: (written) => written.replace(/^([.!?…])\1+/u, '$1').replace(/^[!?]{2,}/u, (marks) => marks.charAt(0))
}

/**
 * The sentence told from the customer's side, or undefined when no shape fits; `told` when it is news of the
 * seller (a decision, what it did) rather than a request or a fact that faces the customer.
 */
function customerSide(body: string): {text: string; told: boolean; request: boolean} | undefined {
  const framed = withoutFrame(fromRequest(withoutLeadingReason(body.trim())))
  // A lead-in (“Just so you know, …”) goes only with the demand or decision it opens.
  const bare = capitalise(framed.replace(leadIn, ''))
  const request = asRequest(bare)
  const fact = request ? undefined : asFact(bare)
  // News the customer needs (“From May we will no longer deliver on Sundays”) may stand without the seller's reason too.
  const rewritten = withoutTrailingReason(request ?? fact ?? framed, (head) => facesCustomer(head) || reportsWhatWeDid(head) || news.test(head))
  // What is left must face the customer: a fact the seller tells about itself alone is still we-centered.
  const faces = facesCustomer(rewritten)
  const told = !faces && (rewritten.startsWith('We’ll') || (rewritten !== framed && (reportsWhatWeDid(rewritten) || news.test(rewritten))))
  if (rewritten === body.trim() || rewritten.split(/\s+/).length < 2 || (!faces && !told) || scoreRequest.test(rewritten)) return undefined
  return {text: rewritten, told, request: request !== undefined}
}

function withoutFrame(body: string): string {
  const opened = body.replace(leadingFrame, '').replace(policyIs, '')
  const trimmed = (opened === body ? body : capitalise(opened)).replace(trailingFrame, '')
  return trimmed
}

/** “We require all customers to show ID” → “Please show ID”; undefined when it is no demand, or a demand for a score. */
function asRequest(body: string): string | undefined {
  const request = requestOf(body)
  if (!request || scoreRequest.test(request)) return undefined
  return request
}

function requestOf(body: string): string | undefined {
  const to = demandTo.exec(body)
  if (to) return please(to[2]!, to[1]!)
  // “… if you picked …” is a past: only a verb the lists know (or a modal before one) is told as a base form.
  const helped = helpsIf.exec(body)
  const known = helped && /^(?:could|would|didn['’]t)$|^did$/iu.test(helped[2]!.split(/\s+/)[0]!) ? helped : helped && baseOfPast(helped[2]!.split(/\s+/)[0]!) ? helped : null
  const that = demandThat.exec(body) ?? wish.exec(body) ?? liking.exec(body) ?? known
  if (that) {
    const [verb, ...rest] = that[2]!.split(/\s+/)
    const base = baseVerb(verb!, rest)
    return base ? please(base.words, that[1]!) : undefined
  }

  const noun = needsNoun.exec(body)
  if (!noun) return undefined
  const thing = noun[1]!
  // “48 hours' notice” is given, not needed.
  if (/^\d[\d\s-]*\s*(?:hours?|days?|weeks?|months?)['’]?\s+notice\b/iu.test(thing)) return `Please give ${forReader(thing)}`
  return /^(?:a|an|the|your|proof|photo|valid|two|one|\d)\b/iu.test(thing) ? `You’ll need ${forReader(thing)}` : undefined
}

/** The first word of a subjunctive or past clause as a base verb: “arrive”, “paid” → “pay”, “didn't call” → “don’t call”. */
function baseVerb(verb: string, rest: readonly string[]): {words: string} | undefined {
  const lower = verb.toLowerCase()
  if (/^(?:could|would|can|will)$/.test(lower)) return baseVerb(rest[0] ?? '', rest.slice(1))
  const negated = /^(?:didn['’]t|don['’]t)$/.test(lower) ? rest : /^(?:did|do)$/.test(lower) && rest[0] === 'not' ? rest.slice(1) : undefined
  if (negated) return negated.length > 0 ? {words: `don’t ${negated.join(' ')}`} : undefined
  if (notVerbs.has(lower) || !/^\p{Ll}+$/u.test(verb)) return undefined
  const base = /ed$/.test(lower) || baseOfPast(lower) ? baseOfPast(lower) : /[^s]s$/.test(lower) ? undefined : lower
  return base ? {words: [base, ...rest].join(' ')} : undefined
}

/** “Please <do it>”, the demand's third person turned to the reader (“their card” → “your card”). */
function please(action: string, person: string): string | undefined {
  const verb = action.split(/\s+/)[0]!.toLowerCase()
  if (notVerbs.has(verb) && verb !== 'be') return undefined
  if (verb === 'be' && /^be\s+\p{Ll}+ed\b/u.test(action)) return undefined
  // The reason goes before the reader's words are swapped in: “…, as our team values their downtime” is the seller's.
  const kept = withoutTrailingReason(action)
  const words = /^you$/i.test(person) ? kept : forReader(kept)
  return `Please ${words}`
}

/** The customers' things as the reader's, the seller's rules as plain “the” rules. */
function forReader(words: string): string {
  return words
    .replace(/\btheir\b/giu, 'your')
    .replace(/\bthemselves\b/giu, 'yourself')
    .replace(/\bthey(['’]re)\b/giu, 'you$1')
    .replace(/\b(?:to|with|for)\s+them\b/giu, (match) => match.replace(/them$/u, 'you'))
    .replace(/\bour\s+(?=(?:house\s+)?(?:rules|policy|policies|procedures?|process|system|terms|opening\s+hours|closing\s+time|dress\s+code)\b)/giu, 'the ')
}

/** A decision or a feeling dropped, the fact kept (“We're excited to announce that you can now…” → “You can now…”). */
function asFact(body: string): string | undefined {
  const that = decidedThat.exec(body)
  if (that) return capitalise(that[1]!)
  const decided = decidedTo.exec(body)
  if (decided) return `We’ll ${withoutTrailingReason(decided[1]!, () => true)}`
  const news = announce.exec(body)
  if (!news) return undefined
  const told = news[2]!.replace(trailingPride, '')
  return news[1] || clauseStart.test(told) ? capitalise(told) : `Introducing ${told}`
}
