/**
 * The one segmentation the clause-dropping rewrites read: a sentence's
 * clauses, each with the marks and the conjunction that join it to the one
 * before, and the kept ones joined again as written.
 */
import {describe, expect, it} from 'vitest'
import {clausesOf, joinClauses, type Clause} from '../src/rewrites/clauses.js'
import {applied} from './support/suggest.js'

/** Each clause as [its words, the marks before it, its mark, its conjunction]. */
function read(text: string, from = 0, to = text.length): Array<[string, string, string, string]> {
  return clausesOf(text, from, to).map((clause) => [
    text.slice(clause.start, clause.end),
    clause.joint ? text.slice(clause.joint.start, clause.joint.end) : '',
    clause.joint?.mark ?? '',
    clause.joint?.word ?? ''
  ])
}

describe('clausesOf: clauses and what joins them', () => {
  it.each<[string, Array<[string, string, string, string]>]>([
    ['Your order is ready', [['Your order is ready', '', '', '']]],
    // Marks: a comma, a colon, a semicolon, a dash with or without spaces, a spaced hyphen, an ellipsis.
    ['Hurry, only 2 left', [['Hurry', '', '', ''], ['only 2 left', ', ', ',', '']]],
    ['Today only: 20% off', [['Today only', '', '', ''], ['20% off', ': ', ':', '']]],
    ['We’re closed; call back', [['We’re closed', '', '', ''], ['call back', '; ', ';', '']]],
    ['Only 2 left — order now', [['Only 2 left', '', '', ''], ['order now', ' — ', '—', '']]],
    ['Sale—ends today', [['Sale', '', '', ''], ['ends today', '—', '—', '']]],
    ['Test - your slot is booked', [['Test', '', '', ''], ['your slot is booked', ' - ', '—', '']]],
    ['Wait… it’s gone', [['Wait', '', '', ''], ['it’s gone', '… ', '…', '']]],
    // Not a joint: a thousands comma, a time, a hyphenated word.
    ['Save 1,000 points by 4:59 with e-mail', [['Save 1,000 points by 4:59 with e-mail', '', '', '']]],
    // A conjunction opens a clause after a space: it stays in the clause's words, and the joint names it.
    ['Book today or pay double', [['Book today', '', '', ''], ['or pay double', ' ', '', 'or']]],
    ['We’re short-staffed so mains are late', [['We’re short-staffed', '', '', ''], ['so mains are late', ' ', '', 'so']]],
    ['Your room isn’t ready because housekeeping is short', [['Your room isn’t ready', '', '', ''], ['because housekeeping is short', ' ', '', 'because']]],
    ['Buy now before it’s gone', [['Buy now', '', '', ''], ['before it’s gone', ' ', '', 'before']]],
    // After a mark, the conjunction is read too, “as” and “and so” with it; a bare “as” is no joint.
    ['Sorry, as the system is down', [['Sorry', '', '', ''], ['as the system is down', ', ', ',', 'as']]],
    ['We’re three down, and so the wait is long', [['We’re three down', '', '', ''], ['and so the wait is long', ', ', ',', 'and so']]],
    ['It’s as good as new', [['It’s as good as new', '', '', '']]],
    // The first clause's opening word is its own, not a joint's.
    ['If you wait, the price goes up', [['If you wait', '', '', ''], ['the price goes up', ', ', ',', '']]],
    // Brackets: an aside is a clause; a bracket beside another mark, the other mark joins.
    ['Recommended for you (cross-sell)', [['Recommended for you', '', '', ''], ['cross-sell', ' (', '(', '']]],
    ['Your seats (row F), see you soon', [['Your seats', '', '', ''], ['row F', ' (', '(', ''], ['see you soon', '), ', ',', '']]],
    ['[TEST] Your receipt', [['TEST', '[', '(', ''], ['Your receipt', '] ', ')', '']]],
    // Marks in a row make one joint; marks at the end join nothing.
    ['Wait — — really', [['Wait', '', '', ''], ['really', ' — — ', '—', '']]],
    ['Note to self:', [['Note to self', '', '', '']]]
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('reads a range of the block, with offsets into the block', () => {
    const text = 'Hi. Order now, it ends soon. Bye.'
    expect(clausesOf(text, 4, 27)).toEqual([
      {start: 4, end: 13, wordsStart: 4, joint: undefined},
      {start: 15, end: 27, wordsStart: 15, joint: {start: 13, end: 15, mark: ',', word: ''}}
    ])
  })

  it('starts a clause’s own words after its conjunction', () => {
    const [, so] = clausesOf('We’re late so sorry', 0, 19)
    expect(so).toEqual({start: 11, end: 19, wordsStart: 14, joint: {start: 10, end: 11, mark: '', word: 'so'}})
  })
})

describe('joinClauses: the kept clauses as written', () => {
  const keep = (text: string, indexes: number[], words: Record<number, string> = {}): string => {
    const clauses = clausesOf(text, 0, text.length)
    return joinClauses(text, indexes.map((index): Clause & {words?: string} => ({...clauses[index]!, ...(words[index] === undefined ? {} : {words: words[index]})})))
  }

  it.each<[string, number[], string]>([
    ['Book your service today or pay double next month', [0], 'Book your service today'],
    ['It’s now or never — book today and we’ll include breakfast', [2, 3], 'book today and we’ll include breakfast'],
    // A leading “or”, “and”, “then” left by a dropped clause goes.
    ['Hurry or miss out, and get 10% off', [2], 'get 10% off'],
    // Each kept clause after the marks written before it; a bracketed one closed again.
    ['Your table is ready, enjoy — we’re thrilled', [0, 1], 'Your table is ready, enjoy'],
    ['Thanks (truly) for your order, it made our day', [0, 1], 'Thanks (truly)'],
    ['Your seats are booked (row F) — the team is buzzing', [0, 1], 'Your seats are booked (row F)']
  ])('%j keeping %j → %j', (text, indexes, expected) => {
    expect(keep(text, indexes)).toBe(expected)
  })

  it('puts given words in place of a clause’s own', () => {
    expect(keep('Lock in your seat within 90 seconds, then relax', [0, 1], {0: 'Lock in your seat'})).toBe('Lock in your seat, then relax')
  })
})

describe('the families that drop clauses read the same cuts', () => {
  it.each([
    // A bare “so”, “while”, “once” opens a clause for every family: the seller's reason and the backstage excuse go with it.
    ['seller-celebration', 'We need you to finish your survey so we can hit our quarterly target.', 'We need you to finish your survey.'],
    ['exposed-internals', 'Your repair is on hold while we clear the backlog from our bigger clients.', 'Your repair is on hold.'],
    ['sales-jargon', 'We’ll call you back once we’ve finished with our key accounts.', 'We’ll call you back.'],
    // Stepping away keeps an errand whole with the clause its conjunction opens, between the marks it rejoins.
    ['stepping-away', 'Be right back — just opening your purchase history so I can see the charge.', 'I’m just opening your purchase history so I can see the charge — I’ll be right with you.'],
    // A note to the team runs to the dash that ends its clause, past the stop in a price.
    ['exposed-internals', 'TODO: check the £4.99 price — Free returns within 30 days', 'Free returns within 30 days']
  ])('%s: %j → %j', (rule, text, expected) => {
    // The learned layer on, as lintText runs: it finds the excuse these rules' phrases leave to it.
    expect(applied(text, rule, {learned: true})).toEqual([expected])
  })
})
