import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'shouting'

describe(ruleId, () => {
  it('reports a whole message with a sentence-case replacement', () => {
    const [message] = messages('INSERT TICKET AND WAIT')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'INSERT TICKET AND WAIT',
      expected: ['Insert ticket and wait'],
      replace: true,
      note: 'capitals read as shouting, and the customer feels pushed or scolded',
      fatal: false
    })
  })

  it('offers a single mark for stacked marks, as a rewrite of their sentence', () => {
    const [message] = messages('Your refund is done!!')
    expect({...message}).toMatchObject({ruleId, actual: '!!', expected: ['!'], replace: false})
    expect(message?.suggestions).toEqual([{text: 'Your refund is done!', offset: 0, endOffset: 21, scope: 'sentence'}])
  })

  flagsEach(ruleId, [
    ['KEEP THIS RECEIPT FOR YOUR WARRANTY', 'KEEP THIS RECEIPT FOR YOUR WARRANTY', 1],
    ['Hi Ravi. WE ARE OPEN UNTIL 7 PM ON WEEKDAYS.', 'WE ARE OPEN UNTIL 7 PM ON WEEKDAYS', 10],
    ['Thanks!!!', '!!!', 7],
    ['Really??', '??', 7],
    ['Really?!?', '?!?', 7],
    ['WARNING: UNSAVED CHANGES WILL BE LOST.', 'WARNING: UNSAVED CHANGES WILL BE LOST', 1],
    ['Really?!', '?!', 7],
    ['Card declined!?', '!?', 14],
    ['TICKET REJECTED.', 'TICKET REJECTED', 1],
    ['Sorry. SERVICE UNAVAILABLE!', 'SERVICE UNAVAILABLE', 8],
    ['PLEASE REMOVE YOUR CARD', 'PLEASE REMOVE YOUR CARD', 1],
    ['DEAR [CUSTOMER NAME], YOUR ACCOUNT IS NOW OVERDUE', 'DEAR [CUSTOMER NAME], YOUR ACCOUNT IS NOW OVERDUE', 1],
    ['SCAN YOUR CARD NOW', 'SCAN YOUR CARD NOW', 1],
    ['CHECK BAGS HERE', 'CHECK BAGS HERE', 1],
    ['SAVE BIG TODAY', 'SAVE BIG TODAY', 1],
    ['VIEW MY BASKET!', 'VIEW MY BASKET', 1]
  ])

  passesEach(ruleId, [
    'Enter your PIN.',
    'Show the QR code at the door.',
    'Your SUV comes with GPS and a USB-C charger.',
    'HDMI cable 1.5 m $9.99',
    'SKU 4411 BLK XL',
    'Ships to EU addresses in 3–5 days.',
    'Reply CALL to talk to us.',
    // Buttons and headings: the customer's own voice, or an action named, with no mark.
    'CLOSE MY ACCOUNT',
    'EDIT SHIPPING DETAILS',
    'SHOW MORE',
    // Two capitalised words with no mark: a label.
    'ACCOUNT SECURITY',
    // A template's slots, a date format, a list of file formats.
    'Dear [CUSTOMER NAME], your table for [PARTY SIZE] is booked.',
    '[ORDER NUMBER] [DELIVERY DATE] [STORE NAME]',
    'Date format: DD MMMM YYYY',
    'MM/DD/YYYY HH:MM',
    'Upload a photo as JPEG, HEIC, PNG or WEBP.',
    'Formats: JPEG, TIFF, HEIC, WEBP, AVIF'
  ])

  it('treats allowed codes as safe', () => {
    expect(flagged('ORDER AHEAD PICKUP LANE', ruleId, {allow: ['ORDER AHEAD PICKUP LANE']})).toEqual([])
  })
})
