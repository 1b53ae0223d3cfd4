/**
 * Rewrites that fit the failure they are attached to (issue 9's review of
 * random pairs): leaked internals replaced, restrictions not told to wait,
 * blame clauses not kept, shouted nouns not carried into calm templates,
 * refusals not told to try again. Sentences are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {failureKind} from '../src/features/failure-kind.js'
import type {WayForward} from '../src/rewrites/index.js'
import {messages} from './support/lint.js'
import {applied, templateRewrites} from './support/suggest.js'

/** The template rewrites of `ruleId` for `text` read as one finding over the whole sentence. */
function rewritten(text: string, ruleId = 'dead-end-error', way: WayForward = {}): string[] {
  return templateRewrites(text, ruleId, {way})
}

describe('a technical artifact: the code gone, the words kept, with a next step', () => {
  it.each([
    // The failing words carry no artifact; the sentence does. What it says of the failure stays.
    ['Upload failed (ERR_NET_RESET).', 'Upload failed. Please try again.'],
    ['Saving failed: at DraftStore.persist (store.js:41)', 'Saving failed. Please try again.'],
    ['The export failed with error E7031.', 'The export failed. Please try again.'],
    ['Refund failed: PaymentGatewayException.', 'Refund failed. Please try again.'],
    ['Card declined (status 402).', 'Card declined. Try another card or payment method.'],
    // Nothing but the code and the word “error”: plain words, by kind.
    ['Error: NullPointerException at Basket.total (basket.js:12)', 'Something went wrong on our side. Please try again.'],
    ['TypeError: Cannot read properties of undefined', 'Something went wrong on our side. Please try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('keeps plain numbers, which are not internals', () => {
    expect(rewritten('Your 300 stamps could not be added.')).toEqual(['We couldn’t add your 300 stamps. Please try again.'])
  })

  it('replaces the artifact in a finding, too', () => {
    const [suggestion] = applied('Upload failed (ERR_NET_RESET).', 'dead-end-error')
    expect(suggestion).toBe('Upload failed. Please try again.')
  })
})

describe('unavailable: only a temporary failure is told to try again later', () => {
  it.each([
    ['The shop is offline.', 'The shop is offline. Try again in a few minutes.'],
    ['Our phone lines are busy.', 'Our phone lines are busy. Try again in a few minutes.'],
    ['Bookings are down for maintenance.', 'Bookings are down for maintenance. Try again in a few minutes.'],
    ['That colour is out of stock.', 'That colour is out of stock. Choose another colour, or check back later.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each([['Gift cards aren’t available on your plan.'], ['Same-day delivery is not available in your region.']])('gives a restriction no vague “ask us” without a contact: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })

  it('says who can help with a restriction, in the product’s own words', () => {
    expect(rewritten('Gift cards aren’t available on your plan.', 'dead-end-error', {contact: 'chat with us'})).toEqual([
      'Gift cards aren’t available on your plan. Chat with us to find out what you can use instead.'
    ])
  })

  it('reads “can’t be used here” as not allowed, and keeps it as written', () => {
    expect(failureKind('Store credit can’t be used here.')).toBe('not-allowed')
    expect(rewritten('Store credit can’t be used here.', 'dead-end-error', {contact: 'chat with us'})).toEqual(['Store credit can’t be used here. Chat with us to find out why, or what you can do instead.'])
    expect(rewritten('Store credit can’t be used here.')).toEqual([])
  })
})

describe('a blame clause is not kept', () => {
  it.each([
    ['Your upload failed due to user error.', 'Your upload failed. Please try again.'],
    ['Your transfer could not be sent because of a customer mistake.', 'We couldn’t send your transfer. Please try again.'],
    ['Your form could not be saved because you filled it in incorrectly.', 'We couldn’t save your form. Try again — what you entered is still here.'],
    // A clause that names what didn't match keeps it, told neutrally.
    ['Your top-up failed because you keyed the voucher code wrongly.', 'Your top-up failed because that voucher code didn’t match. Try again.'],
    ['Because you picked the wrong date, your visit failed.', 'Because that date didn’t match, your visit failed. Try again.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it('leaves no customer-blame finding behind', () => {
    for (const text of ['Your upload failed due to user error.', 'Your form could not be saved because you filled it in incorrectly.']) {
      const [after] = rewritten(text)
      expect(messages(after!).filter((message) => message.ruleId === 'customer-blame')).toEqual([])
    }
  })
})

describe('a shouted sentence: the filled noun in lower case, acronyms kept', () => {
  it.each([
    ['YOU ENTERED THE WRONG MOBILE NUMBER.', ['That mobile number didn’t match. Try again.']],
    ['YOU ENTERED THE WRONG IBAN.', ['That IBAN didn’t match. Try again.']],
    ['INVALID POSTCODE.', ['Check the postcode and try again.', 'That postcode doesn’t look right — check it and try again.']],
    ['THE VAT NUMBER YOU ENTERED IS INVALID.', ['Check the VAT number and try again.', 'That VAT number doesn’t look right — check it and try again.']],
    ['YOU MUST ENTER A VALID EMAIL ADDRESS.', ['Enter an email address.']]
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text, 'customer-blame')).toEqual(expected)
  })

  it('keeps a capitalised noun as written when the sentence is not shouting', () => {
    expect(rewritten('You entered the wrong PIN.', 'customer-blame')).toEqual(['That PIN didn’t match. Try again.'])
  })

  it('fills dead ends the same way', () => {
    expect(rewritten('VOUCHER NOT SUPPORTED.')).toEqual(['VOUCHER NOT SUPPORTED. Try another voucher.'])
  })
})

describe('a first word moved into the rewrite: lowered, unless it is a name', () => {
  it.each([
    // Lowered, a name with a capital inside would be misspelt (“wi-Fi”, “payPal”); a plain first word is still lowered.
    ['Wi-Fi code is invalid.', 'customer-blame', 'Check the Wi-Fi code and try again.'],
    ['PayPal refund could not be processed.', 'dead-end-error', 'We couldn’t process the PayPal refund. Please try again.'],
    ['Gift card could not be processed.', 'dead-end-error', 'We couldn’t process the gift card. Please try again.']
  ])('%j (%s) → %j', (text, ruleId, expected) => {
    expect(rewritten(text, ruleId)[0]).toBe(expected)
  })
})

describe('a refusal is not told to try again', () => {
  const contact = 'ask a team member'
  it.each([
    ['Sadly, your claim was not successful.', 'Sadly, your claim was not successful. To find out why, ask a team member.'],
    ['Your membership has not been approved.', 'Your membership has not been approved. To find out why, ask a team member.'],
    ['You don’t qualify for this discount.', 'You don’t qualify for this discount. To find out why, ask a team member.'],
    ['Your exchange request was denied.', 'Your exchange request was denied. To find out why, ask a team member.'],
    ['We are unable to offer you a store card.', 'We can’t offer you a store card. To find out why, ask a team member.'],
    // A card or account applied for is refused, not a payment declined.
    ['Your credit card application was declined.', 'Your credit card application was declined. To find out why, ask a team member.'],
    ['You are not eligible for this reward.', 'You are not eligible for this reward. Ask a team member to find out why, or what you can do instead.']
  ])('%j → %j (with a contact; none without: there is no “us” to ask)', (text, expected) => {
    expect(rewritten(text, 'dead-end-error', {contact})).toEqual([expected])
    expect(expected).not.toMatch(/try again/i)
    expect(rewritten(text)).toEqual([])
  })
})

describe('a next step that fits what failed', () => {
  it.each([
    // Only what the customer typed is still there after a failed save.
    ['Your note could not be saved.', 'We couldn’t save your note. Try again — what you entered is still here.'],
    ['The photo upload failed.', 'The photo upload failed. Please try again.'],
    // A thing to swap is a plain noun; not supported by the customer's browser, another browser.
    ['This coupon is not supported.', 'This coupon is not supported. Try another coupon.'],
    ['Passkeys are not supported in this browser.', 'Passkeys are not supported in this browser. Try another browser.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each([['Unable to scan?'], ['These files could not be uploaded:'], ['SmartPay is not supported here.']])('gives none for a question, a list’s heading, or a name it cannot swap without a contact: %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })
})
