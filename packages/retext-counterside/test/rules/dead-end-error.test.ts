import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'dead-end-error'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message] = messages('Transaction failed.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'failed',
      expected: ['That didn’t work. Try again, or contact us if it keeps happening.'],
      note: 'the customer hears that it failed, but not whether to try again or what else to do',
      fatal: true
    })
    expect(message?.place).toEqual({start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 19, offset: 18}})
  })

  flagsEach(ruleId, [
    ['Error 4012.', 'Error 4012', 1],
    ['Payment declined.', 'declined', 9],
    ['Something went wrong.', 'went wrong', 11],
    ['Your order couldn’t be completed.', 'couldn’t be completed', 12],
    ['Service unavailable.', 'unavailable', 9],
    ['Voucher not accepted.', 'not accepted', 9],
    ['Your request cannot be handled here.', 'cannot be handled', 14],
    ['Failed.', 'Failed', 1],
    ['We weren’t able to renew your parking permit.', 'weren’t able to', 4],
    ['500 Internal Server Error', '500 Internal Server Error', 1],
    ['Error 503', 'Error 503', 1],
    ['Invalid PIN.', 'Invalid PIN', 1],
    ['Sorry, we couldn’t find a seat for you on that train.', 'couldn’t find', 11],
    ['Your membership has been suspended.', 'Your membership has been suspended', 1],
    ['Your exchange request was refused.', 'refused', 27],
    ['We won’t be offering a replacement.', 'won’t be offering', 4],
    ['Session expired.', 'Session expired', 1]
  ])

  passesEach(ruleId, [
    'Payment failed. Try another card or pay with cash.',
    'Couldn’t read the card. Try tapping again.',
    'Your direct debit couldn’t be set up. Call 0800 555 010.',
    'Points couldn’t be added — they’ll appear automatically within 24 hours.',
    'Page not found. Go back home or search the shop.',
    'The printer is out of paper. Please ask a team member for your receipt.',
    'I can’t waive that fee, but I can split it over two bills.',
    'Your subscription has been cancelled.',
    'This action cannot be undone.',
    'The balance cannot be negative.',
    'Some features may be unavailable.',
    'This product is currently unavailable for purchase.',
    'Failed',
    'Can’t find your booking?',
    'If your card is declined, you can pay by bank transfer instead.',
    'Shown when the reader is unavailable',
    'You failed to mention your seat number.',
    'Maximum failed sign-in attempts',
    'Online banking is down for maintenance until 6am on Tuesday.',
    'Wrong PIN. 2 tries left.',
    'Invalid password: it must have at least 8 characters.',
    'Live tracking is unavailable, but your parcel is on its way.',
    'We couldn’t pack the basil, so you haven’t been charged for it.'
  ])

  it('looks for the way forward across the paragraph, not across paragraphs', () => {
    expect(flagged('Your tickets didn’t print.\nShow the QR code at the door.', ruleId)).toEqual([])
    expect(flagged('Your tickets didn’t print.\n\nShow the QR code at the door.', ruleId)).toEqual(['didn’t print'])
  })
})

describe(`${ruleId}: a setting or a help text that names a failure`, () => {
  passesEach(ruleId, [
    'Token behaviour on script error',
    'On payment failure',
    'Choose how errors are shown to your visitors.',
    'Errors block checkout until they are fixed; warnings only highlight a field.',
    'When enabled, requests without a signature are rejected.',
    'When two-step sign-in is required, members without a phone will be rejected.',
    'Are you sure? The user will be unable to sign in until you restore them.',
    'If you remove this phone number, it can no longer be used to sign in.',
    'This sign-in option is not eligible for single sign-on users.'
  ])

  it('still reports the failure itself', () => {
    expect(flagged('Your payment was rejected.', ruleId)).toEqual(['rejected'])
  })
})
