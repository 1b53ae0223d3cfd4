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
  ['I’m going to put you on hold while I serve another caller.', 'Please hold.']
]

describe('rewrites: stepping-away', () => {
  it.each(cases)('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
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
