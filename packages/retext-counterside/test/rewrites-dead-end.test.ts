import {describe, expect, it} from 'vitest'
import {rewritesFor} from '../src/rewrites/index.js'
import {applied} from './support/suggest.js'

const rule = 'dead-end-error'

describe('rewrites: dead ends, a next step by kind', () => {
  it.each([
    // <thing> could not be <verb>ed, told in the active voice.
    ['Your changes could not be saved.', 'We couldn’t save your changes. Try again — what you entered is still here.'],
    ['Sorry, your parcel could not be delivered today.', 'Sorry, we couldn’t deliver your parcel today. Please try again.'],
    ['Booking not found.', 'Booking not found. Check the details and try again.'],
    ['Your card was declined.', 'Your card was declined. Try another card or payment method.'],
    ['Card not supported.', 'Card not supported. Try another card.'],
    ['Service temporarily unavailable.', 'Service temporarily unavailable. Try again in a few minutes.'],
    // A leaked error is replaced, not repeated.
    ['Error: NullReferenceException at Checkout.Submit()', 'Something went wrong on our side. Please try again.'],
    // No closing mark: one is added before the next step.
    ['Something went wrong', 'Something went wrong. Please try again.'],
    // A bare noun opening the passive is “the <noun>”.
    ['Order could not be placed.', 'We couldn’t place the order. Please try again.'],
    // Words that close the door go, the facts stay.
    ['Unfortunately, we are unable to repair your kettle at this time.', 'We can’t repair your kettle. Please try again.'],
    ['We were unable to book your table on this occasion.', 'We couldn’t book your table. Please try again.'],
    // Only the failing sentence changes.
    ['Thanks for waiting. Your payment has failed. Goodbye.', 'Thanks for waiting. Your payment has failed. Please try again. Goodbye.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  describe('the product’s own way forward (contact, channel)', () => {
    it('offers the counter in store, with the contact', () => {
      expect(applied('Your card was declined.', rule, {contact: 'call 0800 123 456', channel: 'in-store'})).toEqual([
        'Your card was declined. Try another card or payment method, or pay at the counter. To find out why, call 0800 123 456.'
      ])
    })

    it('never offers a counter online', () => {
      const [online] = applied('Your card was declined.', rule, {contact: 'chat with us', channel: 'online'})
      expect(online).toBe('Your card was declined. Try another card or payment method. To find out why, chat with us.')
      expect(applied('Your card was declined.', rule, {channel: 'online'})[0]).not.toMatch(/counter/)
    })

    it('says how to reach a person when there is a contact, and invents none without', () => {
      expect(applied('Something went wrong.', rule, {contact: 'ask a team member'})).toEqual([
        'Something went wrong. Please try again. If it keeps happening, ask a team member.'
      ])
      expect(applied('Your application was unsuccessful.', rule, {contact: 'call 0800 123 456'})).toEqual([
        'Your application was unsuccessful. To find out why, call 0800 123 456.'
      ])
      expect(applied('Something went wrong.', rule)).toEqual(['Something went wrong. Please try again.'])
    })
  })

  describe('finality gives way to the next step', () => {
    /** The rewrites for one finding over the sentence that opens at `from`. */
    const rewritten = (text: string, from = 0): string[] =>
      rewritesFor({ruleId: rule, text, start: from, end: text.length, way: {contact: 'call us'}}).map((rewrite) => `${text.slice(0, rewrite.offset)}${rewrite.text}${text.slice(rewrite.endOffset)}`)

    it.each([
      ['Your request was reviewed. This decision is final.', 27, 'Your request was reviewed. To find out why, call us.'],
      ['Sadly, your claim was refused, and this decision is final.', 0, 'Sadly, your claim wasn’t accepted. To find out why, call us.'],
      ['Your visa application was rejected by the embassy.', 0, 'Your visa application wasn’t accepted by the embassy. To find out why, call us.'],
      ['We looked at your photos. There’s nothing more we can do.', 26, 'We looked at your photos. Call us to find out why, or what you can do instead.']
    ])('%j → %j', (text, from, expected) => {
      expect(rewritten(text, from)).toEqual([expected])
    })
  })
})
