import {describe, expect, it} from 'vitest'
import {applied} from './support/suggest.js'

const rule = 'exposed-internals'

describe('rewrites: exposed internals, the customer’s part kept', () => {
  it.each([
    // The backstage excuse goes; the customer's facts stay.
    ['Sorry for the wait, we’re short-staffed tonight so mains are running late.', 'Sorry for the wait, mains are running late.'],
    ['Your room isn’t ready yet because housekeeping is understaffed.', 'Your room isn’t ready yet.'],
    ['Test test please ignore — your flu clinic slot is confirmed.', 'Your flu clinic slot is confirmed.'],
    ['TODO: add the price here — Free returns within 30 days', 'Free returns within 30 days'],
    // An unfilled name gets the fallback a screen should show; an unfilled number after its noun goes.
    ['Hi {{first_name}}, your table is ready.', 'Hi there, your table is ready.'],
    ['Dear null, thanks for your order.', 'Hello, thanks for your order.'],
    ['Hi {{first_name}}, your order #{{order_id}} is on its way!', 'Hi there, your order is on its way!'],
    // A leaked error: what failed is kept, told as the dead-end rewrites tell it.
    ['Your payment failed: NullPointerException at Gateway.charge', 'Your payment failed. Please try again.'],
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // A missing value cannot be written for.
    'Total due: NaN',
    'Your balance is undefined.',
    // A note for the team, whole: nothing of it is copy.
    'Internal note: repeat complainer, offer minimum goodwill.',
    // A leak alone: dead-end-error's rewrite tells it, once.
    'TypeError: Cannot read properties of undefined',
    // What is left would lean on the excuse it lost.
    'You’re still on the old billing system, that’s why it shows twice.',
    // Too little is left to be copy.
    'Agent notes: AUX 7 — wrap-up timeout.',
    // The excuse is the whole sentence.
    'Sorry, our till keeps crashing today.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })

  it('says how to reach a person after a leak when there is a contact', () => {
    expect(applied('Checkout failed: Error 500', rule, {contact: 'ask a team member'})).toEqual([
      'Checkout failed. Please try again. If it keeps happening, ask a team member.'
    ])
  })
})
