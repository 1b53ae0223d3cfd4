/**
 * `catalogWeight`: a real catalog string's negative sentence counts more in
 * training than a writer's, so words that writers use in bad copy but real
 * catalogs use in plain confirmations ("Are you sure?") weigh less.
 */
import {describe, expect, it} from 'vitest'
import type {Example} from '../src/model/examples.js'
import {defaultTrainOptions, trainRule} from '../src/model/logistic.js'

const shared = 1
const pressure = 2
const confirm = 3

const example = (source: Example['source'], label: 0 | 1, ...features: number[]): Example => ({
  id: source,
  group: source,
  frozen: false,
  source,
  text: '',
  labels: Int8Array.of(label),
  sentences: [Int32Array.from(features)],
  reportable: [true]
})
// Writers use the shared words in pressure; catalogs in confirmations.
const examples = [...Array.from({length: 30}, () => example('corpus', 1, shared, pressure)), ...Array.from({length: 30}, () => example('catalog', 0, shared, confirm))]
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
