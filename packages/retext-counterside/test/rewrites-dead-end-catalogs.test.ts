/**
 * Dead-end rewrites that fit the strings of real catalogs (a reviewer's
 * misfits, by shape): a check only for what the customer typed, another
 * browser rather than a vague “ask us”, waiting only for an outage, no
 * retry where it cannot help, the step at the message's end, blanked
 * placeholders kept. Sentences are written for these tests.
 */
import {lintText} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import type {WayForward} from '../src/rewrites/index.js'
import {applied, templateRewrites} from './support/suggest.js'

const rule = 'dead-end-error'
const rewritten = (text: string, way: WayForward = {}): string[] => templateRewrites(text, rule, {way})

describe('not found: a check only for what the customer typed or chose', () => {
  it.each([
    ['Promo code not found.', 'Promo code not found. Check the promo code and try again.'],
    ['Delivery postcode not recognised.', 'Delivery postcode not recognised. Check the delivery postcode and try again.'],
    // Found by details the customer typed: a booking, an account, a card.
    ['We can’t find your reservation.', 'We can’t find your reservation. Check the details and try again.'],
    ['Loyalty card not recognised.', 'Loyalty card not recognised. Check the details and try again.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([['Basket not found.'], ['Session record not found.'], ['404. Photo not found.'], ['Unable to find Row-Number in the export.']])('gives none for what the customer cannot check: %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })

  it('offers the product’s contact instead, where there is one', () => {
    expect(rewritten('Basket not found.', {contact: 'chat with us'})).toEqual(['Basket not found. Chat with us if you need help finding it.'])
  })
})

describe('not supported: another browser or device, never a vague “ask us”', () => {
  it.each([
    ['Video calls are not supported by your browser.', 'Video calls are not supported by your browser. Try another browser.'],
    ['This feature is not supported on this device.', 'This feature is not supported on this device. Try another device.'],
    ['This gift voucher is not supported at this till.', 'This gift voucher is not supported at this till. Try another gift voucher.'],
    // A participle before the noun is not part of what to swap.
    ['The scanned receipt is unsupported.', 'The scanned receipt is unsupported. Try another receipt.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('keeps a label in Title Case as written, and offers the contact only where there is one', () => {
    expect(rewritten('Unable to Verify', {contact: 'chat with us'})).toEqual(['Unable to Verify. To find out why, chat with us.'])
    expect(rewritten('Unable to Verify')).toEqual([])
  })

  it.each([['Exporting from shared folders is not supported.'], ['This action is not supported for guest accounts.'], ['SUM: unsupported argument type.']])(
    'gives none without a contact: %j',
    (text) => {
      expect(rewritten(text)).toEqual([])
    }
  )

  it('names the contact where there is one', () => {
    expect(rewritten('Exporting from shared folders is not supported.', {contact: 'call 0800 123 456'})).toEqual([
      'Exporting from shared folders is not supported. Call 0800 123 456 to find out what you can use instead.'
    ])
  })
})

describe('unavailable: waiting only where it passes', () => {
  it.each([
    ['The scanner is temporarily unavailable.', 'The scanner is temporarily unavailable. Try again in a few minutes.'],
    ['Checkout unavailable.', 'Checkout unavailable. Try again in a few minutes.'],
    // An attempt that ended is made again at once.
    ['The connection timed out.', 'The connection timed out. Please try again.'],
    ['Your fingerprint check was cancelled or timed out.', 'Your fingerprint check was cancelled or timed out. Please try again.'],
    // A slot that is taken: another one.
    ['That delivery slot is unavailable.', 'That delivery slot is unavailable. Choose another delivery slot.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
    expect(rewritten(text)[0]).not.toMatch(/few minutes.*few minutes/)
  })

  it.each([['Microphone not available.'], ['Face ID is not available.'], ['This profile is currently unavailable because it is locked.']])(
    'gives a capability or a standing state no wait: %j',
    (text) => {
      expect(rewritten(text)).toEqual([])
      expect(rewritten(text, {contact: 'ask a team member'})[0]).not.toMatch(/few minutes/)
    }
  )
})

describe('no retry where trying again cannot help', () => {
  it.each([
    ['Your video could not be uploaded because it is too large.', 'We couldn’t upload your video because it is too large. Try a smaller file.'],
    ['Formula error in cell B2.', 'Formula error in cell B2. Check the formula and try again.'],
    ['Syntax error in your filter.', 'Syntax error in your filter. Check the syntax and try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each([
    // A page is reloaded, not asked for; errors in a form are corrected.
    ['This page has expired.', 'This page has expired. Reload the page and try again.'],
    ['The form you sent contains errors.', 'The form you sent contains errors. Correct the errors and try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each([
    ['This member is locked after too many failed sign-ins.'],
    // What else the message says (not set up, an edition) is a standing state.
    ['Protected checkout is not set up. This feature is not available for the starter edition.'],
    ['The invites could not be sent. An invite is already pending for these guests.'],
    ['Playback failed. The file may be corrupted.'],
    ['Import failed: the storage quota is full.'],
    ['Feed parsing error.'],
    ['Upload failed. This image cannot be processed.']
  ])('gives none: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })
})

describe('the next step goes at the end of the message', () => {
  it.each([
    ['Sign-in failed. We could not reach the login server.', 'Sign-in failed. We could not reach the login server. Please try again.'],
    // A courtesy stays last.
    ['Your booking could not be completed. Sorry about that.', 'We couldn’t complete your booking. Please try again. Sorry about that.'],
    // Content after the failure, kept in place (a blanked placeholder, a full stop).
    ['Formula has an error.      .', 'Formula has an error.      . Check the formula and try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('gives none where what follows already says what to do, or asks a question', () => {
    expect(rewritten('Export failed. Switch on cloud sync to export.')).toEqual([])
    expect(rewritten('Sync failed. When you are offline, make sure to save a copy.')).toEqual([])
    expect(rewritten('Your draft could not be saved. Do you want to leave anyway?')).toEqual([])
  })

  it('drops a regret however it is told', () => {
    expect(rewritten('We sincerely regret to inform you that your loan has been declined.', {contact: 'call us'})).toEqual(['Your loan has been declined. To find out why, call us.'])
  })
})

describe('blanked placeholders are kept, never swallowed', () => {
  /** The first dead-end suggestion for `text`, linted as a catalog message is, applied. */
  const catalog = (text: string): string | undefined => {
    const finding = lintText(text, undefined, {placeholders: 'values'}).find((item) => item.ruleId === rule)
    const suggestion = finding?.suggestions[0]
    return suggestion && `${text.slice(0, suggestion.offset)}${suggestion.text}${text.slice(suggestion.endOffset)}`
  }

  it.each([
    // Placeholders as values: the original's own placeholder comes back.
    ['Could not open {name}.', 'Could not open {name}. Please try again.'],
    ['Unable to copy {done} of {total} photos.', 'Unable to copy {done} of {total} photos. Please try again.'],
    ['Failed to load %s', 'Failed to load %s. Please try again.'],
    // Already blanked (the CLI's catalog units): the spaces are kept, the step goes after them.
    ['Could not open    .', 'Could not open    . Please try again.'],
    ['Export failed for    ', 'Export failed for    . Please try again.'],
    // A placeholder opening the sentence keeps the words after it where they are.
    ['     files could not be saved.', '     files could not be saved. Please try again.']
  ])('%j → %j', (text, expected) => {
    expect(catalog(text)).toBe(expected)
  })

  it('drops a canned sentence that would swallow one', () => {
    expect(catalog('ServerError: Invalid response from {host}')).toBeUndefined()
  })
})
