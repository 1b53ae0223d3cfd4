import {describe, expect, it} from 'vitest'
import {applied, findingsLeft} from './support/suggest.js'

const rule = 'exposed-internals'

describe('rewrites: exposed internals, the customer’s part kept', () => {
  it.each([
    // The backstage excuse goes; the customer's facts stay.
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

  // Known misfit since the retrain with w56–w59: the learned layer reads “Sorry for the wait, mains are
  // running late.” as an internal (p 0.72), so that rewrite is withheld and the customer's fact is lost
  // (“Sorry for the wait.” is offered). Passes again once the model stops reading lateness as backstage.
  it.fails('keeps the customer’s fact: “…short-staffed tonight so mains are running late.”', () => {
    expect(applied('Sorry for the wait, we’re short-staffed tonight so mains are running late.', rule)).toEqual(['Sorry for the wait, mains are running late.'])
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

// These shapes are read around the learned layer's spans (its top cues), as `lintText` finds them.
const learnedOn = {learned: true}

describe('rewrites: exposed internals, read around the flagged words', () => {
  it.each([
    // The apology or thanks that opens the sentence stands; the excuse after it goes.
    ['Thanks for your patience, our team is drowning in tickets this week.', 'Thanks for your patience.'],
    ['Sorry for the wait, we’re short-staffed because three cooks called in sick.', 'Sorry for the wait.'],
    ['Sorry, your cake isn’t iced yet — the mixer broke and we’re all scrambling.', 'Sorry, your cake isn’t iced yet.'],
    // An unfilled name after a comma goes with its comma; in brackets too.
    ['Good to see you again, {{first_name}}!', 'Good to see you again!'],
    ['Dear [CUSTOMER NAME], your glasses are ready to collect.', 'Hello, your glasses are ready to collect.'],
    // A sentence that is the excuse whole goes; the one before it is the rewrite.
    ['Sorry about the queue. Our courier let us down again and everyone is stressed.', 'Sorry about the queue.'],
    [
      'Your parcel is on its way. Sorry for the delay — our box supplier went bust and the warehouse lost half our stock. It should reach you by Friday.',
      'Your parcel is on its way. Sorry for the delay. It should reach you by Friday.'
    ]
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
  })

  it.each([
    // Only the apology would be left.
    'Sorry, we’re swamped today.',
    // What a test message leaves is the build it came from.
    'test payment please ignore - dev build 7.1',
    // What is left still names who is to blame, or the back office.
    'Our oven broke again, so your bread is late — don’t blame us, blame the landlord!',
    'Our till crashed twice, so your receipt is late and we’ve told management.',
    // The sentence after an excuse leans on it (“she”): it is not offered alone.
    'Sorry, Omar — the only person who does refunds is off sick and nobody else knows the system. We’ll be in touch once she’s back.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})

describe('rewrites: exposed internals, a cause dropped, a note or a test send dropped whole', () => {
  it.each([
    // The flagged words run over “because” or “since”: the cause goes, the customer's part before it stays.
    ['Your welcome pack is late because legal and HR are still arguing.', 'Your welcome pack is late.'],
    ['Your refund is late since finance moved to a new ledger.', 'Your refund is late.'],
    // A back office named by what it does (“the print team”) or by whose it is (“the manager’s”) goes with the excuse.
    ['Your course notes are late because the print team is two people down.', 'Your course notes are late.'],
    ['Sorry for the wait – we’re two techs down and the manager’s off sick.', 'Sorry for the wait.'],
    // A sentence that is a note or a test send whole goes; the copy beside it stands.
    ['Thanks for applying! (Note to self: check the shortlist)', 'Thanks for applying!'],
    ['Test message — please ignore. Your gym pass renews tomorrow.', 'Your gym pass renews tomorrow.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // A note with no copy beside it: nothing is left to offer.
    'Internal note: repeat complainer, offer minimum goodwill.',
    // What is left would point back at what it lost.
    'The scanner is being flaky again, Sam is looking at it.',
    // A field still in brackets once the name is filled: the copy is not finished.
    'Dear [Customer Name], thank you for buying [Item].',
    // The sentence beside the excuse tells the customer what to do: it is not dropped with it.
    'Your parcel is at our depot. Ignore the “exception” status on the tracking page — that’s just our scanners arguing again.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})

describe('rewrites: exposed internals, a system note in brackets or a time-only excuse dropped', () => {
  it.each([
    ['Refund requested (status: RFND_QUEUE_HOLD)', 'Refund requested'],
    ['Your taxi is two minutes away. (debug: eta_src=cache, geo=null)', 'Your taxi is two minutes away.'],
    // The excuse says only when it holds (“tonight”): it tells the customer nothing, and goes.
    ['Your pizza is in the oven. We’re short-staffed tonight.', 'Your pizza is in the oven.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // The bracket speaks to the customer: it is copy, not a note.
    'Order held (your card ref: {{card_ref}})',
    // A sigh and a plea are all that would be left.
    'Ugh, the booking system keeps crashing and IT won’t answer, so bear with me.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})

describe('rewrites: exposed internals, a sentence of nothing but a leak after the copy', () => {
  it.each([
    // The leak's sentence goes whole (a field's label with it); the copy before it stands.
    ['Your parcel is on its way. Estimated arrival: undefined.', 'Your parcel is on its way.'],
    ['Your table is booked. Deposit: NaN', 'Your table is booked.'],
    ['Your order is packed. Ref: ord_tmp_77 / retry=2', 'Your order is packed.'],
    ['We couldn’t load your photos. Error 0x80040154.', 'We couldn’t load your photos.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // The leak's sentence says something to the customer: it is not dropped whole.
    'Your code is ready. Error 0x1F means you should call us.',
    // Nothing of copy before it to keep.
    'Hi. Error 0x80040154.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })
})
