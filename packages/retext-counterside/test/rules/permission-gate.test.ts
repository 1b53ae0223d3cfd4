import {describe, expect, it} from 'vitest'
import {flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'permission-gate'

describe(ruleId, () => {
  it('reports a whole message covering the person and the wait', () => {
    const [message] = messages('Please wait for manager approval.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'wait for manager approval',
      expected: ['A team member will finish this for you'],
      note: 'the customer stands waiting while someone more senior is found to allow it',
      fatal: true
    })
    expect(message?.place).toEqual({start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 33, offset: 32}})
  })

  flagsEach(ruleId, [
    ['Supervisor override required.', 'Supervisor override', 1],
    ['A manager must approve this refund.', 'manager must', 3],
    ['Refunds over $50 require a manager’s signature.', 'require a manager’s signature', 18],
    ['Waiting on head office sign-off.', 'Waiting on head office sign-off', 1],
    ['Your discount needs the store manager’s OK.', 'store manager’s OK', 25],
    ['Returns go to the department head first.', 'go to the department head', 9]
  ])

  passesEach(ruleId, [
    'A team member will finish your return.',
    'Approval usually takes under a minute.',
    'Your account manager will email you this week.',
    'Approved on the spot — no charge.',
    'Your feedback has been sent to the store manager.',
    'Ask your manager to share this report with you.'
  ])
})
