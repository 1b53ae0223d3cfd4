import {describe, expect, it} from 'vitest'
import {ruleIds, ruleList} from '../src/index.js'
import {messages, reported} from './support/lint.js'

describe('retext-counterside', () => {
  it('lists every rule once, in the same order as its ids', () => {
    expect(ruleList.map((rule) => rule.meta.id)).toEqual([...ruleIds])
  })

  it('gives every rule something to trigger on', () => {
    for (const rule of ruleList) {
      expect(rule.triggers.phrases.length + (rule.triggers.shapes?.length ?? 0)).toBeGreaterThan(0)
    }
  })

  it('rejects an unknown rule id, naming the valid ones', () => {
    expect(() => messages('text', {rules: {'no-such-rule': 'error'}})).toThrow(/Unknown counterside rule `no-such-rule`; expected one of: seller-celebration, /)
  })

  it('reports positions in multi-paragraph text', () => {
    expect(reported('All good here.\n\nPlease wait for manager approval.')).toEqual([
      {ruleId: 'permission-gate', actual: 'wait for manager approval', line: 3, column: 8, endLine: 3, endColumn: 33}
    ])
  })

  it('reports nothing for text without any trigger', () => {
    expect(messages('Thanks for shopping with us. See you soon.')).toEqual([])
  })
})
