import {describe, expect, it} from 'vitest'
import {failureKind, readFailure} from '../src/features/failure-kind.js'
import {finding} from './support/suggest.js'

describe('failure kinds, read from the text', () => {
  it.each([
    ['Booking not found.', 'not-found'],
    ['We couldn’t find your order.', 'not-found'],
    ['Your loyalty card isn’t recognised.', 'not-found'],
    ['Your changes could not be saved.', 'not-saved'],
    ['Message not sent.', 'not-saved'],
    ['Your card was declined.', 'declined'],
    ['Your claim has been rejected.', 'declined'],
    ['You are not allowed to do that.', 'not-allowed'],
    ['Access denied.', 'not-allowed'],
    ['Sorry, this order isn’t eligible.', 'not-allowed'],
    ['Chat unavailable.', 'unavailable'],
    ['Card not supported.', 'unavailable'],
    ['Request timed out.', 'unavailable'],
    ['That email address is already in use.', 'conflict'],
    ['The table you picked is no longer available.', 'conflict'],
    ['Your session has expired.', 'conflict'],
    // Refusals are declined, not unknown (so not told to try again).
    ['Your claim was not successful.', 'declined'],
    ['Your membership has not been approved.', 'declined'],
    ['You do not qualify for this offer.', 'declined'],
    ['Your exchange was denied.', 'declined'],
    // A rule the product applies.
    ['Coupons cannot be used with this offer.', 'not-allowed'],
    ['Our team is busy right now.', 'unavailable'],
    ['Something went wrong.', 'unknown'],
    ['Transaction failed.', 'unknown'],
    // Code names do not tell the kind (“Submit()” is not a failed submission).
    ['Error: NullReferenceException at Checkout.Submit()', 'unknown']
  ])('%j is %s', (text, kind) => {
    expect(failureKind(text)).toBe(kind)
  })

  it('says where the words that told it are', () => {
    expect(readFailure('Card not supported.')).toEqual({kind: 'unavailable', at: 5, cue: 'not supported'})
  })

  it('names the kind in the message and carries it as `kind`', () => {
    const message = finding('Booking not found.', 'dead-end-error')!
    expect(message.kind).toBe('not-found')
    expect(message.reason).toMatch(/^“not found” is a dead end \(not found\): /)
    expect(finding('Something went wrong.', 'dead-end-error')!.reason).toMatch(/is a dead end \(unknown error\): /)
  })

  it('carries no kind on other rules', () => {
    expect(finding('Invalid PIN.', 'customer-blame')!.kind).toBeUndefined()
  })
})
