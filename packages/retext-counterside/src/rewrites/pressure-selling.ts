/**
 * Pressure: keep the offer and its facts, drop the push (“Book your
 * service today or pay double next month.” → “Book your service today.”;
 * “Hurry! Our sale ends Sunday.” → “Our sale ends Sunday.”). Countdowns,
 * “before it's gone”, “don't miss out”, shaming and now-or-never clauses go;
 * a real deadline told as a fact stays; “!” calms to “.”, capitals to
 * sentence case. A shaming “no” is told plainly (“No thanks.”).
 */
import {rule} from '../rules/pressure-selling.js'
import {hasRuleTriggers} from './rule-triggers.js'
import {dropClauses, isEmojiOnly, withoutEmoji, type DropPolicy} from './drop-clauses.js'
import {clausesOf} from './clauses.js'
import {keepsContentNouns} from './content-nouns.js'
import {capitalise} from './grammar.js'
import {hasGuilt, keepsGuilt} from './guilt.js'
import {sentenceAfter, sentenceAround, sentenceBefore, type SentenceSpan} from './sentence.js'
import {sentenceRewrite} from './sentence-rewrite.js'
import {sentenceCase} from './shouting.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

const hasTriggers = (clause: string): boolean => hasRuleTriggers(rule.meta.id, clause)

// Words that push without saying anything (“Seriously”, “Psst”), and hurry words the tables leave to the learned layer.
const filler = new RegExp(String.raw`^(?:${[
  'seriously', 'honestly', 'really', 'tbh', 'psst+', 'hey', 'look', 'listen', 'trust me', 'just saying', 'i mean', 'go on', 'come on',
  'quick', 'quickly', 'now', 'right now', 'yes', 'ok', 'okay', 'wow', 'so', 'well', 'just', 'tick[ -]tock', 'act (?:now|fast|quick(?:ly)?)',
  'don[’\']?t (?:wait|delay|hesitate)', 'be quick', 'move fast', 'grab (?:it|them|yours) (?:now|fast|quick(?:ly)?)', 'for good', 'forever',
  'mm+', 'hmm+', 'um+', 'er+', 'wait', 'i[’\']ll be honest', 'to be honest', 'no pressure', '(?:it[’\']s )?(?:your|the) call(?:,? of course)?', 'bold move', 'just so you know', 'of course', '(?:just )?a (?:friendly|quick|gentle) (?:nudge|reminder)'
].join('|')})$`, 'iu')
// Pressure the tables leave to the learned layer, said in other words: everyone else is buying, guilt, a threatened loss, a jibe.
const pushes = new RegExp([
  // “Everyone else has already upgraded”: the others, where they are, and what they did.
  [
    String.raw`\b(?:everyone|everybody|most (?:people|customers|shoppers|drivers|patients|parents)|all your|your (?:neighbours|neighbors|friends))`,
    String.raw`(?:[’']s|\s+(?:else|here|around you|(?:in|on|at) (?:your |the )?\p{L}+(?: \p{Lu}\p{L}+)?))?`,
    String.raw`\s+(?:is\s+|are\s+|has\s+|have\s+|already\s+)*(?:upgrad|switch|buy|bought|book|join|get|got|add|lock|choos|chose|pick|order|have|has|own|use)\p{L}*`
  ].join(''),
  String.raw`\b(?:everyone|everybody)(?:[’']s| is| are) talking\b|\bserious \p{L}+ (?:upgrade|choose|buy|switch)\b|\bmost (?:responsible|sensible|careful|loyal|smart) \p{L}+`,
  String.raw`\b(?:disappointed|sad to see you|miss you|hate to lose|shame if|a shame|leaving (?:so soon|already)|hope nothing goes wrong|your (?:money|call|risk), your (?:risk|call|choice))\b`,
  String.raw`\bthink (?:of|about) (?:your|the) (?:children|kids|family|loved ones|future)\b|\bin the rain for you\b|\blet (?:us|me) down\b|\bthrow(?:ing)? (?:it |(?:it )?all )?away\b`,
  String.raw`\b(?:others|other (?:people|shoppers|customers)|\d+ (?:people|shoppers|customers|others|guests|families))\b|\bare you next\b|\b\d+ in \d+\b|\b\d+% of\b|\bwon[’']t (?:wait|stay|last)\b|\bi[’']d (?:grab|buy|book|get|snap|take|lock)\b`,
  String.raw`\b(?:will be lost|be gone|(?:it|that)[’']s gone|it is gone|won[’']t be there|you[’']ll lose|lose (?:it|out|everything)|disappear\p{L}*|vanish\p{L}*|gone for|gone forever|never (?:be )?(?:this|so) (?:cheap|low)|never comes? back)\b`,
  String.raw`\b(?:is|are) (?:flying|going fast|selling out)\b`,
  // Others buying, and guilt in other words (“Other parents are booking right now”, “Don't walk away from your goals”).
  String.raw`\bother (?:candidates|buyers|bidders|offers|applicants|couples|families|parents)\b|\bhave to move on\b|\bcan only (?:keep|hold)\b`,
  String.raw`\bcan[’']t offer (?:this|it|that)(?: \p{L}+)? again\b|\bwon[’']t (?:come|be) back\b|\bnever again\b`,
  String.raw`\bother \p{L}+ (?:are|is) (?:\p{L}+ing)\b|\banother \p{L}+ (?:is |are )?interested\b|\bdon[’']t (?:let|walk away|give up on|turn your back)\b|\b(?:abandon|forfeit)\p{L}*\b`,
  // “This is the last email”, “your final reminder”: the push told as the message itself.
  String.raw`\b(?:the|this|your|our)\s+(?:very\s+)?(?:last|final)\s+(?:email|e-mail|reminder|message|text|call|chance|opportunity)\b`,
  String.raw`^(?:(?:the|this\s+is\s+(?:the|your))\s+)?(?:last|final)\s+(?:call|chance|hours?|reminder)(?:,?\s+ever)?$`,
  // The threat hung on an order (“… or lose your stamps”, “… or the rate doubles”).
  String.raw`^or (?:else\b|lose|pay|miss|regret|forfeit|watch|you[’']ll|the (?:price|rate|offer|deal|discount|bonus)\b)`
].join('|'), 'iu')
// A running clock (“ends in 04:59”, “00:09:59 left”) is a countdown; a time of day (“at 18:00”) is not.
const countdown = /\b(?:for|in|within) the next (?:\d+|few|couple of) (?:seconds?|minutes?|mins?|hours?)\b|\b(?:in|for)\s+\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}:\d{2}(?::\d{2})?\s+(?:left|remaining|to go)\b|\b00:\d{2}\b/iu
const clockOnly = /^[\d:.\s…]+$/u
// The plain “no” a shaming button should say.
const refusal = /^(?:no,? thanks|no thank you|no|not now|maybe later|skip(?: it| this)?|decline(?: \p{L}+)?|not interested)$/iu
// What is left of “Buy now or miss out forever”: an order the offer's sentence gave, without a hurry of its own.
const bareOrder = /^(?!(?:act|decide|hurry|move|go|run|choose|commit|think|wait)\b)\p{L}+(?:\s+(?:up|in|it|them|yours|online))?\s+(?:now|today|tonight)$/iu
// A real stock count is a fact (“Only 2 seats left”, “3 left in your size”), not pressure.
const stockCount = /^(?:only\s+|just\s+)?\d+\s+(?:[\p{L}&'’-]+\s+){0,4}left(?:\s+(?:in|at|for|on)\s+[\p{L}\p{N}\s'’-]+)?$/iu
// What cannot stand without the push before it: a condition (“Before you cancel…”), a question that answers it (“Why haven't you?”).
const leaningQuestion = new RegExp(String.raw`^(?:${[
  String.raw`(?:wouldn|isn|aren|won|don|doesn|didn|hasn|haven|couldn|shouldn)[’']t (?:it|you|they|we|he|she|there)$`,
  String.raw`why (?:haven|hasn|don|didn|wouldn|won|aren|isn)\p{L}*[’']?t?`,
  String.raw`(?:will|would|won[’']t|do|did|don[’']t|have|haven[’']t) you`,
  'what are you waiting for',
  '(?:are you )?sure you',
  'are you (?:serious|next|in|ready)',
  'just (?:thought|saying|so you know)',
  'thought you[’\']d',
  // “You haven't yet.”: the guilt, pointing back at the others who did.
  'you (?:haven|hasn|didn|aren)[’\']t(?=(?: yet)?[.!?]*$)'
].join('|')})\b`, 'iu')
const leaning = new RegExp(String.raw`^(?:before|if|when|unless|once|while|because|until|so|and|but)\b|${leaningQuestion.source}`, 'iu')
const question = /^(?:are|is|do|does|did|can|could|will|would|shall|should|have|has|what|how|why|when|where|which|who)\b/iu
// “No thanks, I prefer paying full price”: the refusal first, the shaming after it.
// A decline button names what it declines (“Decline upgrade (and miss out on the view)”): the shaming may be bracketed.
const shamedNo = /^(no,? thanks|no thank you|no|(?:skip|decline)(?:\s+(?:the\s+|this\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?|not now|maybe later)\s*(?:[,;:—–-]+|\((?=[^()]*\)$))\s*/iu

// A real timed deadline (“ends Sunday 6 pm”, “until 31 March”, “at midnight”): a fact the customer needs, which no rewrite drops.
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
const deadline = new RegExp([
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:midnight|midday|noon)\b`,
  String.raw`\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})`,
  String.raw`\b(?:at|by|until|till|before|from|ends?|closes?)\s+\d{1,2}[:.]\d{2}\b`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${month}\b|\b${month}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b`
].join('|'), 'giu')
const deadlinesOf = (text: string): string[] => [...text.matchAll(deadline)].map((match) => match[0].toLowerCase().replace(/\s+/gu, ' '))

/** Whether the rewrite keeps every timed deadline of the words it replaces (“ends Sunday 6 pm” must survive). */
function keepsDeadlines(text: string, rewrite: Rewrite): boolean {
  const kept = rewrite.text.toLowerCase().replace(/\s+/gu, ' ')
  return deadlinesOf(text.slice(rewrite.offset, rewrite.endOffset)).every((found) => kept.includes(found))
}

const carries = (clause: string): boolean =>
  !stockCount.test(clause.trim().replace(/[.!]+$/u, '')) && (hasTriggers(clause) || countdown.test(clause) || pushes.test(clause) || hasGuilt(clause))

const policy: DropPolicy = {
  ruleId: rule.meta.id,
  // A stock count holds a hint of the rule's words (“only 2 left”) below its threshold: as a clause of its own, it is a fact.
  // Guilt (“we've worked so hard for you”) goes with the push it serves.
  carries,
  isFiller: (clause) => filler.test(withoutEmoji(clause)) || isEmojiOnly(clause) || clockOnly.test(withoutEmoji(clause)),
  // A question that leans on the push it followed (“— why haven't you?”) goes with it.
  keeps: (clause) => !leaningQuestion.test(clause.trim()),
  // In place of a dropped push, a bare order (“Tap now.”) says nothing of the offer.
  standsInstead: (sentence) => (sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3 && !leaning.test(sentence.trim()),
  // “No thanks”, “Buy now”, “Only 2 seats left”: short, and whole once the push is gone.
  standsAlone: (remainder) => [refusal, bareOrder, stockCount].some((shape) => shape.test(remainder.trim())),
  // Calm: a push's “!” becomes a full stop; a question stays one.
  close: (written, remainder) => (written === '' ? '' : written.includes('?') && question.test(remainder) ? '?' : '.'),
  // A deadline the learned layer's span runs over (“LAST CHANCE: your discount ends at midnight”) stays, told as the fact it is.
  // Not a condition (“if I don't hear back by 5pm, …”): it leans on the threat it opens.
  keepsTouched: (clause) => deadlinesOf(clause).length > 0 && !carries(clause) && !leaning.test(clause.trim()),
  // What is kept, told without the words that push it (“Only 4 tickets left” → “4 tickets left”, “Lock in” → “Book”).
  plainer: (kept) => plainOrder(plainCount(kept))
}

export const pressureSelling: TemplateFamily = {
  ruleId: 'pressure-selling',
  shapes: [
    {shape: '… or miss out / or pay double / or lose it', rewrite: 'the sentence without the threat', example: 'Book your boiler service today or pay double next month.'},
    {shape: '… before it’s gone / before someone else does / in the next 30 seconds', rewrite: 'the sentence without the push', example: 'Lock in your seat within 90 seconds.'},
    {shape: 'Hurry, … / Today only: … / Last chance ever: …', rewrite: 'the offer as a fact', example: 'Last chance ever: 20% off all coats in store.'},
    {shape: 'a sentence of nothing but pressure, beside one with the offer', rewrite: 'the offer’s sentence alone', example: 'Don’t miss out! Our winter sale ends Sunday.'},
    {shape: '<order> now / today or <threat>', rewrite: 'the order alone', example: 'Order today or miss out for good.'},
    {shape: 'Hurry, only <n> <things> left', rewrite: 'the stock count, as a fact', example: 'Hurry, only 4 tickets left.'},
    {shape: 'Only <n> minutes left to <offer>', rewrite: '<offer>, as an order', example: 'Only 5 minutes left to book your free eye test!'},
    {shape: 'Last chance (ever) to <offer> / FINAL HOURS TO <offer>', rewrite: '<Offer>, as an order', example: 'Last chance to book your winter tyre check!'},
    {shape: 'LAST CHANCE! <order> before it’s gone (a sentence of push beside the order)', rewrite: '<order>, the whole push dropped', example: 'LAST CHANCE! Book your flu jab now before they’re gone.'},
    {shape: 'Hurry! <offer> ends <day, date or time>', rewrite: '<offer> ends <day, date or time> (a real deadline is never dropped)', example: 'Hurry! The half-price sale ends Sunday 6 pm.'},
    {shape: 'No thanks, I prefer paying full price (a shaming “no”)', rewrite: 'No thanks', example: 'No thanks, I prefer paying full price.'},
    {shape: 'Decline / Skip <thing> (and miss out on <it>)', rewrite: 'Decline / Skip <thing>', example: 'Skip protection (and pay full price for repairs)'},
    {shape: '<Order> NOW or <threat> (a shouted hurry word)', rewrite: '<Order> now.', example: 'Register NOW or lose your early-bird place forever.'},
    {shape: 'BUY NOW … (capitals, stacked marks)', rewrite: 'the same in sentence case, with one calm mark', example: 'HURRY!! OUR SALE ENDS SUNDAY.'}
  ],
  rewrite(input) {
    // The sentence beside it first: “Buy now before it's gone! Delivery is free …” keeps the offer, not the bare order.
    const rewrites = plainNo(input) ?? timeLeftTo(input) ?? or(dropClauses(input, policy), () => or(dropClauses(focused(input), policy), () => lastChanceBeside(input)))
    return rewrites
      .filter((rewrite) => !leansOn(input.text, rewrite) && !orderInstead(input, rewrite))
      .flatMap((rewrite) => {
        const widened = withoutPushesBeside(input.text, rewrite)
        return widened ? [toldAsOffer(widened)] : []
      })
      .filter((rewrite) => keepsDeadlines(input.text, rewrite) && !keepsGuilt(input.text.slice(rewrite.offset, rewrite.endOffset), rewrite.text))
      .map(calmed)
  }
}

// “Only 4 tickets left”: the “only” is the push in a stock count; the count alone is the fact.
const pushedCount = /^(?:only|just)\s+(?=\d+\s+(?:[\p{L}&'’-]+\s+){0,4}left\b)/iu

/** “Only 4 tickets left.” → “4 tickets left.”: a stock count told without the word that pushes it. */
function plainCount(kept: string): string {
  return kept.replace(pushedCount, '')
}

// “Lock in your seat”: a verb that tells the customer a thing will slip away; what they do is book it or get it.
const lockIn = /^lock\s+in\s+(?=(?:your|the|this|a|an|my)\s+([\p{L}-]+))/iu
const booked = /^(?:seats?|places?|spots?|slots?|tables?|rooms?|pitch(?:es)?|appointments?|tickets?|sessions?|class(?:es)?|tours?|visits?)$/iu

/** “Lock in your seat.” → “Book your seat.”; “Lock in your rate now.” → “Get your rate now.” */
function plainOrder(kept: string): string {
  const match = lockIn.exec(kept)
  if (!match) return kept
  return `${booked.test(match[1]!) ? 'Book' : 'Get'} ${kept.slice(match[0].length)}`
}

/**
 * A sentence of nothing but push before or after a last chance to do something (“HURRY!!! FINAL HOURS TO RENEW
 * YOUR PERMIT!!!”): the last chance is told as its offer (“Renew your permit.”), and the push beside it goes.
 */
function lastChanceBeside(input: RewriteInput): Rewrite[] {
  const own = sentenceAround(input.text, input.start)
  if (!own || !onlyPush(input.text, own)) return []
  for (const beside of [sentenceAfter(input.text, own), sentenceBefore(input.text, own)]) {
    const told = beside && timeLeftTo({...input, start: beside.start, end: beside.end})
    if (told) return told
  }

  return []
}

// The conjunctions that hang a push on an order (“Book today <or lose your stamps>”, “Buy now <before they're gone>”).
const pushJoint = /^(?:or|before|unless|and)$/u

/**
 * The finding narrowed to the push: a span of cues that starts in the order
 * (“today or lose your”, “Buy now before”) begins at the clause of the push
 * hung on it, and reaches that clause's end, so the order stays.
 */
function focused(input: RewriteInput): RewriteInput {
  const sentence = sentenceAround(input.text, input.start)
  if (!sentence) return input
  const touched = clausesOf(input.text, sentence.start, sentence.start + sentence.body.length).filter((clause) => clause.start < input.end && clause.end > input.start)
  const push = touched.findIndex((clause, index) => index > 0 && pushJoint.test(clause.joint?.word ?? '') && policy.carries(input.text.slice(clause.start, clause.end)))
  if (push < 1 || touched.slice(0, push).some((clause) => policy.carries(input.text.slice(clause.start, clause.end)))) return input
  return {...input, start: touched[push]!.start, end: Math.max(input.end, touched.at(-1)!.end)}
}

/** The sentence after a rewrite leans on what it dropped (“… Most of our customers don't wait. <Will you?>”). */
function leansOn(text: string, rewrite: Rewrite): boolean {
  const after = sentenceAfter(text, {start: rewrite.offset, end: rewrite.endOffset, body: '', close: ''})
  return after !== undefined && leaning.test(after.body.trim()) && /\?$/.test(after.close)
}

/** In place of a dropped sentence, a bare order (“Tap now.”) says nothing of the offer; in its own sentence it is what was asked. */
function orderInstead(input: RewriteInput, rewrite: Rewrite): boolean {
  const own = sentenceAround(input.text, input.start)
  return own !== undefined && (rewrite.offset < own.start || rewrite.endOffset > own.end) && bareOrder.test(rewrite.text.replace(/[.!?…]+$/u, '').trim())
}

/** A bare order left in capitals (“BOOK NOW”) is told in sentence case, like the rest of a calmed push; a shouted “NOW” in it, in lower case. */
function calmed(rewrite: Rewrite): Rewrite {
  if (/\p{Lu}{2,}/u.test(rewrite.text) && !/\p{Ll}/u.test(rewrite.text)) return {...rewrite, text: sentenceCase(rewrite.text, true)}
  // “Apply NOW.”: the hurry word shouted in an order otherwise written calmly.
  return /\p{Ll}/u.test(rewrite.text) ? {...rewrite, text: rewrite.text.replace(shoutedHurry, (word) => word.toLowerCase())} : rewrite
}

const shoutedHurry = /(?<=\p{L}\s+)\b(?:NOW|TODAY|TONIGHT)\b/gu

const heldStock = /\b\d+\s+(?!(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b)(?:[\p{L}&'’-]+\s+){0,4}left\b/iu

/** A sentence of nothing but push: every clause carries the rule's words or is filler (“LAST CHANCE!”, “Hurry!”, “Don't miss out!”). */
function onlyPush(text: string, sentence: SentenceSpan): boolean {
  // A stock count (“ONLY 2 SLOTS LEFT THIS WEEK!!!”) is a fact beside the push: it stays.
  if (heldStock.test(sentence.body)) return false
  const clauses = clausesOf(text, sentence.start, sentence.start + sentence.body.length).map((clause) => text.slice(clause.start, clause.end))
  return clauses.length > 0 && clauses.some((clause) => carries(clause)) && clauses.every((clause) => carries(clause) || policy.isFiller(clause))
}

/**
 * The rewrite widened over the push-only sentences beside it (“<LAST CHANCE!> Book now before it's gone.” → “Book
 * now.”): the whole push goes, none of it left dangling before or after what the rewrite keeps.
 */
function withoutPushesBeside(text: string, rewrite: Rewrite): Rewrite | undefined {
  let first = sentenceAround(text, rewrite.offset)
  let last = sentenceAround(text, Math.max(rewrite.offset, rewrite.endOffset - 1))
  if (!first || !last || first.start !== rewrite.offset || last.end !== rewrite.endOffset) return rewrite
  // A push that names something of the customer's (“Don't let your family down.”) cannot go without it, nor stay beside
  // the calm rewrite: then there is none.
  let blocked = false
  const absorbs = (sentence: SentenceSpan | undefined): sentence is SentenceSpan => {
    if (!sentence || !onlyPush(text, sentence)) return false
    // One with the rule's own words is a finding of its own, and its nouns (“this offer”) go with it.
    const written = text.slice(sentence.start, sentence.end)
    if (hasTriggers(written) || keepsContentNouns(written, rewrite.text, '')) return true
    blocked = true
    return false
  }

  for (let steps = 0; steps < 2; steps++) {
    const before = sentenceBefore(text, first)
    if (!absorbs(before)) break
    first = before
  }

  for (let steps = 0; steps < 2; steps++) {
    const after = sentenceAfter(text, last)
    if (!absorbs(after)) break
    last = after
  }

  if (blocked) return undefined
  return first.start === rewrite.offset && last.end === rewrite.endOffset ? rewrite : {...rewrite, offset: first.start, endOffset: last.end, scope: 'sentence'}
}

function or(rewrites: Rewrite[], otherwise: () => Rewrite[]): Rewrite[] {
  return rewrites.length > 0 ? rewrites : otherwise()
}

// “Only 2 minutes left to claim 40% off”, “⏳ 04:59 left to claim your discount”: a countdown, then the offer as an order.
const leftTo = /^(?:(?:(?:only|just)\s+)?(?:\d{1,3}(?::\d{2}){0,2}|a\s+few)\s*(?:(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\s+)?left|(?:this\s+is\s+)?(?:your\s+|the\s+)?(?:last|final)\s+(?:chance|call|opportunity|hours?)(?:,?\s+ever,?)?)\s+to\s+(\p{L}[^,;:—–()]*)$/iu
const trailingClock = /\s*\d{1,2}:\d{2}(?::\d{2})?$/u

/** “Only 2 minutes left to claim 50% off your pass!” → “Claim 50% off your pass.”: the countdown goes, the offer stays. */
function timeLeftTo(input: RewriteInput): Rewrite[] | undefined {
  const sentence = sentenceAround(input.text, input.start)
  const told = sentence && offerOf(sentence.body)
  if (!sentence || !told) return undefined
  const rewrite = sentenceRewrite(input, sentence, `${told}${sentence.close === '' ? '' : '.'}`)
  // The clock after it (“… ⏰ 01:59”) is the same countdown, and goes too.
  const after = rewrite && sentenceAfter(input.text, sentence)
  const clock = after && policy.isFiller(after.body) && after.end === input.text.trimEnd().length ? after : undefined
  return rewrite ? [clock ? {...rewrite, endOffset: clock.end} : rewrite] : undefined
}

/** The offer a countdown or a last chance leads to (“Only 2 minutes left to claim 50% off” → “Claim 50% off”), as an order; undefined for any other sentence. */
function offerOf(body: string): string | undefined {
  const match = leftTo.exec(withoutEmoji(body).replace(trailingClock, '').trim())
  const offer = match?.[1]!.trim()
  if (!offer || (offer.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 2 || /\s(?:or|before|then|and)\s/iu.test(offer) || policy.carries(offer)) return undefined
  return /\p{Ll}/u.test(offer) ? capitalise(offer) : sentenceCase(offer, true)
}

/** A kept neighbour that is itself a last chance (“HURRY!!! <FINAL HOURS TO SECURE YOUR RATE!!!>”) is told as its offer (“Secure your rate.”). */
function toldAsOffer(rewrite: Rewrite): Rewrite {
  const told = offerOf(rewrite.text.replace(/[.!?…]+$/u, ''))
  return told ? {...rewrite, text: `${told}.`} : rewrite
}

/** “No thanks, I prefer paying full price.” → “No thanks.” */
function plainNo(input: RewriteInput): Rewrite[] | undefined {
  const sentence = sentenceAround(input.text, input.start)
  const match = sentence && shamedNo.exec(sentence.body)
  if (!sentence || !match || input.end <= sentence.start + match[1]!.length) return undefined
  const close = sentence.close === '' ? '' : '.'
  // The declined thing keeps its own capitals (“Decline Seat Plus”); a shouted “NO THANKS” is calmed.
  const no = /\p{Ll}/u.test(match[1]!) ? match[1]! : match[1]!.toLowerCase()
  return [{text: `${capitalise(no)}${close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
}
