import {lintText} from '@counterside/core'
import {describe, expect, it} from 'vitest'

describe('lintText placeholders option', () => {
  it('flags an unfilled field in rendered copy by default', () => {
    expect(lintText('Hi {{first_name}}, your order is ready.').map((finding) => finding.ruleId)).toEqual(['exposed-internals'])
  })

  it('reads placeholders as values in catalog messages and code strings', () => {
    expect(lintText('Hi {{first_name}}, your order is ready.', undefined, {placeholders: 'values'})).toEqual([])
    expect(lintText('{count, plural, one {# item} other {# items}} in your bag', undefined, {placeholders: 'values'})).toEqual([])
  })

  it('still lints the words around them, with offsets and words from the original text', () => {
    const text = 'Hi %s, please wait for manager approval.'
    const [finding] = lintText(text, undefined, {placeholders: 'values'})
    expect(finding?.ruleId).toBe('permission-gate')
    expect(text.slice(finding!.offset, finding!.endOffset)).toBe(finding?.actual)
  })
})
