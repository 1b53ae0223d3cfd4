import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'we-centered'

describe(ruleId, () => {
  it('reports a whole message, as a warning by default', () => {
    const [message, ...rest] = messages('Our policy requires a receipt.')
    expect(rest).toEqual([])
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'Our policy requires',
      fatal: false,
      note: 'the customer hears the seller’s rules put ahead of their need',
      expected: []
    })
    expect(message?.reason).toBe(
      // The rewrite from the customer's side stands in for the entry's advice.
      '“Our policy requires” is about the seller, not the customer: the customer hears the seller’s rules put ahead of their need. Write something like “You’ll need a receipt.”'
    )
  })

  flagsEach(ruleId, [
    ['We are pleased to announce our new hours.', 'We are pleased', 1],
    ['We reserve the right to refuse service.', 'We reserve the right', 1],
    ['Per our policy, refunds need a receipt.', 'our policy', 5],
    ['We take pride in our craft, and we expect guests to respect it.', 'take pride in our', 4],
    ['Thanks for visiting. We insist on exact change.', 'We insist', 22],
    ['Our compliance team requires me to read our terms.', 'Our compliance team requires', 1]
  ])

  passesEach(ruleId, [
    'We value your feedback.',
    'Our policy lets you return anything within 30 days.',
    'We’ve saved your cart.',
    'We deliver on Sundays too.',
    'We’re excited for you to try it!',
    'Our team is here to help you.',
    'Visit our store on Main Street.'
  ])

  describe('the seller’s tastes, targets, records and house rules', () => {
    flagsEach(ruleId, [
      ['We prefer cash at the market stall.', 'We prefer', 1],
      ['We hate it when trolleys are left in the car park.', 'We hate it when', 1],
      ['We need to beat our sales forecast this month.', 'need to beat our', 4],
      ['Give us your date of birth for our marketing.', 'for our marketing', 28],
      ['We’ve worked so hard on this new website.', 'We’ve worked so hard on this', 1],
      ['We’d rather you didn’t park here.', 'We’d rather you', 1],
      ['Company policy states that bags are checked at the door.', 'Company policy states', 1],
      ['The shop accepts no liability for lost umbrellas.', 'accepts no liability', 10]
    ])

    passesEach(ruleId, [
      // The customer's preference, a target already hit (seller-celebration), the customer's records and a plain fact.
      'Pay however you prefer.',
      'Keep this receipt for your records.',
      'You can return anything, no receipt needed, whatever our policy elsewhere.',
      'We’re pleased to help you with your order.',
      'It would help us to know your size, so we can send the right fit to you.'
    ])
  })

  it('keeps “we only” as a low-confidence hint', () => {
    expect(flagged('We only ship within the country.', ruleId)).toEqual([])
    expect(flagged('We only ship within the country.', ruleId, {minConfidence: 0.4})).toEqual(['We only'])
  })
})
