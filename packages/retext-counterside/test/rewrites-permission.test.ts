import {describe, expect, it} from 'vitest'
import {rewritesFor} from '../src/rewrites/index.js'
import {applied, finding} from './support/suggest.js'

const rule = 'permission-gate'

describe('rewrites: permission gates', () => {
  it.each([
    ['Please wait for manager approval.', 'A team member will finish this for you.'],
    ['Your refund needs manager approval.', 'A team member will finish your refund for you.'],
    ['This exchange requires supervisor approval.', 'A team member will finish this exchange for you.'],
    ['Price override pending supervisor sign-off.', 'A team member will finish your price override for you.'],
    // The staff member's own verb and object.
    ['Sorry, I can’t waive your fee without my branch manager’s OK.', 'A team member will waive your fee for you.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('speaks for the product online or by phone, and names the contact', () => {
    expect(applied('Your refund needs manager approval.', rule, {channel: 'online', contact: 'chat with us'})).toEqual([
      'We’ll finish your refund for you. Questions? Chat with us.'
    ])
  })

  it('offers nothing where the sentence says more than the wait and names no object', () => {
    expect(applied('The supervisor will decide whether you qualify.', rule)).toEqual([])
  })

  describe('the customer’s errand, never an abstract noun (issue 9’s review)', () => {
    /** The rewrites for one finding over the first sentence of `text`. */
    const rewritten = (text: string): string[] =>
      rewritesFor({ruleId: rule, text, start: 0, end: text.indexOf('.') > 0 ? text.indexOf('.') : text.length, way: {}}).map(
        (rewrite) => `${text.slice(0, rewrite.offset)}${rewrite.text}${text.slice(rewrite.endOffset)}`
      )

    it.each([
      // A decision is looked into, not finished.
      ['Your complaint has been sent to the regional office for sign-off.', 'A team member will look into your complaint for you.'],
      // A kind of errand keeps which ones, without “your”.
      ['Exchanges over £100 need store manager approval.', 'A team member will handle exchanges over £100 for you.'],
      ['Your request to upgrade needs head office approval.', 'A team member will look into your request to upgrade for you.'],
      // A gate verb is the errand finished; the store's own thing keeps its determiner.
      ['Please wait while a supervisor comes to approve this return.', 'A team member will finish this return for you.'],
      ['Waiting for a manager to open the cash drawer.', 'A team member will open the cash drawer for you.'],
      ['I need my supervisor to sign off on this refund.', 'A team member will finish this refund for you.'],
      ['I have to ask my manager before I can offer you this upgrade.', 'A team member will offer you this upgrade.'],
      // What the sign-off is of is the errand; an edit to it is not (“Edits to your order …” gives none, below).
      ['Please wait for supervisor approval of your exchange.', 'A team member will finish your exchange for you.'],
      ['Hold on for manager sign-off on this refund.', 'A team member will finish this refund for you.']
    ])('%j → %j', (text, expected) => {
      expect(rewritten(text)).toEqual([expected])
    })

    it.each([
      // At someone's discretion: finishing it would promise a yes.
      'Returns after 60 days are at the discretion of the duty manager.',
      'Late refunds are subject to head office approval.',
      // The rewrite would drop when the wait ends.
      'Your voucher needs the branch manager’s OK, and she’s only in on Fridays.',
      // Nothing of the customer's to finish.
      'It has to go up the chain to my manager first.',
      'Your request to move tables has been sent to the manager for approval.',
      // The errand is the edits, which the sentence does not name as the customer's: “finish your order” would change what it says.
      'Edits to your order need manager approval.'
    ])('gives none for %j', (text) => {
      expect(rewritten(text)).toEqual([])
    })

    it('keeps what happens and when, where the text says both', () => {
      const text = 'Your tariff change must be approved by head office. Allow 10–14 working days.'
      expect(rewritesFor({ruleId: rule, text, start: 23, end: 50, way: {}}).map((rewrite) => `${text.slice(0, rewrite.offset)}${rewrite.text}${text.slice(rewrite.endOffset)}`)).toEqual([
        'You’ll hear from us about your tariff change within 10–14 working days.',
        'A team member will finish your tariff change for you. Allow 10–14 working days.'
      ])
      expect(rewritten('Your refund has gone to our finance team for approval (3–5 days).')).toEqual(['You’ll hear from us about your refund within 3–5 days.'])
    })
  })
})

describe('a status that is only the wait, and every one of a kind', () => {
  it.each([
    ['Awaiting shift lead approval', 'A team member will finish this for you.'],
    ['Pending supervisor sign-off.', 'A team member will finish this for you.'],
    ['Waiting for keyholder override…', 'A team member will finish this for you.'],
    ['Duty manager code required.', 'A team member will finish this for you.'],
    ['Please wait — supervisor approval needed.', 'A team member will finish this for you.'],
    ['Awaiting manager approval. Keep your items in the bagging area.', 'A team member will finish this for you. Keep your items in the bagging area.'],
    ['Any exchange over £50 has to go through the store manager.', 'A team member will handle any exchange over £50 for you.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule)).toEqual([expected])
  })

  it('gives none where the status says more than the wait', () => {
    expect(rewritesFor({ruleId: rule, text: 'Awaiting manager approval of the new rota.', start: 0, end: 41, way: {}})).toEqual([])
  })
})

// As `lintText` runs: most of this rule's findings come from the learned layer, whose span is its top cues.
const learnedOn = {learned: true}
const flagged = (text: string): boolean => finding(text, rule, learnedOn) !== undefined

describe('rewrites: permission gates, the authority named and the status around the gate', () => {
  it.each([
    // The authority's own name goes with the gate (“the Logistics team”); the customer's errand stays.
    ['Your delivery change needs sign-off from the Logistics team.', 'A team member will finish your delivery change for you.'],
    ['Hi Sam, your exchange is waiting on approval from the branch manager.', 'Hi Sam, a team member will finish your exchange for you.'],
    // A status line names its errand.
    ['Exchange status: pending store manager sign-off', 'A team member will finish your exchange for you.'],
    // A status after the gate that the rewrite makes idle goes with it.
    ['Voucher blocked: requires shift lead approval. Unable to proceed.', 'A team member will finish your voucher for you.'],
    ['Your refund needs manager approval. Please wait for their decision.', 'A team member will finish your refund for you.'],
    // Nothing but the wait, told by the one who waits.
    ['We can’t continue until the duty manager signs off.', 'A team member will finish this for you.']
  ])('%j → %j', (text, expected) => {
    expect(applied(text, rule, learnedOn)).toEqual([expected])
  })

  it.each([
    // The authority named is still no promise where it meets rarely, or may say no.
    'Your refund needs sign-off from the Finance team, which meets monthly.',
    'Your refund needs approval from the Finance team, who may refuse it.',
    // A sentence cut inside a bracket is half a sentence.
    'Refund override locked — call your supervisor (ext. 310)'
  ])('gives none for %j', (text) => {
    expect(flagged(text)).toBe(true)
    expect(applied(text, rule, learnedOn)).toEqual([])
  })

  it('keeps where to wait: a team member comes to the customer there', () => {
    expect(applied('Your refund needs manager approval. Please wait at the till.', rule, learnedOn)).toEqual(['A team member will finish your refund for you. Please wait at the till.'])
  })
})
