import {describe, expect, it} from 'vitest'
import {Lexicon} from '../src/lexicon.js'
import {PhraseTable} from '../src/phrase-table.js'
import {Prefilter} from '../src/prefilter.js'

const table = new PhraseTable('t', [{phrases: ['our policy', 'you must have', 'upsell', 'sale closed'], note: 'n', confidence: 1}], {}, new Lexicon())
const prefilter = new Prefilter()
prefilter.add({phrases: table.triggers(), shapes: [(text) => text.includes('!!')]})

describe('Prefilter', () => {
  it.each([
    ['Our policy is simple.', true],
    ['Upselling is fine here.', true],
    ['Sales were closed early.', true],
    ['Policy update: you must have our card.', true],
    ['Thanks!!', true]
  ])('passes %j, which may hold a finding', (text, expected) => {
    expect(prefilter.test(text)).toBe(expected)
  })

  it.each([
    ['Our store opens at 9.'],
    ['You must bring a receipt.'],
    ['The policy number is on your card.'],
    ['']
  ])('stops %j: not every word a phrase needs is there', (text) => {
    expect(prefilter.test(text)).toBe(false)
  })
})
