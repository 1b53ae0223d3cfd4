/**
 * Fit fixes across the drop-clause families: a last chance's whole push
 * dropped, never a word of it left dangling; a real timed deadline never
 * dropped; guilt dropped, never rephrased or kept; a wait asked as a
 * question keeps its errand. Sentences are written for these tests.
 */
import {describe, expect, it} from 'vitest'
import {templateRewrites} from './support/suggest.js'

/** The rewrites of one finding over the words `from` … `to` of `text` (the whole text without them). */
const over = (rule: string, text: string, from?: string, to?: string): string[] =>
  templateRewrites(text, rule, {start: from ? text.indexOf(from) : 0, end: to ? text.indexOf(to) + to.length : text.length})

describe('pressure: a last chance goes whole', () => {
  it.each([
    // A sentence of nothing but the push, before or after the order, goes with the threat.
    ['LAST CHANCE! Book your flu jab now before they’re gone.', 'before', 'gone', 'Book your flu jab now.'],
    ['FINAL CALL! Reserve your pitch now before they’re gone.', 'before', 'gone', 'Reserve your pitch now.'],
    ['Reserve your pitch now before they’re gone. Last chance!', 'before', 'gone', 'Reserve your pitch now.'],
    // A last chance to do something is told as the thing to do.
    ['Last chance to grab 25% off garden furniture!', 'Last', 'chance', 'Grab 25% off garden furniture.'],
    ['LAST CHANCE TO BOOK YOUR WINTER TYRE CHECK!', 'LAST', 'CHANCE', 'Book your winter tyre check.'],
    ['Last chance EVER to get 15% off hearing aids. Don’t miss out!', 'Last', 'EVER', 'Get 15% off hearing aids.'],
    // “Your final reminder” is the push told as the message: it goes like the rest.
    ['This is your final reminder: the early-bird rate ends on 30 June at 5 pm.', 'final', 'reminder', 'The early-bird rate ends on 30 June at 5 pm.']
  ])('%j', (text, from, to, expected) => {
    expect(over('pressure-selling', text, from, to)).toEqual([expected])
  })

  it('keeps a stock count beside the push: it is a fact', () => {
    expect(over('pressure-selling', 'ONLY 3 TABLES LEFT TONIGHT!!! BOOK NOW OR MISS OUT!!!', 'OR', 'OUT')).toEqual(['ONLY 3 TABLES LEFT TONIGHT!!! Book now.'])
  })

  it('reads no compound as a trailing modifier (“once-in-a-lifetime” is no “once …”)', () => {
    expect(over('pressure-selling', 'This is a once-in-a-lifetime rate, so don’t wait too long.', 'once', 'lifetime')).toEqual([])
  })

  it('leaves nothing of the push standing', () => {
    expect(over('pressure-selling', 'Last chance. Honestly. This is the last message before it’s gone.', 'before', 'gone')).toEqual([])
  })
})

describe('pressure: a real timed deadline survives', () => {
  it.each([
    ['Hurry! The half-price sale ends Sunday 6 pm.', 'Hurry', 'Hurry', 'The half-price sale ends Sunday 6 pm.'],
    ['The early-bird rate ends on 30 June at 5 pm. Don’t miss out!', 'Don', 'out', 'The early-bird rate ends on 30 June at 5 pm.'],
    // A span that runs over the deadline's clause keeps the clause, told as the fact it is.
    ['The member rate goes at 6 pm on Sunday, so don’t miss out. Renew your membership today.', 'don', 'out', 'The member rate goes at 6 pm on Sunday. Renew your membership today.']
  ])('%j', (text, from, to, expected) => {
    expect(over('pressure-selling', text, from, to)).toEqual([expected])
  })

  it.each([
    // Keeping the order would drop the deadline told beside the threat: none.
    ['Prices rise at midnight, so lock in your rate now or pay more.', 'or', 'more'],
    // A condition that holds the deadline leans on the threat it opens: not kept alone.
    ['Quick note: if you don’t confirm by 4 pm, I can’t promise the flat will still be free.', 'you', 'free']
  ])('drops no deadline: %j', (text, from, to) => {
    expect(over('pressure-selling', text, from, to)).toEqual([])
  })
})

describe('guilt is dropped, never rephrased', () => {
  it.each([
    ['pressure-selling', 'We’ve worked so hard on this for you. Please don’t cancel.', 'hard', 'you'],
    ['we-centered', 'We’ve worked so hard on this for you. Please don’t cancel.', 'hard', 'you'],
    ['pressure-selling', 'We’d be so hurt if you switched. We put so much love into this service.', 'hurt', 'switched'],
    ['we-centered', 'We’d be so hurt if you switched. We put so much love into this service.', 'hurt', 'switched'],
    ['we-centered', 'honestly we’d love it if you stayed, we’ve put so much effort into this app', 'love', 'if'],
    // The seller's goal, or someone's feelings, held over the customer.
    ['pressure-selling', 'Only 3 hours left to sign up before our quarter closes — help us get there!', 'Only', 'to'],
    ['pressure-selling', 'Sad to see you go... your plants will be sad too 🌱', 'Sad', 'go'],
    // A clause cut inside the guilt (“we’ve put | so much into them”) leaves none of it.
    ['we-centered', 'Hi Omar, we’re so excited about our new plans — we’ve put so much into them and we can’t wait to grow.', 'excited', 'excited']
  ])('%s: %j gets none', (rule, text, from, to) => {
    expect(over(rule, text, from, to)).toEqual([])
  })

  it.each([
    // Beside it, what the customer needs stays; the guilt goes with the push.
    ['we-centered', 'We’ve worked so hard on this for you. Your new kitchen plan is ready to view.', 'We', 'you', 'Your new kitchen plan is ready to view.'],
    ['pressure-selling', 'We need 40 more members this month, so please don’t let us down — join today!', 'let', 'down', 'Join today.']
  ])('%s: %j', (rule, text, from, to, expected) => {
    expect(over(rule, text, from, to)).toEqual([expected])
  })

  it('offers no bare greeting once the seller’s side is gone', () => {
    expect(over('we-centered', 'Hi Leo, we’ve worked incredibly hard on this update and we’re very proud of what we’ve built.', 'proud', 'proud')).toEqual([])
  })
})

describe('stepping away: a wait asked as a question keeps its errand', () => {
  it.each([
    ['Could you hold on while I fetch your parcel from the back?', 'One moment while I fetch your parcel from the back.'],
    ['Would you mind waiting a moment while I look up your booking?', 'One moment while I look up your booking.'],
    ['Sorry, can you wait a minute while I print your boarding pass?', 'One moment while I print your boarding pass.'],
    ['Hang on, can you wait while I check the back for your size?', 'One moment while I check the back for your size.']
  ])('%j → %j', (text, expected) => {
    expect(over('stepping-away', text)).toEqual([expected])
  })

  it.each([
    // An errand for someone else, or one that waits on a say-so: no errand of the customer's to keep.
    'Can you wait while I serve the man behind you?',
    'Can you hang on while I get my supervisor?'
  ])('gives none for %j', (text) => {
    expect(over('stepping-away', text)).toEqual([])
  })
})

describe('pressure: a push beside a last chance, and an order told plainly', () => {
  it.each([
    // A sentence of push before a last chance: the last chance is told as its offer, the push goes with it.
    ['HURRY!!! FINAL HOURS TO RENEW YOUR PARKING PERMIT!!!', 'HURRY', 'HURRY', 'Renew your parking permit.'],
    ['Act fast! Last chance to book your boiler check.', 'Act', 'fast', 'Book your boiler check.'],
    // “Lock in your rate” says the rate will slip away: what the customer does is get it.
    ['Lock in your rate now or pay more. Prices rise at 9 pm on Friday.', 'or', 'more', 'Get your rate now. Prices rise at 9 pm on Friday.']
  ])('%j', (text, from, to, expected) => {
    expect(over('pressure-selling', text, from, to)).toEqual([expected])
  })
})

// Withheld after the retrain with w45–w51 (the learned layer read a real deadline told as a fact as pressure);
// back since the retrain with w52–w55.
describe('pressure: a deadline told as a fact stays', () => {
  it.each([
    ['LAST CHANCE: your member price ends at midnight on Friday. Renew now!', 'LAST', 'price', 'Your member price ends at midnight on Friday. Renew now!']
  ])('%j', (text, from, to, expected) => {
    expect(over('pressure-selling', text, from, to)).toEqual([expected])
  })
})
