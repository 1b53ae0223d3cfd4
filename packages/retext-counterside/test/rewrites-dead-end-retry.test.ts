/**
 * Dead-end rewrites that offer a retry, a check or “ask us” only where one
 * can help (a second reviewer's misfits on real catalogs, by shape): an
 * expression, a configuration, a value not valid or an ID the customer
 * never typed get none (or the contact); a refusal offers only a configured
 * contact; “unsuccessful” after an action is a failure, not a refusal; a
 * field check names the field; fragments and headings get none.
 * Sentences are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {failureKind} from '../src/features/failure-kind.js'
import type {WayForward} from '../src/rewrites/index.js'
import {templateRewrites} from './support/suggest.js'

const rewritten = (text: string, ruleId = 'dead-end-error', way: WayForward = {}): string[] => templateRewrites(text, ruleId, {way})

describe('no retry where retrying cannot help', () => {
  it.each([
    // An expression that could not be read.
    ['Unexpected token before ‘]’.'],
    ['Cannot resolve CELL reference from key “a1”.'],
    ['Invalid relative column.'],
    // Configuration missing or wrong.
    ['The payment provider’s configuration could not be loaded.'],
    ['Sign-in cannot continue. No recovery method is configured'],
    ['The export stopped due to account settings.'],
    // A value that is not valid, and not one the customer typed.
    ['The webhook signing secret is invalid.'],
    ['The session secret is invalid.'],
    // Looked up by an ID the customer never typed.
    ['Can not find plugin with the given package id.'],
    // A capability of the browser or device.
    ['Failed to start fingerprint sign-in.']
  ])('gives none without a contact: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('offers the contact instead, where there is one', () => {
    expect(rewritten('The webhook signing secret is invalid.', 'dead-end-error', {contact: 'ask a team member'})).toEqual([
      'The webhook signing secret is invalid. Ask a team member for help.'
    ])
  })

  it('offers another one where what the customer gave is why it failed', () => {
    expect(rewritten('We couldn’t make a preview from that link.')).toEqual(['We couldn’t make a preview from that link. Try another link.'])
    expect(rewritten('We could not build a map from this URL.')).toEqual(['We could not build a map from this URL. Try another URL.'])
  })

  it('still checks a formula the customer wrote', () => {
    expect(rewritten('The formula is invalid.')).toEqual(['The formula is invalid. Check the formula and try again.'])
  })
})

describe('a refusal offers only a configured contact', () => {
  it.each([['Access denied.'], ['You are not permitted to publish this page.'], ['Your bid was unsuccessful.']])('gives none without a contact: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('names the contact where there is one', () => {
    expect(rewritten('Access denied.', 'dead-end-error', {contact: 'ask your administrator'})).toEqual([
      'Access denied. Ask your administrator to find out why, or what you can do instead.'
    ])
  })
})

describe('“unsuccessful” after an action is a failure of that action', () => {
  it.each([['Rollback unsuccessful.'], ['Password reset unsuccessful']])('reads %j as not saved, and offers a retry', (text) => {
    expect(failureKind(text)).toBe('not-saved')
    expect(rewritten(text)[0]).toMatch(/ Please try again\.$/u)
  })

  it.each([['Your bid was unsuccessful.'], ['Sadly, the claim you made was unsuccessful.'], ['Payment unsuccessful.']])('still reads %j as declined', (text) => {
    expect(failureKind(text)).toBe('declined')
  })

  it('still offers another card for a payment', () => {
    expect(rewritten('Payment unsuccessful.')).toEqual(['Payment unsuccessful. Try another card or payment method.'])
  })
})

describe('a field check names the field', () => {
  it.each([
    ['The card expiry date entered is not valid.', 'Check the card expiry date and try again.'],
    ['First Name entered is not valid.', 'Check the first name and try again.'],
    ['The postcode that you entered is not valid.', 'Check the postcode and try again.'],
    ['We could not verify this code.', 'We could not verify this code. Check it and try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('never offers another card for a date that is not valid', () => {
    expect(rewritten('The credit card renewal date entered is not valid.')).toEqual(['The credit card renewal date entered is not valid. Check it and try again.'])
  })

  it('checks a URL or a link, never “didn’t match”', () => {
    expect(rewritten('You typed the wrong link.', 'customer-blame')).toEqual(['Check the link and try again.'])
    expect(rewritten('Either you typed a wrong web address, or the page has moved.', 'customer-blame')).toEqual([])
    expect(rewritten('Either you typed a wrong web address, or the page has moved.')).toEqual([])
    // A secret is matched: “didn't match” stays.
    expect(rewritten('You entered the wrong passcode.', 'customer-blame')).toEqual(['That passcode didn’t match. Try again.'])
  })
})

describe('fragments and headings get none', () => {
  it.each([['Something broke - please'], ['Upload failed and'], ['Checkout Service Error']])('%j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('keeps a blanked placeholder after the last word', () => {
    expect(rewritten('Import failed for    ')).toEqual(['Import failed for    . Please try again.'])
  })

  it('tells a leaked network error as the connection', () => {
    expect(rewritten('NetworkError when attempting to fetch resource.')).toEqual(['We couldn’t connect. Please try again.'])
  })
})

describe('more that neither a retry nor a check can change', () => {
  it.each([
    ['Cannot continue. There is no suitable recovery method.'],
    ['Cannot map cell id “b2” to a range.'],
    ['Unable to read workspace id from the session.'],
    ['The export succeeded but the “region” field is incorrect.']
  ])('gives none: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('tells two sign-in details as a pair, never a check of one of them', () => {
    expect(rewritten('Invalid login or PIN.')).toEqual(['That login or PIN didn’t match. Try again.'])
  })
})

describe('a standing state or what the product does not do', () => {
  it.each([['You have been banned from this channel.'], ['We can’t do that to a locked layer.'], ['We cannot do this on a shared calendar.']])('gives none: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('reads “we can’t do that” as not allowed', () => {
    expect(failureKind('We can’t do that to a merged row.')).toBe('not-allowed')
  })
})
