import {describe, expect, it} from 'vitest'
import {applied} from './support/suggest.js'

const rule = 'permission-gate'

describe('rewrites: permission gates', () => {
  it.each([
    ['Please wait for manager approval.', 'A team member will finish this for you.'],
    ['Your refund needs manager approval.', 'A team member will finish your refund for you.'],
    ['This exchange requires supervisor approval.', 'A team member will finish this exchange for you.'],
    ['Price override pending supervisor sign-off.', 'A team member will finish your price override for you.'],
    // The staff member's own verb and object.
    ['Sorry, I can’t waive your fee without my branch manager’s OK.', 'A team member will waive your fee for you.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('speaks for the product online or by phone, and names the contact', () => {
    expect(applied('Your refund needs manager approval.', rule, {channel: 'online', contact: 'chat with us'})).toEqual([
      'We’ll finish your refund for you. Questions? Chat with us.'
    ])
  })

  it('offers nothing where the sentence says more than the wait and names no object', () => {
    expect(applied('The supervisor will decide whether you qualify.', rule)).toEqual([])
  })
})
