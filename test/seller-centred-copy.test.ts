import {readFileSync} from 'node:fs'
import {lintText, rules} from '@counterside/core'
import {describe, expect, it} from 'vitest'

// Seller-centred copy written for these tests in other words than the
// labelled corpus: each line names the rule that must fire on it.
const cases = readFileSync(new URL('fixtures/seller-centred-copy.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const bar = line.indexOf('|')
    return {rule: line.slice(0, bar), text: line.slice(bar + 1)}
  })

describe('seller-centred copy beyond the labelled corpus', () => {
  it('covers every rule with at least ten lines', () => {
    for (const rule of rules) expect(cases.filter((item) => item.rule === rule.id).length).toBeGreaterThanOrEqual(10)
  })

  it('fires the named rule on every line', () => {
    const missed = cases
      .filter(({rule, text}) => !lintText(text).some((finding) => finding.ruleId === rule))
      .map(({rule, text}) => `${rule}: ${text}`)
    expect(missed).toEqual([])
  })
})
