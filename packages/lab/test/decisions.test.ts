import {describe, expect, it} from 'vitest'
import {chooseCuts, type Scored} from '../src/model/decisions.js'

const scored = (logit: number, label: 0 | 1, phrase: 0 | 1 | 2 = 0): Scored => ({logit, label, phrase})

describe('chooseCuts', () => {
  it('lets the model add findings down to the cut where the pair keeps the precision', () => {
    const scores = [scored(5, 1, 2), scored(4, 1, 2), scored(3, 1), scored(2, 1), scored(1, 0), scored(0, 1)]
    expect(chooseCuts(scores, 0.9, -10, 0)).toEqual({floor: -Infinity, threshold: 2})
  })

  it('holds the model to the precision on its own where the tables alone fall short of it', () => {
    // The tables: one true finding, two false ones (precision 1/3) at every floor.
    const tables = [scored(-1, 0, 2), scored(-2, 0, 2), scored(-3, 1, 2)]
    const model = [scored(6, 1), scored(5, 1), scored(4, 1), scored(3, 0), scored(2, 1)]
    expect(chooseCuts([...tables, ...model], 0.75, -10, 0)).toEqual({floor: -Infinity, threshold: 2})
    expect(chooseCuts([...tables, ...model], 0.95, -10, 0)).toEqual({floor: -Infinity, threshold: 4})
  })
})

describe('chooseCuts with a cost on false findings', () => {
  it('holds a false finding that costs more against the precision as that many', () => {
    const scores = [scored(5, 1), scored(4, 1), scored(3, 1), scored(2, 0), scored(1, 1), scored(0, 1), scored(-1, 1)]
    expect(chooseCuts(scores, 0.8, -10, 0)).toEqual({floor: -Infinity, threshold: -1})
    const costly = scores.map((score) => (score.label === 0 ? {...score, cost: 3} : score))
    expect(chooseCuts(costly, 0.8, -10, 0)).toEqual({floor: -Infinity, threshold: 3})
  })
})
