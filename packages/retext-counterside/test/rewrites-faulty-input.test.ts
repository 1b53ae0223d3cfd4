import {describe, expect, it} from 'vitest'
import {applied, finding, templateRewrites} from './support/suggest.js'

const rule = 'customer-blame'

describe('rewrites: blame for input', () => {
  it.each([
    ['Invalid PIN.', ['Check the PIN and try again.', 'That PIN doesn’t look right — check it and try again.']],
    // Plural agreement, and no closing mark where the original had none.
    ['Invalid card numbers', ['Check the card numbers and try again', 'Those card numbers don’t look right — check them and try again']],
    // The original's closing punctuation is kept.
    ['Wrong password!', ['Check the password and try again!', 'That password doesn’t look right — check it and try again!']],
    ['The postcode you entered is invalid.', ['Check the postcode and try again.', 'That postcode doesn’t look right — check it and try again.']],
    // Copy that already says “try again” gets no second one.
    ['Incorrect PIN entered. Try again.', ['Check the PIN. Try again.', 'That PIN doesn’t look right — check it. Try again.']],
    // A label in Title Case: its nouns in lower case mid-sentence.
    ['Invalid Postal Code', ['Check the postal code and try again', 'That postal code doesn’t look right — check it and try again']]
  ])('%j → check the thing', (text, expected) => {
    expect(applied(text, rule)).toEqual(expected)
  })

  it.each([
    ['You entered the wrong PIN.', 'That PIN didn’t match. Try again.'],
    ['You have entered an invalid email.', 'That email didn’t match. Try again.'],
    ['You entered the wrong card numbers. Please try again.', 'Those card numbers didn’t match. Please try again.'],
    // Mid-sentence only the clause changes, in lower case.
    ['Your number cannot be moved because you entered the wrong details.', 'We couldn’t move your number because those details didn’t match. Try again.'],
    ['You must enter a valid email address to continue.', 'Enter an email address to continue.'],
    // How often it did not match is a fact kept; no retry is offered, as a lock-out may follow.
    ['You entered the wrong door code three times.', 'That door code didn’t match three times.'],
    ['You typed your passcode wrong twice.', 'That passcode didn’t match twice.'],
    ['You have entered the wrong details 4 times in a row.', 'Those details didn’t match 4 times in a row.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)[0]).toBe(expected)
  })

  it('adds no “try again” where the copy after it says what to do', () => {
    // Nor a second check: what was wrong is said, neutrally, and the copy after it says what to do.
    expect(templateRewrites('Invalid postcode. Please make sure it has no spaces.', rule, {end: 16})).toEqual(['That postcode doesn’t look right. Please make sure it has no spaces.'])
    expect(templateRewrites('Incorrect passcode. Please check your input.', rule, {end: 18})).toEqual(['That passcode doesn’t look right. Please check your input.'])
  })

  it('names neither of two sign-in details alone, and gives none for a thing’s own code', () => {
    // The pair is told as a pair (never “Check the PIN”): which of the two was wrong is not said.
    expect(templateRewrites('The username or PIN provided is incorrect.', rule)).toEqual(['That username or PIN didn’t match. Try again.'])
    expect(templateRewrites('The webhook’s signing code is invalid.', rule)).toEqual([])
  })

  it('reads a noun of several words as one thing, not a clause (“The error message format is invalid”)', () => {
    expect(templateRewrites('The error message format is invalid.', rule)).toEqual([])
  })

  it('quotes the fitted rewrite in the message', () => {
    expect(finding('Invalid PIN.', rule)?.reason).toMatch(/Write something like “Check the PIN and try again\.”$/)
  })

  it('offers nothing where the clause runs on (“…the wrong PIN too many times”)', () => {
    expect(applied('You entered the wrong PIN too many times.', rule)).toEqual([])
  })

  it('offers no retry before a lock-out, which no retry can undo (“… Keypad locked.”)', () => {
    expect(applied('You entered your door code wrong 3 times. Keypad locked.', rule)).toEqual(['That door code didn’t match 3 times. Keypad locked.'])
    expect(applied('You entered the wrong door code. Keypad locked.', rule)).toEqual(['That door code didn’t match. Keypad locked.'])
    // Nor does dead-end-error add one after what didn't match.
    expect(applied('You entered your door code wrong 3 times. Keypad locked.', 'dead-end-error', {learned: true}).filter((text) => text.includes('Try again'))).toEqual([])
  })

  it('keeps the suggestions within the contract: at most 3, offsets in the text', () => {
    const message = finding('Hello there.\n\nInvalid PIN.', rule)!
    expect(message.suggestions).toEqual([
      {text: 'Check the PIN and try again.', offset: 14, endOffset: 26, scope: 'sentence'},
      {text: 'That PIN doesn’t look right — check it and try again.', offset: 14, endOffset: 26, scope: 'sentence'}
    ])
  })
})

describe('rewrites: sign-in details, a retry in the sentence, a requirement after the verdict', () => {
  it.each([
    // Two details matched as a pair: neither is named as the wrong one.
    ['Invalid username or password.', 'That username or password didn’t match. Try again.'],
    ['Wrong email or password', 'That email or password didn’t match. Try again.'],
    ['The email address or password you entered is incorrect.', 'That email address or password didn’t match. Try again.'],
    // The copy after it asks already.
    ['Incorrect PIN or passcode. Please check and try again.', 'That PIN or passcode didn’t match. Please check and try again.'],
    // The retry asked for in the same sentence is kept, said once.
    ['Invalid access code, please try again.', 'Check the access code and try again.'],
    // The requirement after a verdict label, told of the thing.
    ['Invalid password: must be at least {0} characters long.', 'The password must be at least {0} characters long.'],
    ['Invalid username: Cannot contain spaces.', 'The username cannot contain spaces.']
  ])('%j → %j', (text, expected) => {
    expect(templateRewrites(text, rule)[0]).toBe(expected)
  })

  it.each([
    // Not a pair of sign-in details.
    'Invalid colour or size.',
    // After the colon, not a requirement.
    'Invalid password: blocked by policy.'
  ])('gives no pair or requirement rewrite for %j', (text) => {
    expect(templateRewrites(text, rule).join(' ')).not.toMatch(/or .* didn’t match|^The \p{L}+ (?:must|cannot)/u)
  })
})

describe('rewrites: no retry where the copy after says the customer is locked out', () => {
  it('gives none for the verdict', () => {
    expect(templateRewrites('Wrong PIN. Your card is now blocked.', rule, {end: 9})).toEqual([])
  })
})
