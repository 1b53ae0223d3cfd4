/**
 * `catalogWeight`: a real catalog string's negative sentence counts more in
 * training than a writer's, so words that writers use in bad copy but real
 * catalogs use in plain confirmations ("Are you sure?") weigh less.
 */
import {describe, expect, it} from 'vitest'
import {defaultTrainOptions, trainRule} from '../src/model/logistic.js'
import {oneSentence} from './support/one-sentence.js'

const shared = 1
const pressure = 2
const confirm = 3

// Writers use the shared words in pressure; catalogs in confirmations.
const examples = [...Array.from({length: 30}, () => oneSentence(1, [shared, pressure], 'corpus')), ...Array.from({length: 30}, () => oneSentence(0, [shared, confirm], 'catalog'))]
const options = {...defaultTrainOptions, hashBits: 4, catalogWeight: 1}

describe('catalogWeight', () => {
  it('lowers what words shared with real catalog negatives weigh', () => {
    const even = trainRule(examples, 0, new Set(), options)
    const weighed = trainRule(examples, 0, new Set(), {...options, catalogWeight: 3})
    expect(weighed.bias + weighed.weights[shared]!).toBeLessThan(even.bias + even.weights[shared]! - 0.1)
  })

  it('changes nothing where there are no catalog strings', () => {
    const corpus = examples.map((item) => ({...item, source: 'corpus' as const}))
    expect(trainRule(corpus, 0, new Set(), {...options, catalogWeight: 3})).toEqual(trainRule(corpus, 0, new Set(), options))
  })
})
