import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'stepping-away'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message] = messages('Excuse me, I’ll be right back.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'be right back',
      expected: ['I’ll be back with your answer in 2 minutes'],
      note: 'the customer is left standing with no idea how long they will wait',
      fatal: true
    })
  })

  flagsEach(ruleId, [
    ['Please hold while I take another call.', 'hold while I', 8],
    ['Sorry, I need to step away for a minute.', 'need to step away', 10],
    ['Your stylist had to run to another appointment.', 'had to run', 14],
    ['Checkout paused: cashier is restocking shelves.', 'paused: cashier is restocking', 10],
    ['I’ll help you after the customer on the phone.', 'customer on the phone', 25]
  ])

  passesEach(ruleId, [
    'Take your time — we’re here when you’re ready.',
    'No need to hold — we’ll call you back at 3 pm.',
    'I’m connecting you to a technician, and I’ll stay in the chat until they join.',
    'Your subscription is paused until May 1.',
    'Step away from the platform edge.',
    'You can step out and come back; your place in the queue is saved.',
    'Your barista is making your latte.',
    'Please wait while we verify your age. A team member will be with you shortly.'
  ])
})

describe(`${ruleId}: put off, put behind, left`, () => {
  it.each([
    ['We’ll get to yours when we can.', 'get to yours when'],
    ['Someone will look at your claim when time allows.', 'when time allows'],
    ['We’ll pick up your exchange once the Saturday rush dies down.', 'once the Saturday rush dies'],
    ['Your ticket has been deprioritised.', 'deprioritised'],
    ['Trade customers are served first.', 'Trade customers are served first'],
    ['Staff member called away.', 'called away'],
    ['I’ll leave you with our FAQ for now.', 'leave you with'],
    ['Your order is in the queue behind our trade orders.', 'queue behind']
  ])('flags %j', (text, actual) => {
    expect(flagged(text, ruleId)).toEqual([actual])
  })

  passesEach(ruleId, [
    'Closed for lunch 1–2pm. The cash machine is open 24/7.',
    'I’m handing you over to Mia from our returns team, who can see our whole chat.',
    'Emergency cases are seen first; tell reception if your pet gets worse.',
    'Call us when you’re free: we’re open until 8.',
    'First come, first served: doors open at 9.'
  ])
})
