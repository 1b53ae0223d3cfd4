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
    ['You must enter a valid email address to continue.', 'Enter an email address to continue.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)[0]).toBe(expected)
  })

  it('adds no “try again” where the copy after it says what to do', () => {
    // Nor a second check: what was wrong is said, neutrally, and the copy after it says what to do.
    expect(templateRewrites('Invalid postcode. Please make sure it has no spaces.', rule, {end: 16})).toEqual(['That postcode doesn’t look right. Please make sure it has no spaces.'])
    expect(templateRewrites('Incorrect passcode. Please check your input.', rule, {end: 18})).toEqual(['That passcode doesn’t look right. Please check your input.'])
  })

  it('gives none for one of two things, or a thing’s own code', () => {
    expect(templateRewrites('The username or PIN provided is incorrect.', rule)).toEqual([])
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

  it('keeps the suggestions within the contract: at most 3, offsets in the text', () => {
    const message = finding('Hello there.\n\nInvalid PIN.', rule)!
    expect(message.suggestions).toEqual([
      {text: 'Check the PIN and try again.', offset: 14, endOffset: 26, scope: 'sentence'},
      {text: 'That PIN doesn’t look right — check it and try again.', offset: 14, endOffset: 26, scope: 'sentence'}
    ])
  })
})
