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
import {capitalise} from './grammar.js'
import {sentenceAround} from './sentence.js'
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
    String.raw`(?:[’']s|\s+(?:else|here|around you|in your \p{L}+|on your \p{L}+))?`,
    String.raw`\s+(?:is\s+|are\s+|has\s+|have\s+|already\s+)*(?:upgrad|switch|buy|bought|book|join|get|got|add|lock|choos|chose|pick|order)\p{L}*`
  ].join(''),
  String.raw`\b(?:everyone|everybody)(?:[’']s| is| are) talking\b|\bserious \p{L}+ (?:upgrade|choose|buy|switch)\b|\bmost (?:responsible|sensible|careful|loyal|smart) \p{L}+`,
  String.raw`\b(?:disappointed|sad to see you|miss you|hate to lose|shame if|a shame|leaving (?:so soon|already)|hope nothing goes wrong|your (?:money|call|risk), your (?:risk|call|choice))\b`,
  String.raw`\bthink (?:of|about) (?:your|the) (?:children|kids|family|loved ones|future)\b|\bin the rain for you\b|\blet (?:us|me) down\b|\bthrow(?:ing)? (?:it |(?:it )?all )?away\b`,
  String.raw`\b(?:others|other (?:people|shoppers|customers)|\d+ (?:people|shoppers|customers|others|guests|families))\b|\bare you next\b|\b\d+ in \d+\b|\b\d+% of\b|\bwon[’']t (?:wait|stay|last)\b|\bi[’']d (?:grab|buy|book|get|snap|take|lock)\b`,
  String.raw`\b(?:will be lost|be gone|(?:it|that)[’']s gone|it is gone|won[’']t be there|you[’']ll lose|lose (?:it|out|everything)|disappear\p{L}*|vanish\p{L}*|gone for|gone forever|never (?:be )?(?:this|so) (?:cheap|low)|never comes? back)\b`,
  String.raw`\b(?:is|are) (?:flying|going fast|selling out)\b`
].join('|'), 'iu')
// A running clock (“ends in 04:59”, “00:09:59 left”) is a countdown; a time of day (“at 18:00”) is not.
const countdown = /\b(?:for|in|within) the next (?:\d+|few|couple of) (?:seconds?|minutes?|mins?|hours?)\b|\b(?:in|for)\s+\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}:\d{2}(?::\d{2})?\s+(?:left|remaining|to go)\b|\b00:\d{2}\b/iu
const clockOnly = /^[\d:.\s…]+$/u
// The plain “no” a shaming button should say.
const refusal = /^(?:no,? thanks|no thank you|no|not now|maybe later|skip(?: it| this)?|decline(?: \p{L}+)?|not interested)$/iu
const question = /^(?:are|is|do|does|did|can|could|will|would|shall|should|have|has|what|how|why|when|where|which|who)\b/iu
// “No thanks, I prefer paying full price”: the refusal first, the shaming after it.
const shamedNo = /^(no,? thanks|no thank you|no|skip|not now|maybe later)\s*[,;:—–-]+\s*/iu

const policy: DropPolicy = {
  ruleId: rule.meta.id,
  carries: (clause) => hasTriggers(clause) || countdown.test(clause) || pushes.test(clause),
  isFiller: (clause) => filler.test(withoutEmoji(clause)) || isEmojiOnly(clause) || clockOnly.test(clause),
  keeps: () => true,
  // In place of a dropped push, a bare order (“Tap now.”) says nothing of the offer.
  standsInstead: (sentence) => (sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3,
  standsAlone: (remainder) => refusal.test(remainder.trim()),
  // Calm: a push's “!” becomes a full stop; a question stays one.
  close: (written, remainder) => (written === '' ? '' : written.includes('?') && question.test(remainder) ? '?' : '.')
}

export const pressureSelling: TemplateFamily = {
  ruleId: 'pressure-selling',
  shapes: [
    {shape: '… or miss out / or pay double / or lose it', rewrite: 'the sentence without the threat', example: 'Book your boiler service today or pay double next month.'},
    {shape: '… before it’s gone / before someone else does / in the next 30 seconds', rewrite: 'the sentence without the push', example: 'Lock in your seat within 90 seconds.'},
    {shape: 'Hurry, … / Today only: … / Last chance ever: …', rewrite: 'the offer as a fact', example: 'Last chance ever: 20% off all coats in store.'},
    {shape: 'a sentence of nothing but pressure, beside one with the offer', rewrite: 'the offer’s sentence alone', example: 'Don’t miss out! Our winter sale ends Sunday.'},
    {shape: 'No thanks, I prefer paying full price (a shaming “no”)', rewrite: 'No thanks', example: 'No thanks, I prefer paying full price.'},
    {shape: 'BUY NOW … (capitals, stacked marks)', rewrite: 'the same in sentence case, with one calm mark', example: 'HURRY!! OUR SALE ENDS SUNDAY.'}
  ],
  rewrite(input) {
    return plainNo(input) ?? dropClauses(input, policy)
  }
}

/** “No thanks, I prefer paying full price.” → “No thanks.” */
function plainNo(input: RewriteInput): Rewrite[] | undefined {
  const sentence = sentenceAround(input.text, input.start)
  const match = sentence && shamedNo.exec(sentence.body)
  if (!sentence || !match || input.end <= sentence.start + match[1]!.length) return undefined
  const close = sentence.close === '' ? '' : '.'
  return [{text: `${capitalise(match[1]!.toLowerCase())}${close}`, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
}
