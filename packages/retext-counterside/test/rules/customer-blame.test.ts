import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

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
    ['Please actually read the instructions.', 'Please actually', 1],
    // Blame said indirectly or politely.
    ['As mentioned last week, the pool closes at 6.', 'As mentioned', 1],
    ['Please read the booking rules properly.', 'read the booking rules properly', 8],
    ['The fault is on your side, not ours.', 'is on your side', 11],
    ['Did you actually charge the scooter?', 'Did you actually', 1],
    ['Your late arrival delayed the whole tour.', 'Your late arrival', 1]
  ])

  passesEach(ruleId, [
    'That PIN didn’t match. Try again.',
    'That card number looks too short — please check it.',
    'Prescriptions become invalid after 12 months.',
    'Didn’t get a code? Resend.',
    'If you didn’t request this, ignore this email.',
    'Passwords don’t match.',
    'Wrong size? Exchanges are free.',
    'Something went wrong on our side.',
    // A count of tries, a belief, an HTTP error class and a real question are not verdicts.
    'Lock the account after 3 consecutive incorrect passwords.',
    'If you believe you should have a refund, reply to this email.',
    'A client error occurred. Please refresh.',
    'Are you sure you want to leave this page?'
  ])
})

describe(`${ruleId}: blame said indirectly`, () => {
  it.each([
    ['As clearly stated on the booking page, deposits are non-refundable.', 'As clearly stated'],
    ['Most people manage to book online first time.', 'Most people manage to'],
    ['Looks like someone didn’t measure the doorway.', 'Looks like someone'],
    ['Your claim is on hold: you didn’t attach the receipt.', 'you didn’t attach'],
    ['You cancelled too late, so the fee stands.', 'You cancelled too late'],
    ['Kindly stop submitting the same request.', 'Kindly stop submitting'],
    ['Why haven’t you paid yet?', 'Why haven’t you'],
    ['You’ve uploaded the wrong document.', 'You’ve uploaded the wrong']
  ])('flags %j', (text, actual) => {
    expect(flagged(text, ruleId)).toEqual([actual])
  })

  passesEach(ruleId, [
    'If you didn’t make this change, contact us.',
    'Remember your loyalty card next time you visit.',
    'We’d rather you didn’t rush: take your time choosing.',
    'Why haven’t you tried our new menu yet?',
    'Most customers manage their plan in the app.'
  ])
})

describe(`${ruleId}: a setting or a help text that names wrong input`, () => {
  passesEach(ruleId, [
    'Error text for invalid input',
    'Highlight invalid data',
    'Move the cursor to the first invalid field',
    'Sets where the error message shows when the answer is invalid.'
  ])

  it('still flags the verdict itself', () => {
    expect(flagged('Invalid input. Please try again.', ruleId)).toEqual(['Invalid input'])
  })
})

describe(`${ruleId}: blame said kindly, in passing or the other way round`, () => {
  it.each([
    ['The account number you gave is not valid.', 'you gave is not valid'],
    ['The size you picked doesn’t fit this frame.', 'you picked doesn’t fit'],
    ['You picked a delivery day that has already passed.', 'You picked a delivery day that has already passed'],
    ['Invalid day of birth.', 'Invalid day of birth'],
    ['The lid cracked through misuse.', 'through misuse'],
    ['Did you actually charge it first?', 'Did you actually'],
    ['Try a card that actually has funds.', 'actually has funds'],
    ['Please fill it in correctly this time.', 'correctly this time'],
    ['For the second time, the deposit is non-refundable.', 'For the second time'],
    ['Most buyers check out on their first go.', 'Most buyers check out on their first go'],
    ['The crew waited 30 minutes for you.', 'crew waited'],
    ['The print is grainy because of the photo you uploaded.', 'because of the photo you uploaded'],
    ['You’ve voided the guarantee.', 'You’ve voided']
  ])('flags %j', (text, actual) => {
    expect(flagged(text, ruleId)).toEqual([actual])
  })

  passesEach(ruleId, [
    // A condition, a neutral absence, a plain step and a real count are not blame.
    'If the number you gave doesn’t match, we’ll call you to check.',
    'Nobody was home, so we left a card. Pick a new time in the app.',
    'The date you picked has already passed. Choose one from tomorrow on.',
    'Have a look at our new menu.',
    'This time tomorrow your order will be with you.',
    'Your driver will wait up to 10 minutes.',
    'Thanks for the photo you uploaded: your claim is approved.'
  ])
})
