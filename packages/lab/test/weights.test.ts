import {dataHash, defaultSettings, loadSources} from '@counterside/lab'
import {model} from '../../retext-counterside/src/model/weights.generated.js'
import {describe, expect, it} from 'vitest'

describe('the checked-in weights', () => {
  it('were trained on the corpus and catalogs as they are now (run `pnpm train` when this fails)', () => {
    expect(model.dataHash).toBe(dataHash(loadSources(), defaultSettings))
  })

  it('cannot fire a rule on one sentence-shape feature alone', () => {
    // Training caps shape weights; with the bias, none may reach the threshold.
    for (const [id, rule] of Object.entries(model.rules)) {
      const [a, b] = rule.calibration
      const capped = defaultSettings.train.shapeCap
      const probability = 1 / (1 + Math.exp(-(a * (rule.bias + capped) + b)))
      expect(probability, id).toBeLessThan(rule.threshold)
    }
  })
})
