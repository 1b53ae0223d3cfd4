/**
 * Sales jargon dropped with the clause or sentence it is in, where the rest
 * is copy for the customer (“Thanks for switching! Our retention team gets a
 * bonus for every customer they keep.” → “Thanks for switching!”; “Your
 * order is confirmed (upsell score 82).” → “Your order is confirmed.”). The
 * jargon's own nouns (“our retention team”) are the seller's and go with it.
 * Copy that is nothing but the jargon gets none.
 */
import {dropClauses, isEmojiOnly, withoutEmoji, type DropPolicy} from './drop-clauses.js'
import {hasRuleTriggers} from './rule-triggers.js'
import {capitalise} from './grammar.js'
import {sentenceRewrite} from './sentence-rewrite.js'
import {sentenceAfter, type SentenceSpan} from './sentence.js'
import type {Rewrite, RewriteInput} from './types.js'

const ruleId = 'sales-jargon'

// Asides that say nothing once the jargon beside them is gone (“Fun fact”, “Between us”).
const filler = /^(?:fun fact|ps|p\.s\.?|fyi|btw|between us|just so you know|heads up|quick one|hey|so|also|oh|ok|okay)$/iu
// What speaks to the customer: a neighbour kept in place of the jargon, and a clause kept beside it.
const customer = /\b(?:you|your|yours|you[’'](?:re|ve|ll|d)|thank|thanks|please|enjoy|welcome)\b/iu
// What leans on the staff's side: a clause about the seller's targets, staff or pay is no copy to keep.
const sellersSide = /\b(?:our|the)\s+(?:\p{L}+\s+)?(?:team|staff|rep|agents?|store|branch|office|targets?|goals?|quota|bonus|commission|pipeline|numbers)\b|\bbonus\b|\bcommission\b|\bquota\b/iu
// A thank-you that stands alone: short, and pointing at nobody dropped (not “Thanks for making his day”).
/** Whether the sentence tells of the seller's targets, staff or pay (“Our retention desk gets a bonus for every member it keeps”). */
export function isSellersSide(sentence: string): boolean {
  return sellersSide.test(sentence)
}

const thanks = /^(?:thanks|thank you|many thanks)(?:\s+for\s+(?!(?:\p{L}+\s+)*(?:his|her|him|them|their|it|this|that)\b)[^,;:]+)?$/iu

const policy: DropPolicy = {
  ruleId,
  carries: (clause) => hasRuleTriggers(ruleId, clause),
  isFiller: (clause) => filler.test(withoutEmoji(clause)) || isEmojiOnly(clause),
  keeps: (clause) => !sellersSide.test(clause),
  standsInstead: (sentence) => customer.test(sentence) && !sellersSide.test(sentence),
  standsAlone: (remainder) => thanks.test(remainder.trim()),
  flaggedNounsGo: true,
  // The mark as written, one of it.
  close: (written) => written.replace(/^([.!?…])\1+/u, '$1').replace(/^[!?]{2,}/u, (marks) => marks.charAt(0))
}

// What a piece of kept copy may not be: a lead-in with nothing it led to (“As a lapsed rider.”), a cut before what it
// needed (“I can see you're.”, “… and.”), an aside torn off (“Including …”), a greeting run into a value (“Hi Alex: …”),
// a cheer for the seller or one that leans on what went (“Congrats to Priya!”, “Thanks to you.”, “These prices won't last!”).
const fragments = [
  /^(?:as|being|based on|following|since|because|if|when|before|after|while|once|due to|why|who|which|whose|where|here to|we noticed)\b/iu,
  /\b(?:and|or|but|so|because|to|of|for|the|a|an|with|by|you[’']re|we[’']re|it[’']s|that[’']s|is|are|was|were|goes|go|it|them|this|that)\s*[.!?…]*$/iu,
  /^(?:including|plus|such as|like|with|for|of)\b/iu,
  /^(?:hi|hello|hey|dear)\b[^,.:!?]*:/iu,
  // Others who bought it, left once the jargon went (“Most folks take it after the trial”): still a push, pointing back.
  /^(?:thanks to|congrats|congratulations|well done|ding|these|those|they|it|that|this|most|everyone|everybody)\b/iu,
  // A mark torn from its pair (“live :, ty!”).
  /\s[,;:]|[,;:]\s*[,;:]/u
]// What the customer is told that a drop may not take with it: a number, a price, a promise, the offer's own words.
const fact = /[\d£$€%]|^(?:free|off|save|saving|will|won[’']t|call|calls|email|receive|expires?|until|valid|within|discount|refund)$|[’']ll$/iu
// A sentence after the rewrite that leans on what was dropped (“That means you'll receive …”).
const leansBack = /^(?:that|this)\s+(?:means|is\s+why)\b|^(?:which|so|also)\b/iu

/**
 * The finding's jargon dropped with its clause, or its sentence beside one
 * for the customer; none when nothing is left, when what is left is no copy
 * on its own (`isCopy` reads each kept piece), or when a fact goes with it.
 */
export function droppedJargon(input: RewriteInput, isCopy: (piece: string) => boolean): Rewrite[] {
  return dropClauses(input, policy).filter((rewrite) => {
    const pieces = rewrite.text.split(/(?<=[.!?…])\s+/u).map((piece) => piece.replace(/^(?:hi|hello|hey|dear)\s+[^,.!?]{1,30},\s*/iu, '').trim())
    // Each piece, and each part of it between dashes, reads on its own (“Your trial extension goes — …” was cut short).
    const parts = pieces.flatMap((piece) => piece.split(/\s+[—–]\s+/u))
    if (parts.some((part) => fragments.some((shape) => shape.test(withoutEmoji(part)))) || !pieces.every(isCopy)) return false
    const after = sentenceAfter(input.text, {start: rewrite.offset, end: rewrite.endOffset, body: '', close: ''})
    const original = input.text.slice(rewrite.offset, rewrite.endOffset)
    return !(after && leansBack.test(after.body)) && !losesFact(original, rewrite.text) && !losesConsequence(original, rewrite.text)
  })
}

/** Whether a consequence went (“…, so shrinkage isn't covered”): it is the point of the sentence, jargon or not. */
function losesConsequence(original: string, rewrite: string): boolean {
  return [...original.matchAll(/,\s*(?:and\s+)?so\s+(?!that\b|we\s+can\b)([^,.!?;]+)/giu)].some((found) => !rewrite.includes(found[1]!))
}

/** Whether a word of the original that the customer is told (a price, a date, a promise) is missing from the rewrite. */
function losesFact(original: string, rewrite: string): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}£$€%’'.,/-]+/gu)?.map((word) => word.replace(/[.,]+$/u, '')) ?? []
  const kept = new Set(words(rewrite))
  return words(original).some((word) => !kept.has(word) && fact.test(word))
}

// The seller's purpose hung on an ask (“Add a mug <to increase your basket value>!”, “<To reduce churn,> we'll remind you …”).
const purposeVerbs = String.raw`(?:increase|boost|grow|lift|raise|improve|reduce|cut|hit|drive|bump\s+up|maximise|maximize)`
const trailingPurpose = new RegExp(String.raw`\s+to\s+${purposeVerbs}\s+([^,.!?;:—–]*?)(?=\s+and\s+(\p{L}+)|\s+(?:today|now)\s*$|$)`, 'iu')
const leadingPurpose = new RegExp(String.raw`^(?:in\s+order\s+)?to\s+${purposeVerbs}\s+[^,]*,\s*`, 'iu')

/**
 * The ask without the seller's purpose for it, where the purpose carries
 * the jargon (“Add a protection plan to increase your basket size today.”
 * → “Add a protection plan today.”; “… to grow your basket size and unlock
 * free delivery” → “… to get free delivery”).
 */
export function withoutPurpose(input: RewriteInput, sentence: SentenceSpan): Rewrite | undefined {
  const body = sentence.body
  const lead = leadingPurpose.exec(body)
  if (lead && hasRuleTriggers(ruleId, lead[0]) && body.length > lead[0].length) return sentenceRewrite(input, sentence, `${capitalise(body.slice(lead[0].length))}${sentence.close}`)
  const trail = trailingPurpose.exec(body)
  if (!trail || !hasRuleTriggers(ruleId, trail[0])) return undefined
  // “… to grow your basket size and unlock free delivery”: the customer's own purpose, after “and”, takes the “to”.
  const after = body.slice(trail.index + trail[0].length)
  // Told as the customer gets it: “unlock free delivery” is the seller's game; “get free delivery” is what happens.
  const rest = trail[2] ? ` to ${after.replace(/^\s+and\s+/u, '').replace(/^unlock\b/iu, 'get')}` : after
  const text = `${body.slice(0, trail.index)}${rest}`
  // “… used to improve our scripts”: the “to” completes the verb before it, which cannot stand without it.
  if (/\b(?:used|needed|able|designed|going|helps?|want(?:s|ed)?|need(?:s)?|aim(?:s|ed)?|trying|working)$/iu.test(body.slice(0, trail.index))) return undefined
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3 ? sentenceRewrite(input, sentence, `${text}${sentence.close}`) : undefined
}

// How the seller filed the customer, then what it offers (“We flagged your account as a churn risk, so here's 20% off”).
const profile = new RegExp([
  String.raw`^(?:(?:since|as|because)\s+)?(?:`,
  String.raw`you['’]re|you\s+are|you['’]ve\s+been|you\s+have\s+been|you\s+were`,
  String.raw`|we(?:['’]ve|\s+have)?\s+(?:flagged|tagged|identified|marked|classed|selected)\s+(?:you|your\s+account)`,
  String.raw`|(?:your\s+account|you)\s+(?:has|have)\s+been\s+(?:flagged|tagged|identified|marked|classed|selected)`,
  String.raw`)\s+(?:as\s+|in\s+|on\s+|for\s+)?[^,;:—–.!?]*?(?:,\s*(?:so\s+)?|\s+so\s+|,?\s+(?=we\s|we['’]))`
].join(''), 'iu')

/**
 * The offer without the profile it was filed under (“You've been flagged as
 * a churn risk, so here's 20% off.” → “Here's 20% off.”): the profile's
 * words, jargon and all, are the seller's.
 */
export function withoutProfile(input: RewriteInput, sentence: SentenceSpan, isCopy: (piece: string) => boolean): Rewrite | undefined {
  const filed = profile.exec(sentence.body)
  if (!filed || !hasRuleTriggers(ruleId, filed[0]) && input.start >= sentence.start + filed[0].length) return undefined
  const rest = capitalise(sentence.body.slice(filed[0].length))
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3 || !isCopy(rest) || fragments.some((shape) => shape.test(rest))) return undefined
  return sentenceRewrite({...input, start: sentence.start, end: sentence.start + filed[0].length}, sentence, `${rest}${sentence.close}`)
}
