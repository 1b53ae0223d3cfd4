import {describe, expect, it} from 'vitest'
import {flagged, flagsEach, messages, passesEach} from '../support/lint.js'

const ruleId = 'dead-end-error'

describe(ruleId, () => {
  it('reports a whole message', () => {
    const [message] = messages('Transaction failed.')
    expect({...message}).toMatchObject({
      ruleId,
      actual: 'failed',
      expected: ['That didn’t work. Try again, or contact us if it keeps happening.'],
      note: 'the customer hears that it failed, but not whether to try again or what else to do',
      fatal: true
    })
    expect(message?.place).toEqual({start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 19, offset: 18}})
  })

  flagsEach(ruleId, [
    ['Error 4012.', 'Error 4012', 1],
    ['Payment declined.', 'declined', 9],
    ['Something went wrong.', 'went wrong', 11],
    ['Your order couldn’t be completed.', 'couldn’t be completed', 12],
    ['Service unavailable.', 'unavailable', 9],
    ['Voucher not accepted.', 'not accepted', 9],
    ['Your request cannot be handled here.', 'cannot be handled', 14],
    ['Failed.', 'Failed', 1],
    ['We weren’t able to renew your parking permit.', 'weren’t able to', 4],
    ['500 Internal Server Error', '500 Internal Server Error', 1],
    ['Error 503', 'Error 503', 1],
    ['Invalid PIN.', 'Invalid PIN', 1],
    ['Sorry, we couldn’t find a seat for you on that train.', 'couldn’t find', 11],
    ['Your membership has been suspended.', 'Your membership has been suspended', 1],
    ['Your exchange request was refused.', 'refused', 27],
    ['We won’t be offering a replacement.', 'won’t be offering', 4],
    ['Session expired.', 'Session expired', 1]
  ])

  passesEach(ruleId, [
    'Payment failed. Try another card or pay with cash.',
    'Couldn’t read the card. Try tapping again.',
    'Your direct debit couldn’t be set up. Call 0800 555 010.',
    'Points couldn’t be added — they’ll appear automatically within 24 hours.',
    'Page not found. Go back home or search the shop.',
    'The printer is out of paper. Please ask a team member for your receipt.',
    'I can’t waive that fee, but I can split it over two bills.',
    'Your subscription has been cancelled.',
    'This action cannot be undone.',
    'The balance cannot be negative.',
    'Some features may be unavailable.',
    'This product is currently unavailable for purchase.',
    'Failed',
    'Can’t find your booking?',
    'If your card is declined, you can pay by bank transfer instead.',
    'Shown when the reader is unavailable',
    'You failed to mention your seat number.',
    'Maximum failed sign-in attempts',
    'Online banking is down for maintenance until 6am on Tuesday.',
    'Wrong PIN. 2 tries left.',
    'Invalid password: it must have at least 8 characters.',
    'Live tracking is unavailable, but your parcel is on its way.',
    'We couldn’t pack the basil, so you haven’t been charged for it.'
  ])

  it('looks for the way forward across the paragraph, not across paragraphs', () => {
    expect(flagged('Your tickets didn’t print.\nShow the QR code at the door.', ruleId)).toEqual([])
    expect(flagged('Your tickets didn’t print.\n\nShow the QR code at the door.', ruleId)).toEqual(['didn’t print'])
  })
})

describe(`${ruleId}: a setting or a help text that names a failure`, () => {
  passesEach(ruleId, [
    'Token behaviour on script error',
    'On payment failure',
    'Choose how errors are shown to your visitors.',
    'Errors block checkout until they are fixed; warnings only highlight a field.',
    'When enabled, requests without a signature are rejected.',
    'When two-step sign-in is required, members without a phone will be rejected.',
    'Are you sure? The user will be unable to sign in until you restore them.',
    'If you remove this phone number, it can no longer be used to sign in.',
    'This sign-in option is not eligible for single sign-on users.'
  ])

  it('still reports the failure itself', () => {
    expect(flagged('Your payment was rejected.', ruleId)).toEqual(['rejected'])
  })
})

describe(`${ruleId}: short labels`, () => {
  flagsEach(ruleId, [
    ['Upload failed', 'failed', 8],
    ['Card declined', 'declined', 6],
    ['Booking refused', 'refused', 9]
  ])

  passesEach(ruleId, ['Not available', 'Session expired', 'Show errors', 'Skipped (Failure)', 'Failed'])

  it('is sure of a few words ended as a sentence, and hedges a longer message', () => {
    expect(messages('Card reader offline.').map((message) => message.confidence)).toEqual([0.9])
    expect(messages('Sorry, your payment to the gym failed this morning.').map((message) => message.confidence)).toEqual([0.8])
    expect(messages('Card reader offline').map((message) => message.confidence)).toEqual([0.8])
  })
})

describe(`${ruleId}: failures said indirectly`, () => {
  flagsEach(ruleId, [
    ['The tour you booked no longer exists.', 'no longer exists', 21],
    ['Sorry, the booking site’s down.', 'site’s down', 20],
    ['Spin class full.', 'class full', 6],
    ['This loyalty pass won’t work here.', 'won’t work here', 19],
    ['We searched for your order and nothing came back.', 'nothing came back', 32],
    ['The board considers the case closed.', 'considers the case closed', 11],
    ['This gift code has already been redeemed.', 'has already been redeemed', 16],
    ['Hmm, no luck with that one.', 'no luck', 6],
    ['Sorry, that table’s gone.', 'table’s gone', 13],
    ['Your engraving can’t be amended.', 'can’t be amended', 16],
    ['Parcel counter closed.', 'counter closed', 8],
    ['We don’t repair this model.', 'We don’t repair', 1],
    ['Your village is outside our delivery area.', 'outside our delivery area', 17],
    ['Something broke while we saved your basket.', 'Something broke', 1],
    ['Store credit can’t be used at this branch.', 'can’t be used at', 14],
    ['Trade-in not eligible.', 'not eligible', 10],
    ['We couldn’t reach the payment service.', 'couldn’t reach', 4],
    ['ERR_BASKET_TIMEOUT_0x2A', 'ERR_BASKET_TIMEOUT_0x2A', 1]
  ])

  passesEach(ruleId, [
    'Book now before it’s gone.',
    'Your payment has gone through.',
    'Your address is updated. No further action needed.',
    'We couldn’t be happier with how the launch went.',
    'Orders can’t be amended once they have shipped.',
    'This error usually means the clock on your device is wrong.',
    'Our team is fixing the failed transfers from this morning.',
    'Payment status: ERR_SETTLEMENT_HOLD (pending review)',
    'The returns counter is closed until 2pm. You can return items at any till.'
  ])
})

describe(`${ruleId}: what is not a way forward`, () => {
  flagsEach(ruleId, [
    ['Your refund was declined. Please do not contact us about this.', 'declined', 17],
    ['Your refund was declined and we will not discuss it further.', 'declined', 17],
    ['Your payment was declined. Please take your receipt.', 'declined', 18],
    ['Top-up declined. Remove your card.', 'declined', 8],
    ['Your passcode is wrong. Please be more careful next time.', 'passcode is wrong', 6],
    ['Your upload failed. You must have picked the wrong file.', 'failed', 13],
    ['Sadly your Click & Collect parcel was cancelled.', 'Sadly your Click & Collect parcel was cancelled', 1],
    ['Sync error in the stock/reset job', 'error', 6],
    ['Order number 12 failed.', 'failed', 17],
    ['We’ve reviewed your claim and it has been rejected.', 'rejected', 43],
    ['Your table booking is off. This inbox does not accept replies.', 'does not accept replies', 39]
  ])

  passesEach(ruleId, [
    'Your link has expired. We’ve emailed you a fresh one.',
    'Your scan failed. Hold the page flat and scan it again next time you visit.',
    'That code didn’t work. Press 1 to hear it again.',
    'Those shoes aren’t covered by the offer. Want us to hold them at full price?',
    'Chat disconnected. Start a new one from the menu.',
    'Pharmacy desk closed 14:00–14:45.',
    'The café is closed today and reopens on Monday.',
    'Invalid password: minimum length 12.'
  ])
})

describe(`${ruleId}: failures told flatly, casually or beside blame`, () => {
  flagsEach(ruleId, [
    ['Scan unsuccessful.', 'unsuccessful', 6],
    ['Next-day delivery isn’t available in your area.', 'isn’t available', 19],
    ['Sadly the Friday quiz is sold out.', 'is sold out', 23],
    ['Sorry, the chat ended.', 'chat ended', 12],
    ['Your grant request wasn’t approved.', 'wasn’t approved', 20],
    ['Your Sunday fitting can’t go ahead.', 'can’t go ahead', 21],
    ['Sorry, can’t do that on a gift card.', 'can’t do that', 8],
    ['You typed the wrong loyalty number.', 'You typed the wrong', 1],
    ['Sorry, your pass has been given away.', 'given away', 27],
    ['Hmm, that app isn’t one we support.', 'isn’t one we support', 15],
    ['The 6pm ferry has been cancelled.', 'ferry has been cancelled', 9],
    ['PAYOUT_SYNC_FAILED_3', 'PAYOUT_SYNC_FAILED_3', 1],
    ['Checkout stopped: BasketLockTimeoutException', 'BasketLockTimeoutException', 19],
    ['at Cart.total(Cart.java:88)', 'at Cart.total(Cart.java:88)', 1],
    ['The sale has been voided.', 'has been voided', 10],
    ['Your table was released at 8pm.', 'table was released', 6],
    ['We no longer offer home visits.', 'no longer offer', 4],
    ['This line is not taking calls.', 'not taking calls', 14],
    ['No account found under that phone number.', 'No account found under', 1],
    ['Attachment too big.', 'Attachment too big', 1],
    ['Invalid water reading.', 'Invalid water reading', 1],
    ['Sorry, we can’t seem to find that parcel.', 'can’t seem to find', 11]
  ])

  it('reads a full stop glued to the word before a lower-case one (“that failed. oh well”)', () => {
    expect(flagged('the refund didn’t go through. sorry about that.', ruleId)).toHaveLength(1)
    expect(flagged('the refund didn’t go through. sorry, try again tomorrow.', ruleId)).toEqual([])
  })

  passesEach(ruleId, [
    'You can’t edit your username once it is set.',
    'Great news: the spring fair sold out by lunchtime!',
    'Your adviser has left the chat.',
    'No refunds on earrings.',
    'That passcode didn’t work. 3 more tries.',
    'The garage is fully booked this week. Would next Tuesday suit you?',
    'Those boots are sold out in store. I can order a pair to your home.',
    'Your Sunday lesson is cancelled and your fee has been refunded.',
    'Transfer: PENDING_BANK_TIMEOUT',
    'Upload your photo as a JPEG.',
    'We’re fully booked on the 3rd. Would the 4th at noon work for you?',
    'That passcode has expired. I can put a new one through for you now.',
    'Your label didn’t print. Labels can be reprinted at the counter.',
    'Your scans came out too blurry. Could you retake them somewhere brighter?',
    'Your call has ended.',
    'No records found',
    'Your code didn’t match the pattern we expect: six digits.',
    'You sent the wrong image type — only JPEG is supported.',
    // Other times offered as a long question; a service not there yet but coming.
    'Sorry, the hall is taken on Friday. Would Sunday at 6 or Saturday at 8:15 PM work for you?',
    'Same-day delivery isn’t available in your postcode yet.',
    'Online ordering is not yet available here.'
  ])

  it('still reports a service turned away where the customer lives', () => {
    expect(flagged('Sorry, that service is not available in your area.', ruleId)).toEqual(['is not available'])
  })
})

describe(`${ruleId}: held, taken, closed, decided against, no date, and a guess after a dash`, () => {
  flagsEach(ruleId, [
    ['Sorry, the bike hire desk is closed.', 'Sorry, the bike hire desk is closed', 1],
    ['The print shop is shut until further notice.', 'shut until further notice', 19],
    ['This café has stopped taking bookings.', 'stopped taking bookings', 15],
    ['Our support chat is closed.', 'chat is closed', 13],
    ['The 4pm tour has just sold out.', 'has just sold out', 14],
    ['Oh dear, that one’s sold out.', 'one’s sold out', 15],
    ['Sorry, that username’s already taken.', 'username’s already taken', 13],
    ['Sorry, we’ve run out of the small jars.', 'we’ve run out of', 8],
    ['Your pension transfer is on hold.', 'is on hold', 23],
    ['Sorry, your cashback is stuck.', 'is stuck', 22],
    ['Your order has been held up at the warehouse.', 'has been held up', 12],
    ['We’ve had to suspend your card.', 'We’ve had to suspend', 1],
    ['After reviewing your proposal, we have decided not to go ahead.', 'decided not to', 40],
    ['The landlord has decided to go with a different tenant.', 'decided to go with a different', 18],
    ['Sorry, we don’t have a new date for your survey.', 'don’t have a new date', 11],
    ['We can’t give you a timeline for the refund.', 'can’t give you a timeline', 4],
    ['We couldn’t confirm a driver for your move.', 'couldn’t confirm', 4],
    ['We can’t price this ring online.', 'We can’t price', 1],
    ['That’s a no from us, sorry.', 'a no from us', 8],
    ['Can’t do evenings, I’m afraid.', 'Can’t do evenings', 1],
    ['Unfortunately, gift cards can’t be split across orders.', 'Unfortunately, gift cards can’t', 1],
    ['We will not be renewing your contract.', 'will not be renewing', 4],
    ['This isn’t something we’re able to help with.', 'isn’t something we’re able', 6],
    ['We don’t work on electric scooters.', 'We don’t work on', 1],
    ['Contactless isn’t supported on this till.', 'isn’t supported', 13],
    ['The pool won’t be available on Sunday.', 'won’t be available', 10],
    ['Ticket not scanned.', 'Ticket not scanned', 1],
    ['That address isn’t deliverable.', 'isn’t deliverable', 14],
    ['Location not covered.', 'Location not covered', 1],
    ['Your timeslot can’t be moved.', 'can’t be moved', 15],
    ['Your deleted notes cannot be recovered.', 'cannot be recovered', 20],
    ['Account not verified. The switch cannot proceed.', 'cannot proceed', 34],
    ['We have no record of that booking.', 'no record of', 9],
    ['Sorry, we don’t have you down for today.', 'don’t have you down', 11],
    ['Hmm, that’s not the number on file.', 'not the number on file', 13],
    ['Thanks! Unfortunately your details don’t match our records.', 'details don’t match', 28],
    ['Sorry, your checkout session ended.', 'session ended', 22],
    ['No tables.', 'No tables', 1],
    // A guess after a dash does not make the failure a question.
    ['Code not accepted — did you copy all of it?', 'not accepted', 6],
    ['We can’t find that parcel - are you sure it was sent to us?', 'can’t find', 4]
  ])

  it('still reports the failure when the way forward is taken away', () => {
    expect(flagged('Your refund failed. We’ve looked into it.', ruleId)).toEqual(['failed'])
    expect(flagged('Your held seats were released.', ruleId)).toEqual(['seats were released'])
    expect(flagged('No slots left today.', ruleId)).toEqual(['No slots left'])
    expect(flagged('Transfer failed.', ruleId)).toEqual(['failed'])
  })

  passesEach(ruleId, [
    'Sorry, the bike hire desk is closed. It reopens at 9am tomorrow.',
    'Your pension transfer is on hold until we get your signed form. We’ll e-mail you the moment it moves.',
    'We’ve had to suspend your card, so we’ve sent a new one by first-class post.',
    'Sorry, we don’t have a new date for your survey yet. We’ll text you as soon as we do.',
    'The 4pm tour has just sold out, but there are places on the 5pm one. Shall we book two?',
    'We can’t price this ring online. Bring it to any branch and we’ll value it for you.',
    'No appointment needed: just walk in.',
    'No bookings scheduled yet',
    'Why isn’t contactless supported here?',
    'Can’t find your parcel? Are you sure it was sent to us?',
    // Ways forward: “maybe” before an order, similar ones offered, a double-check, someone who
    // can put it right, an offer as a condition, a promise without its subject, when it is back,
    // when new ones come, and what is still there.
    'Card declined. Maybe try another card?',
    'That room isn’t available on those nights. Here are some similar rooms close by.',
    'Transfer failed. Double-check the account number.',
    'Your loyalty card isn’t recognised. Reception can sort it for you.',
    'Your held seats were released. They’re in your basket if you’d like to book again.',
    'Your refund failed. We’ve looked into it and will email you by Monday.',
    'Desk closed – back shortly.',
    'No slots left today. New slots are released every morning at 10.',
    'Sorry, the large frame is unavailable. The medium is still available in black.'
  ])
})
