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
