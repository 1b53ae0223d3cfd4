import {describe, expect, it} from 'vitest'
import {jargonWords} from '../src/rewrites/jargon-words.js'
import {hasRuleTriggers} from '../src/rewrites/rule-triggers.js'
import {applied, finding, findingsLeft} from './support/suggest.js'

const rule = 'sales-jargon'

describe('rewrites: sales jargon, the customer’s word or the label dropped', () => {
  it.each([
    // A label over copy the customer can read on its own: the label goes.
    ['Upsell: add a phone case for $12?', 'Add a phone case for $12?'],
    ['Cross-sell: pair your steak with a red wine.', 'Pair your steak with a red wine.'],
    // A label over a bare thing: the customer's label.
    // A sales modifier before the customer's noun: the noun stays, the article follows it.
    ['Book now with a retention discount of 10%.', 'Book now with a discount of 10%.'],
    ['Use your retention code at checkout.', 'Use your code at checkout.'],
    // The article follows the new first word.
    ['This is an upsell bundle.', 'This is a bundle.'],
    // A profile lead-in: dropped, the point kept.
    ['As a big spender, you get early access.', 'You get early access.'],
    ['You are in our high-LTV segment, so you get priority support.', 'You get priority support.'],
    ['Receipt: Upsold by Marco', 'Receipt: Served by Marco']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // The jargon as a verb: the customer's noun cannot stand in.
    'Don’t forget to upsell',
    // A note for staff under a sales label: nothing in it is copy.
    'Upsell: offer the extended warranty at the till.',
    // The jargon is all there is.
    'This email is part of our Q4 acquisition push.',
    // What follows a label is a note, not copy to drop to.
    'Lead qualified: budget confirmed, decision maker',
    // A clause that adds to the offer is a fact to keep.
    'That means tips for you, plus 10% off your next conversion.',
    // An aside left alone is not copy (“…, the lemon tart?”); nor is a label's value cut in two.
    'Can I tempt you with today’s upsell item, the lemon tart?',
    'Your profile: high LTV, low engagement',
    // A label's value is not a clause to keep.
    'Loyalty tier: Silver (upsell to Gold recommended)'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })

  it.each([
    // Where the learned layer reads the offer itself as sales copy, the label and the first word are replaced.
    ['Cross-sell: pair your burger with a thick milkshake (£3).', 'Pair your burger with a thick milkshake (£3).'],
    // A sales modifier before a noun the customer reads: the modifier goes.
    ['Grab the high-margin cables with your new laptop.', 'Grab the cables with your new laptop.']
  ])('drops the label or the modifier: %j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('replaces only the label and the first word when the offer itself would be flagged again', () => {
    const text = 'Cross-sell: would you like to add our vitamin bundle?'
    const found = finding(text, rule)
    expect((found?.suggestions ?? []).map(({text: written, offset, endOffset, scope}) => ({written, replaced: text.slice(offset, endOffset), scope}))).toEqual([{written: 'Would', replaced: 'Cross-sell: would', scope: 'match'}])
  })

  it.each([
    // A label over other shoppers or who qualifies: the seller's targeting, which no plain label makes copy.
    'Cross-sell: shoppers who bought tents also bought pegs',
    'Cross-sell opportunity: customer qualifies for a store card',
    // A lead-in left hanging once the question it opened is dropped is no copy.
    'Before you go, can I tell you about our loss leader?',
    // A modifier before a label's colon is the label, not a noun phrase (“Impulse buy:”).
    'Impulse buy: phone charger £9',
    // The jargon as a verb before its object: no noun it qualifies.
    'Upsell the travel insurance at checkout.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })

  it('drops no modifier at the start, where it opens no noun phrase (“Upsell complete” is not “complete”)', () => {
    expect(applied('Upsell complete — extra cover +1 for till 4 🎉', rule).filter((text) => /^complete\b/u.test(text))).toEqual([])
  })
})

// As `lintText` runs: most of this rule's findings come from the learned layer, whose span is its top cues.
const learnedOn = {learned: true}
const flagged = (text: string): boolean => finding(text, rule, learnedOn) !== undefined

describe('rewrites: sales jargon in a label', () => {
  it.each([
    // The qualifier stays with the customer's word.
    // The label's own customer head, with the plain words before it.
    ['Top-of-funnel welcome offer: a free tasting', 'Welcome offer: a free tasting'],
    ['Acquisition welcome deal: a free first lesson', 'Welcome deal: a free first lesson'],
    // Asking the customer to ask the team is copy, though “ask” is a staff verb too.
    ['Attach opportunity: ask our team about gift wrap at the till.', 'Ask our team about gift wrap at the till.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
  })

  it('gives none where the label is over a note for staff', () => {
    expect(flagged('Attach opportunity: ask about the extended warranty.')).toBe(true)
    expect(applied('Attach opportunity: ask about the extended warranty.', rule, learnedOn)).toEqual([])
  })
})

describe('rewrites: sales jargon dropped with its sentence, aside, purpose or profile', () => {
  it.each([
    // A sentence of the seller's side beside the customer's copy: it goes whole, nouns and all.
    ['Thanks for renewing! Our retention desk counts every member it keeps toward its churn target.', 'Thanks for renewing!'],
    ['Your table is booked. Thanks for helping our team hit its upsell target!', 'Your table is booked.'],
    // A jargon aside in brackets goes.
    ['Finish the set (AOV booster)', 'Finish the set'],
    // The seller's purpose hung on the ask goes; the customer's own gain after “and” keeps the “to”.
    ['Add a scarf to increase your basket size today.', 'Add a scarf today.'],
    // How the seller filed the customer goes; the offer after “so” stays.
    ['Your account has been flagged as a churn risk, so here is 15% off your next box.', 'Here is 15% off your next box.'],
    // A sales label over the offer itself: the offer says it all.
    ['Win-back offer: 25% off your next wash', '25% off your next wash'],
    // A concept of two words, in the customer's words.
    ['Your dunning letters will stop now that your balance is clear.', 'Your payment reminders will stop now that your balance is clear.'],
    ['Your next best offer is ready.', 'Your offer is ready.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // A lead-in with nothing it led to is no copy (“As a lapsed member.”).
    'As a lapsed member, you have been added to our win-back list.',
    // A fact the customer needs (4 emails) would go with the jargon's sentence.
    'Thanks for joining! You are now in our nurture track and will get 4 emails this month.',
    // A metric's value is not an offer; a note for staff is not copy.
    'Customer lifetime value: $1,200 (tier B)',
    'Sales note: customer unsure, offer 5% to close.',
    // A record of fields: no clause to drop to, each field is its own.
    'Order 2231 | Served by: Ana | Bundle: Gold+ | Attach: Y'
  ])('gives none for %j', (text) => {
    expect(flagged(text)).toBe(true)
    expect(applied(text, rule, learnedOn)).toEqual([])
  })

  it('never drops a consequence, the point of the sentence, with the jargon before it', () => {
    const text = 'We noticed your order count is down, so this is a good moment for an upsell chat.'
    expect(applied(text, rule, learnedOn).filter((written) => !written.includes('so this is a good moment'))).toEqual([])
  })
})

describe('the jargon words: one entry per concept', () => {
  it.each(jargonWords.map((entry) => [entry.jargon.source, entry] as const))('%s', (_, entry) => {
    // Whole words, matched as the finding says them (lower case).
    expect(entry.jargon.source.startsWith('^') && entry.jargon.source.endsWith('$')).toBe(true)
    expect(entry.jargon.flags).not.toContain('g')
    // A plain word, in lower case, that no entry (and no trigger of the rule) reads as jargon, and a note saying why it fits.
    expect(entry.plain).toMatch(/^[\p{Ll} -]+$/u)
    expect(jargonWords.some((other) => other.jargon.test(entry.plain))).toBe(false)
    expect(hasRuleTriggers(rule, entry.plain)).toBe(false)
    // A label's word, where it differs, holds to the same.
    for (const word of entry.label === undefined ? [] : [entry.label]) {
      expect(word).toMatch(/^[\p{Ll} -]+$/u)
      expect(jargonWords.some((other) => other.jargon.test(word)) || hasRuleTriggers(rule, word)).toBe(false)
    }
    expect(entry.note.length).toBeGreaterThan(10)
  })
})

// The learned layer (retrained with w45–w51) reads “add-on” and “unlock free delivery” as the seller's words; the
// customer's are “extra” (“optional extra” where the label suggested it) and “get free delivery”.
describe('rewrites: sales jargon, in the customer’s words', () => {
  it.each([
    ['Suggested attach: gift wrap', 'Optional extra: gift wrap'],
    ['Recommended upsell: gift wrap', 'Recommended extra: gift wrap'],
    ['Cross-sell: screen protector', 'Extra: screen protector'],
    ['Add 3 more items to grow your basket size and unlock free delivery.', 'Add 3 more items to get free delivery.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })
})
