import {dataHash, defaultSettings, loadSources} from '@counterside/lab'
import {decodeWeights, featureVersion, hashFeature, shapeFeatureNames} from 'retext-counterside/model'
import {model} from '../../retext-counterside/src/model/weights.generated.js'
import {describe, expect, it} from 'vitest'

describe('the checked-in weights', () => {
  it('were trained on the corpus and catalogs as they are now (run `pnpm train` when this fails)', () => {
    // The features' version first: weights of other features must never be read with these.
    expect(model.featureVersion, 'feature version of the weights').toBe(featureVersion)
    expect(model.dataHash).toBe(dataHash(loadSources(), defaultSettings))
  })

  it('cannot fire a rule on the bias and any one sentence-shape feature', () => {
    // The shipped weights as decoded, not the training cap: pruning, rounding and a
    // bias that moved after training capped a shape could each break the bound.
    const shapes = new Map(shapeFeatureNames.map((name) => [hashFeature(name), name]))
    for (const [id, rule] of Object.entries(model.rules)) {
      const [a, b] = rule.calibration
      let strongest = 0
      let name = '(none)'
      decodeWeights(rule.weights, rule.scale, (bucket, weight) => {
        if (shapes.has(bucket) && weight > strongest) [strongest, name] = [weight, shapes.get(bucket)!]
      })
      const probability = 1 / (1 + Math.exp(-(a * (rule.bias + strongest) + b)))
      expect(probability, `${id}: bias ${rule.bias} + ${name} ${strongest.toFixed(2)}`).toBeLessThan(rule.threshold)
    }
  })
})
