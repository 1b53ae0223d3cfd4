import {describe, expect, it} from 'vitest'
import {lintText, rules, type Config} from '../src/index.js'

describe('lintText', () => {
  it('returns findings with 1-based positions, offsets, url and severity', () => {
    expect(lintText('Thanks for waiting.\n\nPlease wait for manager approval.')).toEqual([
      {
        ruleId: 'permission-gate',
        severity: 'error',
        message:
          '“wait for manager approval” makes the customer wait on internal permission: the customer stands waiting while someone more senior is found to allow it. Write something like “A team member will finish this for you.”',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 33,
        offset: 28,
        endOffset: 53,
        suggestions: [
          {desc: 'Rewrite the sentence as “A team member will finish this for you.”', text: 'A team member will finish this for you.', offset: 21, endOffset: 54, scope: 'sentence'}
        ],
        url: 'https://github.com/counterside/counterside/blob/main/docs/rules/permission-gate.md',
        actual: 'wait for manager approval',
        expected: ['A team member will finish this for you'],
        note: 'the customer stands waiting while someone more senior is found to allow it',
        confidence: 0.85
      }
    ])
  })

  it('keeps offsets right after blocks it skipped', () => {
    const text = 'Hello.\n\n\n  \nKEEP THIS RECEIPT FOR YOUR WARRANTY'
    const [finding] = lintText(text)
    expect(finding && text.slice(finding.offset, finding.endOffset)).toBe('KEEP THIS RECEIPT FOR YOUR WARRANTY')
    expect(finding).toMatchObject({line: 5, column: 1, endLine: 5, endColumn: 36})
  })

  it('offers suggestions only for direct replacements', () => {
    const [shout] = lintText('INSERT TICKET AND WAIT')
    expect(shout?.suggestions).toEqual([
      {desc: 'Replace “INSERT TICKET AND WAIT” with “Insert ticket and wait”', text: 'Insert ticket and wait', offset: 0, endOffset: 22, scope: 'match'}
    ])
    // The customer's label replaces the sales one as it stands; where the jargon is all there is, nothing is offered.
    expect(lintText('Upsell: warranty')[0]?.suggestions.map((item) => item.text)).toEqual(['Extra: warranty'])
    expect(lintText('This email is part of our Q4 acquisition push.')[0]?.suggestions).toEqual([])
  })

  it('applies the config: severities, off, allow', () => {
    const config: Config = {rules: {shouting: 'error', 'sales-jargon': 'off'}, allow: ['quota']}
    expect(lintText('Upsell: INSERT TICKET AND WAIT', config).map((finding) => [finding.ruleId, finding.severity])).toEqual([['shouting', 'error']])
  })

  it('validates the config', () => {
    expect(() => lintText('text', {rules: {nope: 'error'}} as Config)).toThrow(/unknown rule/)
  })

  it('returns nothing for empty and trigger-free text', () => {
    expect(lintText('')).toEqual([])
    expect(lintText('Your order is on its way.')).toEqual([])
  })

  it('knows every registry rule by id', () => {
    expect(rules.map((rule) => rule.url)).toEqual(rules.map((rule) => `https://github.com/counterside/counterside/blob/main/docs/rules/${rule.id}.md`))
  })
})
