import {describe, expect, it} from 'vitest'
import {findArtifacts, mayHaveArtifact} from '../src/features/artifacts.js'
import {createPrefilter} from '../src/index.js'
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
    ['Thanks!!', true],
    // Words as the tables normalise them: case, elongation, curly apostrophes, possessives.
    ['OUR POLICY IS SIMPLE.', true],
    ['Ourrr policy is simple.', true],
    ['See our policy’s terms.', true],
    ['UPSELLING is fine here.', true]
  ])('passes %j, which may hold a finding', (text, expected) => {
    expect(prefilter.test(text)).toBe(expected)
  })

  it.each([
    ['Our store opens at 9.'],
    ['You must bring a receipt.'],
    ['The policy number is on your card.'],
    ['Ourpolicy is simple.'],
    ['']
  ])('stops %j: not every word a phrase needs is there', (text) => {
    expect(prefilter.test(text)).toBe(false)
  })
})

describe('the pre-filter of lintText (exact shapes)', () => {
  const loose = new Prefilter()
  const exact = new Prefilter({exact: true})
  for (const prefilter of [loose, exact]) prefilter.add({phrases: [], shapes: [mayHaveArtifact]})

  it('lets a block through on an artifact’s literals only when an artifact is there', () => {
    // “a_b” has the literals of a snake_case name, and is none.
    expect(mayHaveArtifact('Set a_b to 2.')).toBe(true)
    expect(findArtifacts('Set a_b to 2.')).toEqual([])
    expect(exact.test('Set a_b to 2.')).toBe(false)
    expect(exact.test('Hi {{first_name}}, your order shipped.')).toBe(true)
    expect(createPrefilter({})('Set a_b to 2.')).toBe(false)
  })

  it('stays loose where asked (the rewrites’ self-checks read the literals)', () => {
    expect(loose.test('Set a_b to 2.')).toBe(true)
  })

  it('remembers a text’s artifacts, so the rule reads what the pre-filter found', () => {
    const text = 'Your payment failed: NullPointerException at Gateway.charge'
    expect(findArtifacts(text)).toBe(findArtifacts(text))
    expect(findArtifacts(text).length).toBeGreaterThan(0)
  })
})
