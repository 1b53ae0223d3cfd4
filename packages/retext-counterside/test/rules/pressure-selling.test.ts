import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'pressure-selling'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message] = messages('Only 2 left — decide in 60 seconds.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'decide in 60 seconds',
      expected: ['Offer ends Sunday at midnight', 'This price is held for you until 6 pm'],
      note: 'a countdown in seconds or minutes tells the customer the seller won’t let them think',
      fatal: true
    })
  })

  flagsEach(ruleId, [
    ['Don’t be the one who missed out.', 'Don’t be the one', 1],
    ['Act now — this price disappears in 30 seconds!', 'Act now', 1],
    ['Last chance! Buy now or regret it forever.', 'or regret it', 22],
    ['What are you waiting for?', 'What are you waiting for', 1],
    ['Grab yours before someone else does.', 'before someone else does', 12],
    ['Say yes within 10 seconds for 20% off.', 'within 10 seconds', 9],
    ['These candles are flying off the shelves!', 'flying off the shelves', 19]
  ])

  passesEach(ruleId, [
    'Sale ends Sunday.',
    '3 in stock.',
    'Last showing today is at 9:40 pm.',
    'Order within 40 minutes for delivery tomorrow.',
    'The code expires in 10 minutes.',
    'Free cancellation up to 24 hours before pickup.',
    'Limited colours this season: black and clear.'
  ])

  it('leaves a warning about the customer’s own unsaved work alone', () => {
    expect(flagged('If you close now, your edits to this form will be lost.', ruleId)).toEqual([])
    expect(flagged('Leave now and your unsaved edits will be thrown away.', ruleId)).toEqual([])
    expect(flagged('If you leave now, this price is gone.', ruleId)).toContain('If you leave now')
  })

  it('keeps “only N left” as a low-confidence hint', () => {
    expect(flagged('Only 2 left in your size.', ruleId)).toEqual([])
    expect(flagged('Only 2 left in your size.', ruleId, {rules: {[ruleId]: ['error', {minConfidence: 0.3}]}})).toEqual(['Only 2 left'])
  })
})

describe(`${ruleId}: others held over the customer, fear, ultimatums, clocks, slipping prices`, () => {
  it.each([
    ['Other shoppers are waiting for this slot.', 'Other shoppers are waiting for this'],
    ['The person behind you might take this seat.', 'person behind you might'],
    ['Your basket will go to another customer unless you pay now.', 'to another customer unless'],
    ['Only careless travellers skip cover.', 'Only careless'],
    ['Members who pause usually lose their slot.', 'Members who pause usually'],
    ['We’ll miss you so much if you cancel.', 'We’ll miss you'],
    ['Don’t say we didn’t warn you.', 'didn’t warn you'],
    ['Your account will be deleted in 24 hours unless you upgrade.', 'deleted in 24 hours unless you'],
    ['Reply YES in the next hour to keep your place.', 'in the next hour to keep'],
    ['This quote is valid for the next 15 minutes.', 'quote is valid for the next'],
    ['Prices for your dates have been creeping up.', 'Prices for your dates have been creeping'],
    ['No thanks, I’ll take my chances', 'take my chances'],
    ['This one usually sells out by Friday.', 'usually sells out']
  ])('flags %j', (text, actual) => {
    expect(flagged(text, ruleId)).toEqual([actual])
  })

  passesEach(ruleId, [
    'Other customers asked: does it come in blue?',
    'If you can’t make it, we’ll offer your slot to the next person on the waiting list.',
    'Members who pause keep their points for a year.',
    'We need you to confirm your address before we ship.',
    'Sorry to see you go: your plan ends on 3 June.',
    'You’re never on your own: call us any time.',
    'Your draft will be lost unless you save it.',
    'Your code is valid for the next 10 minutes.',
    'Your driver could arrive any minute now.',
    'Prices change on 1 April; see the new list here.',
    'Seats fill up on Saturdays, so we open more at 10.',
    'Thanks for helping us hit our target!'
  ])
})
