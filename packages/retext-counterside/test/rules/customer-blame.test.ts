import {describe, expect, it} from 'vitest'
import {flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'customer-blame'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message] = messages('You entered the wrong PIN.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'You entered the wrong',
      expected: ['That didn’t match. Try again.'],
      note: 'the customer is told they got it wrong',
      fatal: true
    })
  })

  flagsEach(ruleId, [
    ['Invalid input.', 'Invalid input', 1],
    ['User error.', 'User error', 1],
    ['Illegal operation.', 'Illegal operation', 1],
    ['Wrong PIN.', 'Wrong PIN', 1],
    ['You forgot to enter your postcode.', 'You forgot to', 1],
    ['You typed an invalid email address.', 'You typed an invalid', 1],
    ['Incorrect code entered. Try again.', 'Incorrect code entered', 1],
    ['Card number rejected — you must have mistyped it.', 'you must have', 24],
    ['Please actually read the instructions.', 'Please actually', 1]
  ])

  passesEach(ruleId, [
    'That PIN didn’t match. Try again.',
    'That card number looks too short — please check it.',
    'Prescriptions become invalid after 12 months.',
    'Didn’t get a code? Resend.',
    'If you didn’t request this, ignore this email.',
    'Passwords don’t match.',
    'Wrong size? Exchanges are free.',
    'Something went wrong on our side.'
  ])
})
