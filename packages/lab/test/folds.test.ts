import {describe, expect, it} from 'vitest'
import type {Example} from '../src/model/examples.js'
import {assignFolds} from '../src/model/folds.js'
import {defaultTrainOptions, optionsFor} from '../src/model/logistic.js'

const example = (group: string, source: Example['source'] = 'corpus', frozen = false): Example => ({
  id: group,
  group,
  frozen,
  source,
  text: '',
  labels: new Int8Array(0),
  sentences: [],
  reportable: []
})

describe('assignFolds', () => {
  const examples = [example('w01'), example('w02'), example('w03'), example('w04'), example('w05'), example('w02'), example('w14', 'corpus', true), example('catalog:a', 'catalog'), example('catalog:b', 'catalog')]

  it('gives each writer a fold of its own, the frozen ones none', () => {
    const folds = assignFolds(examples)
    expect(folds.writers).toEqual(['w01', 'w02', 'w03', 'w04', 'w05'])
    expect([...folds.foldOf]).toEqual([0, 1, 2, 3, 4, 1, -1, 0, 1])
  })

  it('deals the writers into fewer folds for screening, never one writer in two folds', () => {
    const folds = assignFolds(examples, 2)
    expect(folds.writers).toEqual(['w01+w03+w05', 'w02+w04'])
    expect([...folds.foldOf]).toEqual([0, 1, 0, 1, 0, 1, -1, 0, 1])
  })
})

describe('optionsFor', () => {
  it('gives a rule its own options over the shared ones', () => {
    const options = {...defaultTrainOptions, l2: 0.003, perRule: {'sales-jargon': {l2: 0.03}}}
    expect(optionsFor(options, 'sales-jargon').l2).toBe(0.03)
    expect(optionsFor(options, 'dead-end-error').l2).toBe(0.003)
  })
})
