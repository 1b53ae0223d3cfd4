/**
 * `shuffles`: a rule trained over several shuffled orders is the average of
 * those runs, still one linear model; one shuffle is the plain run.
 */
import {describe, expect, it} from 'vitest'
import {defaultTrainOptions, trainRule} from '../src/model/logistic.js'
import {oneSentence} from './support/one-sentence.js'

// Feature 1 argues for the rule, 2 against, 3 on both sides.
const examples = [...Array.from({length: 12}, (_, index) => oneSentence(1, [1, index % 2 === 0 ? 3 : 4])), ...Array.from({length: 12}, (_, index) => oneSentence(0, [2, index % 3 === 0 ? 3 : 5]))]
const options = {...defaultTrainOptions, hashBits: 4, pruneBelow: 0}

describe('shuffles', () => {
  it('is the plain run at one shuffle', () => {
    expect(trainRule(examples, 0, new Set(), {...options, shuffles: 1})).toEqual(trainRule(examples, 0, new Set(), options))
  })

  it('averages the runs of seeds seed, seed + 1, …', () => {
    const runs = [0, 1, 2].map((extra) => trainRule(examples, 0, new Set(), {...options, seed: options.seed + extra}))
    const averaged = trainRule(examples, 0, new Set(), {...options, shuffles: 3})
    expect(averaged.bias).toBeCloseTo((runs[0]!.bias + runs[1]!.bias + runs[2]!.bias) / 3, 12)
    for (const bucket of [1, 2, 3, 4, 5]) expect(averaged.weights[bucket]).toBeCloseTo(runs.reduce((sum, run) => sum + run.weights[bucket]!, 0) / 3, 12)
    // Different orders give different runs: the average is not any one of them.
    expect(runs[1]!.weights[3]).not.toBe(runs[0]!.weights[3])
  })
})
