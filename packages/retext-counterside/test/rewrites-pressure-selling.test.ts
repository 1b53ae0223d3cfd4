/**
 * Pressure rewrites: the offer and its facts kept, the push dropped, the
 * result clean for pressure-selling and for shouting. Sentences are written
 * for these tests.
 */
import {describe, expect, it} from 'vitest'
import {messages} from './support/lint.js'
import {applied} from './support/suggest.js'

const rule = 'pressure-selling'

describe('rewrites: pressure selling', () => {
  it.each([
    // An “or else” goes; the offer stays.
    ['Book your boiler service today or pay double next month.', 'Book your boiler service today.'],
    ['Sign up now or miss out.', 'Sign up now.'],
    // A countdown trailing its clause goes, what follows it stays.
    ['Lock in your seat within 90 seconds.', 'Lock in your seat.'],
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
    ['No thanks, I like overpaying', 'No thanks']
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
    'Every minute you wait, the price goes up.'
  ])('offers nothing for %j', (text) => {
    expect(messages(text).some((message) => message.ruleId === rule)).toBe(true)
    expect(applied(text, rule)).toEqual([])
  })

  it('leaves a rewrite clean for the rule and for shouting', () => {
    for (const text of ['Book your boiler service today or pay double next month.', 'Don’t miss out! Our winter sale ends Sunday.', 'Lock in your seat within 90 seconds.']) {
      const [rewrite] = applied(text, rule)
      expect(messages(rewrite!).filter((message) => message.ruleId === rule || message.ruleId === 'shouting')).toEqual([])
    }
  })
})
