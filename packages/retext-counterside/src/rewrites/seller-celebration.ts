/**
 * The seller's win: dropped, and what is there for the customer kept
 * (“Another sale closed! Your receipt is below.” → “Your receipt is
 * below.”; “Thanks for your order, it pushed us over our target!” →
 * “Thanks for your order!”). Copy that is nothing but the win gets no
 * rewrite: there is nothing of the customer's to keep.
 */
import {rule} from '../rules/seller-celebration.js'
import {clausesOf} from './clauses.js'
import {hasRuleTriggers} from './rule-triggers.js'
import {dropClauses, emoji, isEmojiOnly, withoutEmoji, type DropPolicy} from './drop-clauses.js'
import {mayStillFlag} from './sentence-rewrite.js'
import {sentenceAround} from './sentence.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'

const hasTriggers = (clause: string): boolean => hasRuleTriggers(rule.meta.id, clause)

// The customer credited with the seller's win (“thanks to shoppers like you”): it goes with the win.
const credited = new RegExp([
  String.raw`\b(?:thanks to|because of|all down to)\s+(?:you|shoppers|customers|orders|people|guests|folks)\b|\bcouldn[’']?t have done it without\b`,
  String.raw`\b(?:helped|helping) (?:us|me|him|her|them|the team|your (?:agent|adviser|advisor|rep|cashier|server))\b`,
  String.raw`\bmade (?:my|our|someone[’']s|his|her|their) (?:day|week|month|year)\b`
].join('|'), 'iu')
// Cheers and asides that say nothing without the win (“Woohoo”, “Fun fact”, “Nice one, Jamie”).
const cheer = new RegExp(String.raw`^(?:${[
  'woo+(?:hoo+)?', 'woo-hoo', 'yay+', 'boom', 'cha-ching', 'ka-ching', 'kaching', 'ching-ching', 'ding,? ding', 'woot', 'woop', 'whoop', 'hooray', 'hurrah',
  'yes+', 'great', 'nice', 'nice one', 'amazing', 'awesome', 'wow', 'let[’\']?s go', 'go team', 'high fives?(?: all round)?', 'cheers', 'cheers,? team',
  'fun fact', 'big news', 'good news', 'great news', 'ps', 'p[.]s[.]?', 'fyi', 'btw', 'guess what', 'oh', 'ok', 'okay', 'well done', 'nice work', 'great job', 'whew', 'phew',
  'so', 'also', 'keep it (?:going|up)', 'quick brag', 'shout-out', '(?:we|i)[’\']?(?:re|m| are| am) so proud', 'so proud'
].join('|')})$`, 'iu')
// The seller's side cheering itself (“the crew is buzzing”, “we couldn't be prouder”, “I'm on a roll”).
const selfCheer = /\b(?:we|i|team|crew|staff|store|branch|office|everyone here|the whole \p{L}+)(?:[’'](?:re|m|s))?\b[^,.!?]*\b(?:buzzing|over the moon|chuffed|stoked|ecstatic|proud|prouder|celebrating|on a roll|on fire)\b/iu
const winVerbs = 'smashed|crushed|nailed|beaten|unlocked|earned|achieved|reached|closed|bagged|topped|hit|ranked|named|awarded|exceeded|doubled|tripled|sold|converted|upsold'
// What the customer is told they got (“Order complete.”, “Card activated.”): short, and it stands alone.
// Any past participle counts (“Car rented”), but not the seller's own (“We smashed it”, “Target reached”).
// A count in the thousands (“1 million orders shipped”) is the seller's tally, not the customer's order.
const confirmation = new RegExp(String.raw`^(?!(?:we|i|our|my|the team)\b)(?!.*\b(?:${winVerbs})\b)(?!\d[\d,.]{3,}|\d+\s*(?:k|m|million|thousand|billion)\b)(?:[\p{L}\p{N}#&'’-]+\s){0,3}(?:${[
  'confirmed', 'complete', 'completed', 'received', 'activated', 'approved', 'done', 'booked', 'paid', 'sent', 'reset', 'ready', 'placed', 'saved',
  'renewed', 'processed', 'issued', 'printed', 'taken', 'shipped', 'attached', 'emailed', 'e-mailed', 'fitted', 'sorted', 'set', 'added', 'successful',
  'accepted', 'live', 'active', 'in', 'updated', 'cancelled', 'refunded', 'collected', 'delivered', 'submitted', 'rented', 'hired', 'lent',
  'paid out', 'topped up', 'checked in', 'checked out', 'signed up', 'signed in', '\\p{Ll}{3,}ed'
].join('|')})(?:\s+(?:to|for|on|at|with|from|in)\s+(?:[\p{L}\p{N}#&'’-]+\s?){1,3})?$`, 'iu')
/** Whether every clause of `sentence` is a confirmation (“Paid — receipt sent”); nothing but emoji is none. */
function confirmsOnly(sentence: string): boolean {
  const said = withoutEmoji(sentence).replace(/[.!?…\s]+$/u, '')
  const clauses = clausesOf(said, 0, said.length)
  // A cheer beside it (“Policy confirmed, cheers”) leaves it a confirmation; a cheer alone is none.
  const read = clauses.map((clause) => said.slice(clause.start, clause.end))
  return read.some((clause) => confirmation.test(clause)) && read.every((clause) => confirmation.test(clause) || cheer.test(clause))
}
const customer = /\b(?:you|your|yours|you[’'](?:re|ve|ll|d)|thank|thanks|thx|please|enjoy)\b|^(?:hi|hello|hey|dear|welcome)\b/iu
const thanks = /^(?:thanks|thank you|many thanks|cheers for)\b/iu
// The customer's own news (“Your case has been resolved by Marco”): it stays though a learned span runs over it.
const customersNews = /^(?:your|you['’](?:re|ve|ll)|you\s+(?:are|have|can|will))\s/iu
// The seller's tally told of the customer (“you're donor #10,000”, “our 500th sale”): still the win.
const tally = /#\s?\p{N}|\b\p{N}[\p{N},]*(?:st|nd|rd|th)\b|\b(?:number|no\.?)\s*\p{N}|\b(?:our|my|his|her|their)\b|\p{Lu}\p{Ll}+['’]s\b/u
// A clause cut off before what it names (“Served by”): not the customer's news.
const cutShort = /\b(?:by|to|for|with|from|of|at|in|on|the|a|an|your)\s*[:·—–-]?\s*$/iu
const isClean = (clause: string): boolean => !hasTriggers(clause) && !credited.test(clause) && !selfCheer.test(clause)

const policy: DropPolicy = {
  ruleId: rule.meta.id,
  carries: (clause) => hasTriggers(clause) || credited.test(clause) || selfCheer.test(clause),
  isFiller: (clause) => cheer.test(withoutEmoji(clause)) || isEmojiOnly(clause),
  // Beside a dropped win, only what speaks to the customer stays (“I'm only 3 away” goes).
  keeps: (clause) => customer.test(clause) || confirmation.test(withoutEmoji(clause)),
  // A neighbour kept in place of the win must speak to the customer too (“We hit 500 sign-ups!” is no better).
  standsInstead: (sentence) => customer.test(sentence) || confirmsOnly(sentence),
  keepsTouched: (clause) => customersNews.test(clause.trim()) && isClean(clause) && !tally.test(clause) && !cutShort.test(withoutEmoji(clause)),
  standsAlone: (remainder) => thanks.test(remainder.trim()) || confirmsOnly(remainder),
  // The win's own nouns (“the workshop”, “the branch”) are the seller's: they go with it.
  flaggedNounsGo: true,
  // One mark: a cheer of “!!” calms to “!”.
  close: (written) => (/^[!?]{2,}/.test(written) ? written.charAt(0) === '?' ? '?' : '!' : written.replace(/^([.!?…])\1+/, '$1'))
}

export const sellerCelebration: TemplateFamily = {
  ruleId: 'seller-celebration',
  shapes: [
    {shape: '<the win>! <what the customer gets>', rewrite: '<what the customer gets>', example: 'Another sale closed! Your receipt is below.'},
    {shape: 'Thanks for <your order>, <the win>', rewrite: 'Thanks for <your order>', example: 'Thanks for your order, it pushed our team over the monthly target!'},
    {shape: '<what the customer gets>. <the win>', rewrite: '<what the customer gets>', example: 'Your table is ready. Our kitchen just hit a new record tonight!'},
    {shape: '<Thing> <done> (to <someone>) — <the win>', rewrite: '<Thing> <done> (to <someone>)', example: 'Bike rented. Also, I just became the top renter at our branch!'},
    {shape: '<Thing> <done> <emoji> <The win>', rewrite: '<Thing> <done> <emoji>', example: 'Table booked ✅ Our whole crew is buzzing about tonight’s record takings 🎉'},
    {shape: '<your news> (<the win, in brackets>)', rewrite: '<your news>', example: 'Your repair was completed by Priya (our top technician three months running 🏆).'}
  ],
  rewrite(input) {
    const confirmed = confirmedBeforeEmoji(input)
    return confirmed ? [confirmed] : dropClauses(input, policy).filter((rewrite) => !leavesLabel(input, rewrite))
  }
}

/** Whether what is kept was a label whose value went with the win (“Your host today: <Maya, on a streak>”). */
function leavesLabel(input: RewriteInput, rewrite: Rewrite): boolean {
  const kept = rewrite.text.replace(/[.!?…]+$/u, '')
  return input.text.slice(rewrite.offset, rewrite.endOffset).includes(`${kept}:`)
}

// “Order confirmed ✅ Our team is buzzing…”: an emoji, not a full stop, ends the confirmation before the win.
const emojiStop = new RegExp(String.raw`^(.+?)\s*((?:${emoji})+)\s+(?=\p{Lu})`, 'u')

/** The confirmation before an emoji that ends it, the win after it dropped; undefined when it is no confirmation, or the finding is in it. */
function confirmedBeforeEmoji(input: RewriteInput): Rewrite | undefined {
  const sentence = sentenceAround(input.text, input.start)
  const stop = sentence ? emojiStop.exec(sentence.body) : null
  if (!sentence || !stop || sentence.start + stop[0].length > input.start || !confirmsOnly(stop[1]!)) return undefined
  const text = `${stop[1]!} ${stop[2]!}`
  return isClean(text) && !mayStillFlag(rule.meta.id, text) ? {text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} : undefined
}
