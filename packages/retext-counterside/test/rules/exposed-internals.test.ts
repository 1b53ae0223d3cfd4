import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach, reported} from '../support/lint.js'

const ruleId = 'exposed-internals'

describe(ruleId, () => {
  it('reports a whole message for an unfilled placeholder', () => {
    const [message, ...rest] = messages('Hello {{first_name}}, your order is ready.')
    expect(rest).toEqual([])
    expect({...message}).toMatchObject({
      ruleId,
      actual: '{{first_name}}',
      note: 'an unfilled placeholder tells the customer the message was never finished',
      expected: ['Your bill for March is ready (leave the name out when it is missing)'],
      fatal: true
    })
    expect(message?.place).toEqual({start: {line: 1, column: 7, offset: 6}, end: {line: 1, column: 21, offset: 20}})
  })

  flagsEach(ruleId, [
    ['Total: NaN', 'NaN', 8],
    ['Your order #undefined has shipped.', 'undefined', 13],
    ['Order ${orderId} confirmed.', '${orderId}', 7],
    ['Dear {first_name}, thanks!', '{first_name}', 6],
    ['Hi [object Object], welcome!', '[object Object]', 4],
    ['Sorry, we are short-staffed today.', 'short-staffed', 15],
    ['The warehouse guys are slammed, so it is late.', 'slammed', 24],
    ['Lorem ipsum dolor sit amet', 'Lorem ipsum', 1],
    ['Uncaught TypeError: x is undefined', 'TypeError: x is undefined', 10],
    ['Error 4012.', 'Error 4012', 1],
    // Backstage trouble in casual words.
    ['Sorry, the ticket printer is acting up.', 'acting up', 30],
    ['It’s been one of those days here, sorry!', 'been one of those days', 6],
    ['My supervisor’s breathing down my neck today.', 'breathing down my neck', 17],
    ['Finance are behind, so your refund is late.', 'Finance are behind', 1],
    ['Sorry, it’s just me on the counter this morning.', 'just me on', 13],
    ['Our menu app keeps breaking on our end.', 'keeps breaking', 14]
  ])

  it('merges one leak into one finding', () => {
    expect(flagged('TypeError: Cannot read properties of undefined', ruleId)).toEqual(['TypeError: Cannot read properties of undefined'])
  })

  passesEach(ruleId, [
    'Card readers are restarting — about 30 seconds.',
    'This pay station is being serviced. The one by the lift works.',
    'Error 4012: the card reader lost its connection. Reconnect it and try again.',
    'This contract is null and void if altered.',
    'Hello {name}, your order is ready.',
    'Our claims system is slow today, so we will email your claim number within the hour.',
    'We’re stretching our opening hours this summer.',
    'Meet Priya, our new receptionist.',
    'Insert your ticket here.'
  ])

  it('points at the leak across lines', () => {
    expect(reported('Your bill is ready.\nAmount due: NaN', ruleId)).toEqual([{ruleId, actual: 'NaN', line: 2, column: 13, endLine: 2, endColumn: 16}])
  })
})

describe(`${ruleId}: code and staff-only shapes`, () => {
  it.each([
    ['Check-in failed (0x80004005).', '0x80004005'],
    ['Order status: AWAITING_PICK_CONFIRM', 'AWAITING_PICK_CONFIRM'],
    ['Refund error: ERR_LEDGER_LOCKED', 'ERR_LEDGER_LOCKED'],
    ['Please check the field date_of_birth again.', 'date_of_birth'],
    ['debug: basketId=4471 retry=true', 'basketId=4471'],
    ['Payment failed: {"code":"expired"}', '{"code":'],
    ['Dear [CUSTOMER NAME], thanks for your order.', '[CUSTOMER NAME]'],
    ['Salary: £XX,XXX a year', '£XX,XXX'],
    ['Sorry, we got a 503 from the stock service.', 'got a 503'],
    ['Your refund is waiting for the nightly batch job.', 'batch job'],
    ['Sorry for the wait, we’re two techs down today.', 'two techs down'],
    ['Welcome back, Test User!', 'back, Test User']
  ])('flags %j', (text, actual) => {
    expect(flagged(text, ruleId)).toContain(actual)
  })

  passesEach(ruleId, [
    'Free Wi-Fi: HARBOUR_GUEST',
    'Optionally add `show_success=true` to keep the page open.',
    'offline_access',
    'Webhook delivery failed (HTTP 500 from your endpoint). We’ll retry for 24 hours.',
    'If your screen froze during payment, you have not been charged.',
    'Off sick? Pause your membership in the app.'
  ])
})
