import {describe, expect, it} from 'vitest'
import {linterFor} from '../src/linters.js'
import {lintText} from '../src/index.js'

describe('linterFor', () => {
  it('builds one linter for equal configs, whatever their identity or key order', () => {
    const first = linterFor({minConfidence: 0.7, rules: {shouting: 'off', 'dead-end-error': 'warn'}})
    expect(linterFor({rules: {'dead-end-error': 'warn', shouting: 'off'}, minConfidence: 0.7})).toBe(first)
  })

  it('builds another for a config that differs', () => {
    const first = linterFor({minConfidence: 0.7})
    expect(linterFor({minConfidence: 0.71})).not.toBe(first)
    expect(linterFor({minConfidence: 0.7, rules: {shouting: 'off'}})).not.toBe(first)
  })

  it('still rejects an invalid config it has not built', () => {
    expect(() => linterFor({minConfidence: 2})).toThrow(/minConfidence/)
  })

  it('lints with the config it was given, not a cached neighbour', () => {
    const text = 'PLEASE WAIT FOR MANAGER APPROVAL'
    expect(lintText(text, {rules: {shouting: 'off'}}).map((finding) => finding.ruleId)).not.toContain('shouting')
    expect(lintText(text, {rules: {shouting: 'error'}}).map((finding) => finding.ruleId)).toContain('shouting')
  })
})
