import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach, reported} from '../support/lint.js'

const ruleId = 'sales-jargon'

describe(ruleId, () => {
  it('reports a whole message: place, actual, alternatives, note, url', () => {
    const [message, ...rest] = messages('Upsell: extended warranty')
    expect(rest).toEqual([])
    expect({...message}).toMatchObject({
      ruleId,
      source: 'retext-counterside',
      actual: 'Upsell',
      expected: [],
      note: 'the customer learns they are the target of an upsell',
      url: 'https://github.com/counterside/counterside/blob/main/docs/rules/sales-jargon.md',
      fatal: true,
      confidence: 0.95,
      reason:
        '“Upsell” is internal sales vocabulary: the customer learns they are the target of an upsell. Write something like “Extra: extended warranty”.'
    })
    expect(message?.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 7, offset: 6}})
  })

  flagsEach(ruleId, [
    ['Cross-sell suggestion: phone case', 'Cross-sell', 1],
    ['Your attach rate today: 40%', 'attach rate', 6],
    ['You are now a qualified lead.', 'qualified lead', 15],
    ['This offer is part of our Q3 pipeline push.', 'pipeline push', 30],
    ['We were upselling you, sorry.', 'upselling', 9],
    ['Lead source: walk-in', 'Lead source', 1],
    ['Loss leader: milk at $1', 'Loss leader', 1],
    ['Your ARPU tier unlocked a bonus.', 'ARPU', 6]
  ], {only: true})

  passesEach(ruleId, [
    'Add a 2-year protection plan?',
    'Customers often pair this with a case.',
    'You have used 80% of your data quota.',
    'Currency exchange with 0% commission.',
    'Lead time for custom sofas is 6 weeks.',
    'Unit conversion: 1 kg = 2.2 lb',
    'Shrink-wrapped for freshness.',
    'Never write “upsell” on a customer display.'
  ])

  it('reports low-confidence words only when minConfidence allows', () => {
    expect(flagged('The pipeline is full this week.', ruleId)).toEqual([])
    expect(flagged('The pipeline is full this week.', ruleId, {minConfidence: 0.2})).toEqual(['pipeline'])
  })

  it('skips words and phrases in `allow`', () => {
    expect(flagged('Pipeline update: your order ships Monday.', ruleId, {allow: ['pipeline']})).toEqual([])
    expect(flagged('Pipeline update: your order ships Monday.', ruleId, {rules: {[ruleId]: ['error', {allow: ['Pipeline']}]}})).toEqual([])
  })

  it('flags a team’s own terms', () => {
    const options = {rules: {[ruleId]: ['error', {terms: ['spiff-a-thon', {phrase: 'blue light', expected: ['Special offer'], note: 'store code', confidence: 0.9}]}]}} as const
    expect(reported('Join the spiff-a-thon! Blue light on aisle 4.', ruleId, options).map((item) => [item.actual, item.column])).toEqual([
      ['spiff-a-thon', 10],
      ['Blue light', 24]
    ])
  })

  it('is silent when off and warns when set to warn', () => {
    expect(flagged('Upsell: warranty', ruleId, {rules: {[ruleId]: 'off'}})).toEqual([])
    expect(messages('Upsell: warranty', {rules: {[ruleId]: 'warn'}})[0]?.fatal).toBe(false)
  })
})
