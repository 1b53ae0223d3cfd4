/**
 * The evidence a learned finding must show: each gate drops the shape its
 * rule's definition rules out, and keeps the shapes the rule is about.
 */
import {describe, expect, it} from 'vitest'
import {learnedHasEvidence} from '../src/learned-evidence.js'

const holds = (ruleId: string, text: string): boolean => learnedHasEvidence(ruleId, text)

describe('learned-finding evidence', () => {
  it('shouting needs a run of capitals or stacked marks', () => {
    expect(holds('shouting', 'Please keep this tab open until the upload ends')).toBe(false)
    expect(holds('shouting', 'Nearly there? Remember to press send!')).toBe(false)
    expect(holds('shouting', 'KEEP THIS TAB OPEN')).toBe(true)
    expect(holds('shouting', 'Keep this tab open!!')).toBe(true)
  })

  it('permission-gate is no gate when the say-so is the customer’s own', () => {
    expect(holds('permission-gate', 'Two invoices are waiting for your sign-off.')).toBe(false)
    expect(holds('permission-gate', 'I’m the only account holder and can approve this transfer.')).toBe(false)
    expect(holds('permission-gate', 'Your return is waiting for approval from the store team.')).toBe(true)
    expect(holds('permission-gate', 'Pending approval')).toBe(true)
  })

  it('customer-blame needs the customer’s part: not data systems hand each other', () => {
    expect(holds('customer-blame', 'The gateway’s callback token is invalid.')).toBe(false)
    expect(holds('customer-blame', 'Malformed response from the shipping service.')).toBe(false)
    expect(holds('customer-blame', 'The token you supplied is invalid.')).toBe(true)
    expect(holds('customer-blame', 'The refresh token has expired or is invalid.')).toBe(false)
    expect(holds('customer-blame', 'The reset token is invalid.')).toBe(true)
    expect(holds('customer-blame', 'Invalid postcode.')).toBe(true)
    expect(holds('customer-blame', 'Your card number is wrong.')).toBe(true)
  })

  it('customer-blame: naming the invalid-input case in a help text is no verdict, unless it addresses the customer', () => {
    expect(holds('customer-blame', 'Choose where the hint appears for a field with invalid values.')).toBe(false)
    expect(holds('customer-blame', 'Banner text for invalid entries')).toBe(false)
    expect(holds('customer-blame', 'You can’t continue with invalid entries.')).toBe(true)
  })

  it('pressure-selling: losing the customer’s own unsaved work is a safeguard, unless something is for sale', () => {
    expect(holds('pressure-selling', 'Close this form and your edits will be discarded.')).toBe(false)
    expect(holds('pressure-selling', 'Your progress is not saved yet, so leaving now loses it.')).toBe(false)
    expect(holds('pressure-selling', 'Leave now and you’ll lose this price.')).toBe(true)
    expect(holds('pressure-selling', 'Leave now and your unsaved changes and your discount are lost.')).toBe(true)
  })

  it('exposed-internals: an address alone is a value, not a backstage leftover', () => {
    expect(holds('exposed-internals', 'https://example.org/ns/2019/profile/claims/nickname')).toBe(false)
    expect(holds('exposed-internals', 'urn:example:params:oauth:scope')).toBe(false)
    expect(holds('exposed-internals', 'Upload failed: see https://status.example.org for the stack trace')).toBe(true)
  })

  it('customer-blame: a function’s, an API’s or a redirect’s parts are code’s, not the customer’s entry', () => {
    expect(holds('customer-blame', 'The method parameters are malformed.')).toBe(false)
    expect(holds('customer-blame', 'The handler gave an invalid return value.')).toBe(false)
    expect(holds('customer-blame', 'Invalid query parameter in the request.')).toBe(false)
    expect(holds('customer-blame', 'Incorrect callback URL for this client.')).toBe(false)
    expect(holds('customer-blame', 'The redirect URI is not valid.')).toBe(false)
    expect(holds('customer-blame', 'The search parameters you entered are invalid.')).toBe(true)
    expect(holds('customer-blame', 'Invalid meter number.')).toBe(true)
  })

  it('customer-blame: care asked for before a step is a warning; care asked for after the fact is blame', () => {
    expect(holds('customer-blame', 'Be careful to copy the recovery key before you close this window.')).toBe(false)
    expect(holds('customer-blame', 'Take care to pick the right plan before you pay, as it cannot be changed later.')).toBe(false)
    expect(holds('customer-blame', 'Please be more careful before you send it again.')).toBe(true)
    expect(holds('customer-blame', 'Take care to read the form properly before you submit it.')).toBe(true)
    expect(holds('customer-blame', 'You should have been careful to check the size before you ordered.')).toBe(true)
  })

  it('dead-end-error: no way forward anywhere in the block, not just in the sentence', () => {
    const deadEnd = (sentence: string, block: string): boolean => learnedHasEvidence('dead-end-error', sentence, sentence, block)
    expect(deadEnd('The map could not be loaded.', 'The map could not be loaded. Refresh the page to retry.')).toBe(false)
    expect(deadEnd('Your voucher was turned down.', 'Your voucher was turned down.\nOur desk is on 0161 555 0182.')).toBe(false)
    expect(deadEnd('This step is not allowed here.', 'This step is not allowed here. Please begin a fresh booking.')).toBe(false)
    expect(deadEnd('Your plan could not be renewed.', 'Your plan could not be renewed. You can pick another card in settings.')).toBe(false)
    expect(deadEnd('The map could not be loaded.', 'The map could not be loaded. The tiles were too large.')).toBe(true)
    // Told to stop or go away, or lectured about next time, is no way forward.
    expect(deadEnd('The map could not be loaded.', 'The map could not be loaded. Please do not report this.')).toBe(true)
    // The sentence alone still counts where no block is given.
    expect(holds('dead-end-error', 'The map could not be loaded.')).toBe(true)
    expect(holds('dead-end-error', 'The map could not be loaded, so try again in a minute.')).toBe(false)
  })

  it('permission-gate: things of the customer’s own, queued for a say-so that names no one else, wait on the customer', () => {
    expect(holds('permission-gate', 'You have 4 timesheets waiting for approval.')).toBe(false)
    expect(holds('permission-gate', 'You have 2 expense claims pending your review')).toBe(false)
    expect(holds('permission-gate', 'You have 4 timesheets waiting for approval from head office.')).toBe(true)
  })

  it('a field label (a few words, a colon, no verb) is no finding for permission-gate, sales-jargon or customer-blame', () => {
    expect(holds('permission-gate', 'Supervisor sign-off code:')).toBe(false)
    expect(holds('sales-jargon', 'Cross-sell banner heading:')).toBe(false)
    expect(holds('customer-blame', 'Incorrect passcode tries:')).toBe(false)
    // A clause that ends in a colon introduces what follows; it is still read.
    expect(holds('customer-blame', 'These answers are wrong:')).toBe(true)
    expect(holds('permission-gate', 'Supervisor sign-off code: needed before the refund')).toBe(true)
    expect(holds('sales-jargon', 'Cross-sell banner heading')).toBe(true)
  })

  it('leaves the other rules alone', () => {
    expect(holds('dead-end-error', 'Something went wrong.')).toBe(true)
    expect(holds('we-centered', 'We love feedback.')).toBe(true)
  })
})
