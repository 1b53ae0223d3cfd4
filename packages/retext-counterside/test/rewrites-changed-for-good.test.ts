/**
 * Dead ends after a state that has changed for good (issue 9's misfits):
 * no retry after a deadline passed, a place released, a decision made
 * final, something non-refundable or beyond mending, a standing refusal or
 * policy. A booking that went is made again; otherwise the configured
 * contact; otherwise nothing. “Ask for a new …” only for what is issued.
 * Sentences are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import type {WayForward} from '../src/rewrites/index.js'
import {templateRewrites} from './support/suggest.js'

const rewritten = (text: string, way: WayForward = {}): string[] => templateRewrites(text, 'dead-end-error', {way})

describe('a booking that went: book again, not try again', () => {
  it.each([
    ['Sorry, your seat has been released.', 'Sorry, your seat has been released. Book again if you still need a place.'],
    ['Your reserved pitch was released at 6pm.', 'Your reserved pitch was released at 6pm. Book again if you still need a place.'],
    ['Your place on the pottery course was released because the sign-up deadline has passed.', 'Your place on the pottery course was released because the sign-up deadline has passed. Book again if you still need a place.'],
    // The window told closing without an auxiliary is as final as “has closed”.
    ['Your kayak booking was cancelled because the deposit window closed.', 'Your kayak booking was cancelled because the deposit window closed. Book again if you still need a place.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })
})

describe('changed for good: the contact, or nothing', () => {
  const changed = [
    'This rug cannot be cleaned.',
    'We don’t deliver to island addresses.',
    'The blender you picked has been discontinued.',
    'Your appeal does not meet our criteria.',
    'Sadly, this item can no longer be posted to your region.',
    'Your garden hire deposit is non-refundable.',
    'This order cannot be reversed.',
    'We do not give cash refunds.',
    'Sorry, we don’t supply your street.',
    'Delivery not available to this address.'
  ]

  it.each(changed)('offers no retry without a contact: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it.each([
    ['This rug cannot be cleaned.', 'This rug cannot be cleaned. Call us to find out what you can do instead.'],
    ['We don’t deliver to island addresses.', 'We don’t deliver to island addresses. Call us to find out what you can do instead.'],
    ['Your appeal does not meet our criteria.', 'Your appeal does not meet our criteria. Call us to find out what you can do instead.'],
    ['Delivery not available to this address.', 'Delivery not available to this address. Call us to find out what you can do instead.']
  ])('offers the contact where there is one: %j → %j', (text, expected) => {
    expect(rewritten(text, {contact: 'call us'})).toEqual([expected])
  })

  it('still offers a retry where nothing changed for good', () => {
    expect(rewritten('Your basket could not be saved.')).toEqual(['We couldn’t save your basket. Please try again.'])
    expect(rewritten('We couldn’t clean up the upload queue.')).toEqual(['We couldn’t clean up the upload queue. Please try again.'])
  })
})

describe('expired: ask for a new one only of what is issued', () => {
  it.each([
    ['The link you followed has expired.', 'The link you followed has expired. Ask for a new link and try again.'],
    ['Oh no, that code’s expired.', 'Oh no, that code’s expired. Ask for a new code and try again.'],
    ['Your passcode has expired.', 'Your passcode has expired. Ask for a new passcode and try again.'],
    ['The key card for room 12 has expired.', 'The key card for room 12 has expired. Ask for a new card and try again.'],
    // An expired card at a payment is swapped, as any card refused.
    ['Payment failed: your card has expired.', 'Payment failed: your card has expired. Try another card or payment method.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('says no “to find out why” after an expired card: the message says why', () => {
    expect(rewritten('Payment failed: your card has expired.', {contact: 'call us', channel: 'in-store'})).toEqual([
      'Payment failed: your card has expired. Try another card or payment method, or pay at the counter.'
    ])
  })

  it.each(['Your free trial has expired.', 'Your boiler warranty has expired.', 'Your bonus points have expired.'])('asks for no new one of what is not issued: %j', (text) => {
    expect(rewritten(text)).toEqual([])
    expect(rewritten(text, {contact: 'chat with us'})).toEqual([`${text} Chat with us to find out what you can do instead.`])
  })
})

describe('a booking that can no longer be changed has not gone', () => {
  it('offers no “book again” for a booking that stands', () => {
    expect(rewritten('Sorry, this booking can no longer be changed or cancelled.', {contact: 'call us'})).toEqual([
      'Sorry, this booking can no longer be changed or cancelled. Call us to find out what you can do instead.'
    ])
  })
})
