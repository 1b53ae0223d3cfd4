/**
 * No single sentence-shape feature may fire a rule with the bias alone
 * (issue 7: "cap sentence-feature weights so no single feature can fire a
 * rule alone"), whatever the L2 does to the bias: held in training by
 * `shapeCeiling` and in the shipped model by `holdShapesBelow`.
 */
import {describe, expect, it} from 'vitest'
import {holdShapesBelow, shapeMargin} from '../src/model/final.js'
import {defaultTrainOptions, trainRule, type RuleWeights} from '../src/model/logistic.js'
import {oneSentence} from './support/one-sentence.js'

const shape = 1
const word = 2
const other = 3

// Positives carry the shape; most sentences are positive, so the bias rises with them.
const examples = [...Array.from({length: 60}, () => oneSentence(1, [shape, word])), ...Array.from({length: 20}, () => oneSentence(0, [other]))]
const options = {...defaultTrainOptions, hashBits: 4, l2: 0.001, shapeCap: 5}

describe('shapeCeiling', () => {
  it('keeps the bias plus a shape weight at or below the ceiling, where training alone lets it pass', () => {
    const free = trainRule(examples, 0, new Set([shape]), options)
    expect(free.bias + free.weights[shape]!).toBeGreaterThan(0.5)
    const held = trainRule(examples, 0, new Set([shape]), {...options, shapeCeiling: -1})
    expect(held.bias + held.weights[shape]!).toBeLessThanOrEqual(-1 + 1e-9)
    // Word evidence is not held: the model still learns the rule from words.
    expect(held.weights[word]!).toBeGreaterThan(0)
  })
})

describe('holdShapesBelow', () => {
  const rule = (): RuleWeights => ({bias: 0.5, weights: Float64Array.of(0, 1.5, 2, -1)})

  it('lowers a shape weight that would reach the threshold with the bias, and only that', () => {
    const weights = rule()
    expect(holdShapesBelow(weights, 1.2, new Set([1, 3]))).toBe(1)
    expect(weights.bias + weights.weights[1]!).toBeCloseTo(1.2 - shapeMargin)
    // Words may carry a rule (2 is not a shape); a shape that argues against it is untouched.
    expect([...weights.weights.slice(2)]).toEqual([2, -1])
  })

  it('leaves a rule alone that never fires from the learned layer', () => {
    const weights = rule()
    expect(holdShapesBelow(weights, Infinity, new Set([1, 3]))).toBe(0)
    expect(weights.weights[1]).toBe(1.5)
  })
})
