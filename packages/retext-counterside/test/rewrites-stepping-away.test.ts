/**
 * Stepping-away rewrites: the promise the text makes kept and told from
 * the customer's side, errands for the customer kept, errands elsewhere
 * dropped; no time or person the text does not give. Sentences are
 * written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {applied, findingsLeft, templateRewrites} from './support/suggest.js'

const rule = 'stepping-away'

/** The template rewrites for `text` read as one finding over the whole sentence (as the learned layer may report it). */
function rewritten(text: string): string[] {
  return templateRewrites(text, rule)
}

const cases: Array<[string, string]> = [
  // The promise kept, with its time; the errand elsewhere dropped.
  ['Be right back, serving another customer.', 'I’ll be right with you.'],
  ['brb, grabbing a sandwich', 'I’ll be right with you.'],
  ['Back in 10 minutes — helping another customer.', 'I’ll be with you in 10 minutes.'],
  ['Back in 5 mins, on the phone with a supplier.', 'I’ll be with you in 5 minutes.'],
  ['Be back in 15 — helping at the other till.', 'I’ll be with you in 15 minutes.'],
  ['I’ll be back in a sec, just taking a delivery.', 'I’ll be with you in a second.'],
  // An errand for this customer stays, and what they are asked to do.
  ['Be right back, fetching your new card from the safe.', 'I’m fetching your new card from the safe — I’ll be right with you.'],
  ['One sec, please keep your ticket handy.', 'Please keep your ticket handy — I’ll be right with you.'],
  // A hold for the customer's own errand stays with them; one for someone else is just the hold.
  ['Please hold while I check your booking.', 'One moment while I check your booking.'],
  ['Please hold while I look up the times for your train.', 'One moment while I look up the times for your train.'],
  ['Please hold while I help another customer.', 'Please hold.'],
  ['I’m going to put you on hold while I serve another caller.', 'Please hold.'],
  ['Please wait while our cashier helps another shopper.', 'Please wait.'],
  ['Please hold while I serve the next person in line.', 'Please hold.'],
  // A bare request to wait, kept once the errand elsewhere goes; “Hang on” told politely.
  ['Please wait — I’m helping someone else right now.', 'Please wait.'],
  ['Please hold, I’m finishing up with another caller.', 'Please hold.'],
  ['Hang on, I need to take this call.', 'One moment, please.'],
  ['Hold on, I have to serve the customer at the counter first.', 'One moment, please.'],
  ['Bear with me, I’m covering the other till.', 'One moment, please.'],
  // The errand's own nouns go with it (“a coffee”); a promise of “with you in a bit” is kept as said.
  ['brb, grabbing a coffee', 'I’ll be right with you.'],
  ['hang on, just finishing something else, will be with you in a bit', 'I’ll be with you in a bit.'],
  // An apology for the wait is the reply once the reason (someone else first) goes.
  ['Sorry for the wait, I was serving a bigger order.', 'Sorry for the wait.'],
  ['Apologies for the delay — I was covering the other desk.', 'Apologies for the delay.']
]

/** Shapes read around a finding of a few words: [text, the finding's words, the text rewritten]. */
const around: Array<[string, string, string]> = [
  // A request to wait that the rest of the sentence hangs an errand elsewhere on.
  ['Please take a seat — our team is dealing with another order.', 'dealing with another order', 'Please take a seat.'],
  // A sentence of nothing but the errand elsewhere goes, beside the promise or the request to wait.
  ['Cashier on a break. Back in 15 min.', 'Cashier on a break', 'I’ll be with you in 15 minutes.'],
  ['Sorry, I have to take another call. I’ll be right back.', 'be right back', 'I’ll be right with you.'],
  ['Please hold. Our agents are helping other callers first.', 'helping other callers', 'Please hold.'],
  ['Our staff are busy with other guests. Please continue to hold.', 'busy with other guests', 'Please continue to hold.'],
  ['Please stay on this page. I’m answering two other chats.', 'two other chats', 'Please stay on this page.'],
  ['Please hold. You are a low-priority caller. Estimated wait: 20 minutes.', 'a low-priority caller', 'Please hold. Estimated wait: 20 minutes.'],
  // A hold and the next sentence's promise, told together.
  ['Please hold – the barista is on a break. Back in 10.', 'on a break', 'Please hold. I’ll be with you in 10 minutes.']
]

describe('rewrites: stepping-away', () => {
  it.each(cases)('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each(around)('%j (finding %j) → %j', (text, words, expected) => {
    const start = text.indexOf(words)
    expect(templateRewrites(text, rule, {start, end: start + words.length})).toEqual([expected])
  })

  it('offers nothing for a bare wait where the staff member hands over or leaves, or the wait is on a say-so', () => {
    for (const text of [
      'Hold on, I need to pop out, a colleague will finish this for you.',
      'Hang on, I’m off on my break now.',
      'Hang on, I need to find my manager to sign this off — won’t be long.',
      // What is said to the customer is not an errand elsewhere: it stays, so no shape fits.
      'Hang on, I’m putting you on hold, I’ve got a call.',
      // An order or a request held reads as stuck, not as a wait.
      'Your order is on hold while our staff serve the lunch rush.',
      // A question to the customer stays a question: no promise stands in for it.
      'Sorry for the wait, I was on a break — which size did you want?',
      // A consequence for the customer is not an errand to drop; a handover beside a promise would contradict it.
      'Sorry for the wait, we’re two down, so walk-in orders are served last.'
    ]) {
      expect(rewritten(text)).toEqual([])
    }

    const handover = 'Be right back. Leave a note and someone will get to it.'
    expect(templateRewrites(handover, rule, {start: 0, end: 'Be right back'.length})).toEqual([])
    const text = 'Please take a seat. We will call you once we have served our members.'
    const start = text.indexOf('served our members')
    expect(templateRewrites(text, rule, {start, end: start + 'served our members'.length})).toEqual([])
  })

  it.each([
    ['Be right back, serving another customer.', 'I’ll be right with you.'],
    ['Thanks for waiting. Back in 10 minutes.', 'Thanks for waiting. I’ll be with you in 10 minutes.'],
    ['Please hold while I check your booking.', 'One moment while I check your booking.']
  ])('suggests it for the phrase finding: %j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('lints clean with the full lintText (learned layer on), and adds no finding of another rule', () => {
    for (const [text, expected] of cases) expect({expected, after: findingsLeft(text, expected, rule)}).toEqual({expected, after: []})
  })

  it('offers nothing where the fix needs a time or a person the text does not give', () => {
    for (const text of [
      'Someone else might pick this up.',
      'Your agent has left the chat.',
      'I’m going on my break now, someone else will help you.',
      'Be right back, I’ll get to your refund later.',
      'Sorry, I need to serve the gentleman at the counter first.'
    ]) {
      expect(rewritten(text)).toEqual([])
    }
  })

  it('offers nothing for a hold that waits on someone’s say-so (a permission gate)', () => {
    expect(rewritten('Please hold while I ask my manager.')).toEqual([])
    expect(rewritten('Please hold while I get approval for the refund.')).toEqual([])
  })

  it('offers nothing where the sentence runs on past its mark', () => {
    expect(rewritten('One sec… actually make that five minutes.')).toEqual([])
  })

  it('keeps an exclamation, and gives a chat line its stop', () => {
    expect(rewritten('Be right back!')).toEqual(['I’ll be right with you!'])
    expect(rewritten('brb')).toEqual(['I’ll be right with you.'])
  })
})

describe('rewrites: stepping-away, a clock time, a staff member away, a busy helper’s own promise', () => {
  it.each([
    // The clock time the sign gives stays; where the staff member went goes.
    ['Out for a coffee — back at 2:45', 'I’ll be with you at 2:45.'],
    ['On my break, back by 3pm.', 'I’ll be with you by 3pm.'],
    // Who is busy elsewhere keeps their own promise, without the errand.
    ['Our optician is with another patient, she’ll be with you in 5 minutes.', 'Our optician will be with you in 5 minutes.']  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // A sentence that only says the staff member is away goes beside the request to wait.
    ['Server has left the desk. Please wait.', 'Server has left the desk', 'Please wait.'],
    ['Your advisor has stepped away. Please hold.', 'has stepped away', 'Please hold.']
  ])('%j (finding %j) → %j', (text, words, expected) => {
    const start = text.indexOf(words)
    expect(templateRewrites(text, rule, {start, end: start + words.length})).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // Away, and nothing asks the customer to wait or promises a return: nothing to keep.
    'Server has left the desk. Transaction paused.',
    // The helper's errand is this customer's own: it is not dropped (and no promise replaces it).
    'Our optician is checking your prescription, she’ll be with you in 5 minutes.',
    // The promise itself defers to an unnamed later.
    'Our optician is with another patient, she’ll be with you when she can.',
    // A clock time the text does not give is not made up.
    'Out for a coffee — back later'
  ])('gives none for %j', (text) => {
    expect(rewritten(text)).toEqual([])
  })
})

// As `lintText` runs: these shapes' findings come from the learned layer, whose span is its top cues.
const learnedOn = {learned: true}

describe('rewrites: stepping-away, an apology for the wait, a promise after an errand, what the customer can do', () => {
  it.each([
    // An apology for having been elsewhere is told as the wait it was.
    ['Sorry, I was serving another customer. How can I help?', 'Sorry to keep you waiting. How can I help?'],
    ['Sorry, I was busy serving another customer. What can I get you?', 'Sorry to keep you waiting. What can I get you?'],
    // The promise stays; the errand elsewhere hung on it, or beside it, goes.
    ['I’ll be right back after I restock the fridge.', 'I’ll be right with you.'],
    ['Give me a sec, my other till is beeping.', 'I’ll be right with you.'],
    // A sentence of nothing but the errand elsewhere goes beside what the customer can do.
    ['Staff are busy with other customers. Please use the self-checkout.', 'Please use the self-checkout.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
    expect(findingsLeft(text, expected, rule)).toEqual([])
  })

  it.each([
    // Leaving, not coming back: no apology for a wait.
    'sorry, got to run, I am covering the bar tonight',
    // The customer's own errand set aside: an apology for a wait would hide it.
    'Sorry, I had to step away from your booking halfway through.',
    // The errand tells the customer something of their own: it is not dropped for the next sentence.
    'Our fitters may leave partway through for other jobs — just wait at your bench. Please bring your boots.',
    // What is left still puts the customer off (“until someone is free”).
    'Staff are busy with other customers. Please wait until someone is free.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})

// “Your call is on hold.” says only that the call was set aside (the learned layer, retrained with w45–w51, reads it
// as stepping-away); the customer's side is that it will be answered.
describe('rewrites: stepping-away, a held call told from the customer’s side', () => {
  it.each([
    ['Your call is being held while we deal with a more urgent caller.', 'Your call is waiting to be answered.'],
    ['Your call has been parked while we answer more urgent callers.', 'Your call is waiting to be answered.'],
    ['Your chat has been paused while our agent helps a bigger client.', 'Your chat is waiting to be answered.']
  ])('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })
})
