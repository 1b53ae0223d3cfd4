import {describe, expect, it} from 'vitest'
import {formatScore, readCorpus, scoreCorpus} from './support/corpus.js'

describe('labelled corpus (../shared/corpus/dev.jsonl)', () => {
  const score = scoreCorpus(readCorpus())

  it('prints the per-rule table', () => {
    console.log(formatScore(score))
    for (const miss of score.misses) console.log(`${miss.kind} ${miss.rule} ${miss.id}: ${miss.text}`)
    expect(score.perRule).toHaveLength(10)
  })

  it('keeps overall precision at or above 0.90', () => {
    expect(score.micro.precision).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps overall recall at or above 0.85', () => {
    expect(score.micro.recall).toBeGreaterThanOrEqual(0.85)
  })

  it('has at least one true positive for every rule', () => {
    const silent = score.perRule.filter((row) => row.tp === 0).map((row) => row.rule)
    expect(silent).toEqual([])
  })
})
