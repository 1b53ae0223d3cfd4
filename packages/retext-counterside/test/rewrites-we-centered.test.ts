/**
 * We-centered rewrites: the seller's demand asked as a request, the
 * ownership frame and the seller's reason dropped, the feeling dropped from
 * an announcement, from the sentence's own words. Sentences are written for
 * these tests.
 */
import {describe, expect, it} from 'vitest'
import {clausesOf} from '../src/rewrites/clauses.js'
import {fromRequest, withoutTrailingReason} from '../src/rewrites/seller-reason.js'
import {applied, finding, findingsLeft, templateRewrites} from './support/suggest.js'

const rule = 'we-centered'

/** The template rewrites for `text` read as one finding over the whole sentence (as the learned layer may report it). */
function rewritten(text: string): string[] {
  return templateRewrites(text, rule)
}

const cases: Array<[string, string]> = [
  // The demand, asked.
  ['We require all customers to show ID.', 'Please show ID.'],
  ['We require all members to wear their lanyard in the gym.', 'Please wear your lanyard in the gym.'],
  ['We insist that all guests check out by noon.', 'Please check out by noon.'],
  ['We need you to confirm your address.', 'Please confirm your address.'],
  ['We expect everyone to respect our opening hours.', 'Please respect the opening hours.'],
  ['We’d prefer it if you paid by card.', 'Please pay by card.'],
  ['We’d rather you didn’t park in the loading bay.', 'Please don’t park in the loading bay.'],
  // A thing the seller requires: what the reader will need.
  ['Our policy requires a receipt for all returns.', 'You’ll need a receipt for all returns.'],
  ['We require 24 hours’ notice for changes to a booking.', 'Please give 24 hours’ notice for changes to a booking.'],
  // The rulebook named as the reason, dropped.
  ['As per our procedures, refunds take 10 business days.', 'Refunds take 10 business days.'],
  ['In line with our policy, we require photo ID for every collection.', 'You’ll need photo ID for every collection.'],
  // The seller's reason dropped from a request.
  ['Please book your table online, as it saves us a lot of phone calls.', 'Please book your table online.'],
  ['We need you to sign the delivery note because it makes our accounting easier.', 'Please sign the delivery note.'],
  ['To make things easier for our drivers, please leave parcels by the door.', 'Please leave parcels by the door.'],
  ['We are a small team, so please have your order number ready.', 'Please have your order number ready.'],
  // A decision told as the fact; news for the customer without the seller's feelings.
  ['We have decided that gift wrapping is no longer free.', 'Gift wrapping is no longer free.'],
  ['We’re so excited to announce that you can now pay with your watch.', 'You can now pay with your watch.']
]

describe('rewrites: we-centered', () => {
  it.each(cases)('%j → %j', (text, expected) => {
    expect(rewritten(text)).toEqual([expected])
  })

  it.each([
    ['We require all customers to show ID.', 'Please show ID.'],
    ['We insist that all guests check out by noon.', 'Please check out by noon.'],
    ['Our policy requires a receipt for all returns.', 'You’ll need a receipt for all returns.'],
    ['Thanks for your order. As per our procedures, refunds take 10 business days.', 'Thanks for your order. Refunds take 10 business days.']
  ])('suggests it for the phrase finding: %j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  // Known misfit since the retrain with w56–w59: the learned layer reads “Please respect the opening hours.”
  // as we-centered (p 0.70). Passes again once a rewrite or the model no longer leaves a finding there.
  const respectHours = 'We expect everyone to respect our opening hours.'
  it.fails('lints clean: “Please respect the opening hours.”', () => {
    expect(findingsLeft(respectHours, 'Please respect the opening hours.', rule)).toEqual([])
  })

  it('lints clean with the full lintText (learned layer on), and adds no finding of another rule', () => {
    for (const [text, expected] of cases.filter(([text]) => text !== respectHours)) expect({expected, after: findingsLeft(text, expected, rule)}).toEqual({expected, after: []})
  })

  it('keeps a lower-case chat line in lower case, and its missing stop missing', () => {
    expect(rewritten('we’d prefer you used the app for refunds, it’s easier for us')).toEqual(['Please use the app for refunds'])
  })

  it('offers nothing where the sentence is only the seller’s side', () => {
    for (const text of [
      'Our policy is our policy.',
      'Our store, our rules.',
      'We are proud to be the oldest bakery in the county.',
      'We value our vehicles and inspect every inch on return.',
      // Without the feeling, still news about the seller alone: the advice speaks.
      'We’re thrilled to announce our new logo.',
      'We reserve the right to refuse entry.'
    ]) {
      expect(rewritten(text)).toEqual([])
    }
  })

  it('offers nothing where dropping the frame leaves the seller’s choice, or the request is for the seller’s score', () => {
    for (const text of ['We do not accept cheques, as per our policy.', 'We need you to rate us five stars because our bonus depends on it.', 'We want to grow our mailing list, so please tick the box below.']) {
      expect(rewritten(text)).toEqual([])
    }
  })

  it('keeps a reason the customer needs: a change, their data, their safety', () => {
    expect(withoutTrailingReason('Please listen carefully, as our phone menu has changed')).toBe('Please listen carefully, as our phone menu has changed')
    expect(withoutTrailingReason('Please keep your bag with you, as we want our station safe')).toBe('Please keep your bag with you, as we want our station safe')
    expect(rewritten('We need your email address so we can send your receipt.')).toEqual([])
  })

  // The seller's reason is found on the one clause segmentation (`clauses.ts`), not a second splitter.
  it.each([
    ['Please pay by card as it saves us time', 'Please pay by card'],
    ['Please pay by card, mostly because it saves us time', 'Please pay by card'],
    ['Please pay by card mostly because it saves us time', 'Please pay by card'],
    ['Please collect between 6 and 7 pm only, as that suits our schedule', 'Please collect between 6 and 7 pm only'],
    ['Please pay by card; it is easier for us', 'Please pay by card'],
    ['Your parcel is on its way — and that puts our team over target', 'Your parcel is on its way'],
    ['Please pay by card, and so we can keep our queue short', 'Please pay by card'],
    ['Please pay by card so that our accounting is easier', 'Please pay by card']
  ])('drops the seller’s reason at its clause: %j → %j', (body, expected) => {
    expect(withoutTrailingReason(body)).toBe(expected)
  })

  it('reads a bare “as” before a pronoun as a clause only when asked', () => {
    const text = 'Please pay by card as it saves us time'
    expect(clausesOf(text, 0, text.length).length).toBe(1)
    expect(clausesOf(text, 0, text.length, {causalAs: true}).map((clause) => clause.joint?.word ?? '')).toEqual(['', 'as'])
    expect(clausesOf('Bring it as soon as you can', 0, 27, {causalAs: true}).length).toBe(1)
  })

  it.each([
    ['We value our time, so please have your number ready', 'Please have your number ready'],
    ['We are a small team — and so we’d ask you to call ahead', 'We’d ask you to call ahead'],
    ['Your order is ready, so please collect it', 'Your order is ready, so please collect it']
  ])('keeps the request after the seller’s side: %j → %j', (body, expected) => {
    expect(fromRequest(body)).toBe(expected)
  })

  it.each([
    // A decision told as what will happen, the seller's reason dropped.
    ['We’ve decided to stop taking cheques because it saves us time.', 'We’ll stop taking cheques.'],
    // “that you” is no noun to keep; the reason's nouns go with it.
    ['We ask that you email us, because phone calls slow our staff down.', 'Please email us.'],
    // A reason told as a gerund clause after a comma.
    ['Please pay at the kiosk, queuing at the desk is a hassle for us.', 'Please pay at the kiosk.'],
    // News the customer needs keeps its place without the seller's reason.
    ['Thanks for your order. From May we will no longer deliver on Sundays, as this suits our drivers.', 'Thanks for your order. From May we will no longer deliver on Sundays.'],
    // A sentence about the seller alone goes; the customer's neighbour stays.
    ['Your table is booked. We are so excited about our new terrace, which we built to win an award.', 'Your table is booked.']
  ])('turns or drops the seller’s side: %j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it.each([
    // What follows a colon is no sentence without its lead.
    'Our new logo shows who we are: bold and bright.',
    // A change of service is not dropped as the seller's aside.
    'Your order is on its way. We are proud to say we will no longer charge for returns, which our team wanted.'
  ])('gives none for %j', (text) => {
    expect(applied(text, rule)).toEqual([])
  })
})

// As `lintText` runs: most of this rule's findings come from the learned layer, whose span is its top cues.
const learnedOn = {learned: true}
const flagged = (text: string): boolean => finding(text, rule, learnedOn) !== undefined

describe('rewrites: we-centered, the seller’s purpose, liking and reason', () => {
  it.each([
    // A purpose told of the seller, with no joint before it.
    ['Fill in the form to help us reduce our paperwork.', 'Fill in the form.'],
    // News of what the seller did or is doing, its convenience dropped.
    ['We’ve moved deliveries to Thursdays because it suits our drivers better.', 'We’ve moved deliveries to Thursdays.'],
    ['Important update: we are switching to paperless receipts because it saves us money.', 'Important update: we are switching to paperless receipts.'],
    // The seller's liking, as a request; the reason after it goes, in the sentence or the next.
    ['We like it when you book ahead — fewer queues for us.', 'Please book ahead.'],
    ['We love it when you recycle! It makes our day.', 'Please recycle!'],
    // “since” opens the seller's reason, whatever word follows it.
    ['We prefer that guests don’t bring food in, since cleaning takes our staff hours.', 'Please don’t bring food in.'],
    // The seller's wins dropped whole, the customer's news kept.
    ['We’ve grown so much this year, and we’ve won three awards. Your box arrives on Friday.', 'Your box arrives on Friday.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
  })

  it.each([
    // A plea that leans on the seller is no request to keep.
    'We need 200 sign-ups this month — please don’t let us down.',
    // What is left leans on what was dropped.
    'we’ve spent a year on this new menu and we love it, hope you do too',
    'We love our new menu! We hope you do too.',
    // The request is the review itself: a purpose verb must be the seller's gain.
    'We need you to leave us a review so we can keep our badge.'
  ])('gives none for %j', (text) => {
    expect(flagged(text)).toBe(true)
    expect(applied(text, rule, learnedOn)).toEqual([])
  })
})
