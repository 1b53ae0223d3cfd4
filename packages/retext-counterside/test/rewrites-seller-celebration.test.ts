/**
 * Seller-celebration rewrites: the seller's win dropped, what is there for
 * the customer kept. Sentences are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {messages} from './support/lint.js'
import {applied, finding} from './support/suggest.js'

const rule = 'seller-celebration'

describe('rewrites: seller celebration', () => {
  it.each([
    // The win's sentence goes; the rewrite reaches the one for the customer.
    ['Another sale closed! Your receipt is below.', 'Your receipt is below.'],
    ['Cha-ching! Thanks for your order.', 'Thanks for your order.'],
    ['Your table is ready. Our kitchen just hit a new record tonight!', 'Your table is ready.'],
    // A cheer beside the win goes with it.
    ['Woohoo! We smashed our quota today. Your parcel ships on Monday.', 'Your parcel ships on Monday.'],
    ['Your order is confirmed. PS: Ana won employee of the month 🎉', 'Your order is confirmed.'],
    // In one sentence, the customer's clause stays and keeps its mark.
    ['Thanks for your order, it pushed our team over the monthly target!', 'Thanks for your order!'],
    ['Booking confirmed — and that’s our 300th booking this week!!', 'Booking confirmed!']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // Nothing of the customer's to keep: advice only.
    'We just hit our quota for the month 🎉',
    'Another sale closed!',
    // The sentence beside the win is the seller's too, or points back at it.
    'Record sales this weekend! We smashed our target.',
    'Sam just won employee of the month! Give him a wave.',
    'Our store won the sales contest. Thanks to shoppers like you!'
  ])('offers nothing for %j', (text) => {
    expect(messages(text).some((message) => message.ruleId === rule)).toBe(true)
    expect(applied(text, rule)).toEqual([])
  })

  it('leaves nothing the rule flags in the rewrite', () => {
    for (const text of ['Another sale closed! Your receipt is below.', 'Thanks for your order, it pushed our team over the monthly target!']) {
      const [rewrite] = applied(text, rule)
      expect(messages(rewrite!).filter((message) => message.ruleId === rule)).toEqual([])
    }
  })

  it.each([
    // A confirmation read from any past participle, with who or where it went.
    ['Bike rented. Also, I just became the top renter at our branch!', 'Bike rented.'],
    ['Refund sent to Alex — that is a new record for our desk today!', 'Refund sent to Alex!'],
    // A cheer beside the confirmation leaves it one.
    ['Booking confirmed, cheers! That one unlocks my monthly bonus.', 'Booking confirmed, cheers!'],
    // The win's own nouns (“the depot”) go with it; the thanks stays.
    ['Your boiler is fitted. The depot just had its best month ever, thanks!', 'Your boiler is fitted. Thanks!']
  ])('keeps what the customer got: %j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // The seller's tally is no confirmation, however it is worded.
    'We did it!!! 2 million tickets sold!!!',
    'Target smashed! Record reached!'
  ])('gives none where the only “confirmation” is the seller’s tally: %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })
})

// As `lintText` runs: most of this rule's findings come from the learned layer, whose span is its top cues.
const learnedOn = {learned: true}
const flagged = (text: string): boolean => finding(text, rule, learnedOn) !== undefined

describe('rewrites: seller celebration beside the customer’s news', () => {
  it.each([
    // An emoji, not a full stop, ends the confirmation before the win.
    ['Booking confirmed ✅ Our whole crew is celebrating a record week 🎉', 'Booking confirmed ✅'],
    // The win in brackets after the customer's news: the news stays, though a learned span runs over it.
    ['Your repair was completed by Priya (our top technician three months running 🏆).', 'Your repair was completed by Priya.'],
    // The tally goes with the win; the customer's news before it stays.
    ['Your order is complete — you’re our 500th buyer this week, which means cake for the team!', 'Your order is complete!']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
  })

  it.each([
    // The seller's tally told of the customer is still the win.
    'Order placed ✅ You’re our 1,000th customer this month 🎉',
    // A label whose value went with the win is no news left.
    'Your stylist today: Ana, on a 20-day five-star streak!'
  ])('gives none for %j', (text) => {
    expect(flagged(text)).toBe(true)
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})
