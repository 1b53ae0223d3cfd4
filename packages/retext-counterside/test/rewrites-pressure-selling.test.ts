/**
 * Pressure rewrites: the offer and its facts kept, the push dropped, the
 * result clean for pressure-selling and for shouting. Sentences are written
 * for these tests.
 */
import {describe, expect, it} from 'vitest'
import {messages} from './support/lint.js'
import {applied, templateRewrites} from './support/suggest.js'

const rule = 'pressure-selling'

describe('rewrites: pressure selling', () => {
  it.each([
    // An “or else” goes; the offer stays.
    ['Book your boiler service today or pay double next month.', 'Book your boiler service today.'],
    ['Sign up now or miss out.', 'Sign up now.'],
    // A countdown trailing its clause goes, what follows it stays.
    ['Say yes in the next 5 seconds for half price!', 'Say yes for half price.'],
    // An opening push goes; a real deadline told as a fact stays, with a capital.
    ['Today only: 20% off all coats in store.', '20% off all coats in store.'],
    ['It’s now or never — book today and we’ll include breakfast.', 'Book today and we’ll include breakfast.'],
    // A sentence of nothing but pressure goes whole, the rewrite reaching the sentence with the offer.
    ['Don’t miss out! Our winter sale ends Sunday.', 'Our winter sale ends Sunday.'],
    ['Seriously, act fast. Our spring menu starts on Friday.', 'Our spring menu starts on Friday.'],
    ['Buy now before it’s gone! Delivery is free on orders over £40.', 'Delivery is free on orders over £40.'],
    // A shaming “no” says no plainly.
    ['No thanks, I prefer paying full price.', 'No thanks.'],
    ['No thanks, I like overpaying', 'No thanks'],
    // What is left of an order once its threat goes is the order, even a short one.
    ['Order today or miss out for good.', 'Order today.'],
    ['Switch today or the price doubles next month.', 'Switch today.'],
    // A stock count is a fact: it stays once the hurry goes.
    ['Only 4 left! Reserve yours now before they’re gone.', 'Only 4 left! Reserve yours now.'],
    // A shouted hurry word left in a calm order is told in lower case.
    ['Register NOW or lose your early-bird place forever.', 'Register now.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('calms capitals and stacked marks, so the rewrite is clean for shouting too', () => {
    const [rewrite] = applied('HURRY!! OUR SALE ENDS SUNDAY.', rule)
    expect(rewrite).toBe('Our sale ends Sunday.')
    expect(messages(rewrite!).map((message) => message.ruleId)).toEqual([])
  })

  it.each([
    // Nothing but pressure: nothing of the offer to keep, so the message's advice stands alone.
    'Hurry, these seats are selling fast.',
    'Don’t miss out on our biggest sale of the year.',
    'Decide now or lose it forever.',
    // A neighbour that is pressure too, or points back at what was dropped, cannot stand in.
    'Everyone is upgrading this week. Are you next?',
    'This deal will self-destruct at midnight. Grab it.',
    // What is left would lean on the dropped clause: a condition of the threat, a clause that needs it.
    'Skip the cover and you’ll regret it when something goes wrong.',
    'Every minute you wait, the price goes up.',
    // A bare order in place of a sentence that said more.
    'Confirm in the next 30 seconds to keep this fare! Tap now',
    // Others already have it: the sentence beside the shaming still pushes.
    'Your friends at work already use Blink. Don’t be the only one without it.'
  ])('offers nothing for %j', (text) => {
    expect(messages(text).some((message) => message.ruleId === rule)).toBe(true)
    expect(applied(text, rule)).toEqual([])
  })

  // Pressure only the learned layer reads: its span is its cues, and the shapes read the clauses around them.
  const learned = {learned: true} as const

  it.each([
    // A span that starts in the order (“today or lose your”) is narrowed to the threat; the order stays.
    ['Renew today or lose your loyalty points.', 'Renew today.'],
    ['BOOK NOW OR LOSE YOUR TABLE', 'Book now'],
    // A countdown before the offer goes, and the clock after it; the offer is told as an order.
    ['Only 5 minutes left to book your free eye test!', 'Book your free eye test.'],
    ['Just 3 hours left to claim 20% off your first box! ⏰ 02:59', 'Claim 20% off your first box.'],
    ['⏳ 09:59 left to claim your welcome gift', 'Claim your welcome gift']
  ])('with the learned layer: %j → %j', (text, expected) => {
    expect(applied(text, rule, learned)).toEqual([expected])
  })

  it.each([
    // A tag question, or a reply that leans on the push: nothing is left to stand alone.
    'It’d be a shame to lose your points, wouldn’t it?',
    'Most shoppers like you have already upgraded. Will you?',
    // A countdown whose offer is a word, or runs on into another push.
    'Only 2 minutes left to apply!',
    'Only 5 minutes left to grab this, then it’s gone for good!'
  ])('with the learned layer, offers nothing for %j', (text) => {
    expect(messages(text, learned).some((message) => message.ruleId === rule)).toBe(true)
    expect(applied(text, rule, learned)).toEqual([])
  })

  it('leaves a rewrite clean for the rule and for shouting', () => {
    for (const text of ['Book your boiler service today or pay double next month.', 'Don’t miss out! Our winter sale ends Sunday.', 'Lock in your seat within 90 seconds.']) {
      const [rewrite] = applied(text, rule)
      expect(messages(rewrite!).filter((message) => message.ruleId === rule || message.ruleId === 'shouting')).toEqual([])
    }
  })
})

describe('rewrites: pressure selling, a guilt that points back', () => {
  it('keeps no “You haven’t yet” once the others who did are dropped', () => {
    const text = '1,845 people joined in the past hour. You haven’t yet.'
    expect(templateRewrites(text, rule, {start: 0, end: text.indexOf('.')})).toEqual([])
  })
})

describe('rewrites: pressure selling, a decline button', () => {
  it.each([
    // A decline button names what it declines; the shaming in brackets goes, the name keeps its capitals.
    ['Skip protection (and pay full price for repairs)', 'Skip protection'],
    ['Decline Seat Plus (not recommended)', 'Decline Seat Plus']
  ])('%j → %j', (text, expected) => {
    // As `lintText` runs: the learned layer finds these.
    expect(applied(text, rule, {learned: true})).toEqual([expected])
  })
})

// The learned layer (retrained with w45–w51) reads “Only 4 tickets left.” and “Lock in your seat.” as pressure, and
// the words agree: “only” pushes the count, “lock in” says the seat will slip away. What is kept is told plainly.
describe('rewrites: pressure selling, what is kept told plainly', () => {
  it.each([
    ['Lock in your seat within 90 seconds.', 'Book your seat.'],
    ['Hurry, only 4 tickets left.', '4 tickets left.'],
    ['Hurry, just 2 rooms left.', '2 rooms left.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })
})
