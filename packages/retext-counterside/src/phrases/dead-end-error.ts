import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'
import {blameClasses} from './customer-blame.js'

export const failureClasses: WordClasses = {
  ...blameClasses,
  // What the customer typed or handed over, and the tickets and codes they hold.
  input: [
    ...blameClasses['input']!, 'ticket', 'pass', 'postcode', 'iban', 'vin', 'passport', 'promo',
    // Named in a short verdict (“Invalid gas reading.”, “Wrong booking reference.”).
    'reference', 'reading', 'bid', 'amount', 'registration', 'licence', 'license', 'mpan', 'mprn', 'username'
  ],
  // Things that go through, print or load: a process, not a person's choice.
  // What a system does to a request: “cannot be processed” reports a
  // failure, while “cannot be undone” or “cannot be negative” states a rule.
  processed: [
    'processed', 'completed', 'handled', 'found', 'loaded', 'saved', 'sent', 'added', 'applied', 'printed', 'verified', 'validated',
    'charged', 'delivered', 'reached', 'accepted', 'shown', 'displayed', 'connected', 'refunded', 'issued', 'activated', 'renewed', 'read',
    // Not “returned” or “exchanged”: “can’t be returned” states a sale’s terms.
    'redeemed', 'booked', 'confirmed', 'reopened', 'shipped', 'placed', 'generated', 'cleaned'
  ],
  // What the customer holds with the seller, and the states that shut them out of it.
  held: ['account', 'card', 'profile', 'membership', 'subscription', 'access', 'login', 'wallet', 'sim', 'number'],
  shut: ['suspended', 'blocked', 'locked', 'banned', 'deactivated', 'disabled', 'frozen', 'terminated', 'restricted'],
  // What the customer asked the seller to do for them: refusing one of these flatly is a “no”.
  grant: [
    'offer', 'refund', 'reverse', 'switch', 'take', 'fit', 'honour', 'honor', 'waive', 'extend', 'exchange', 'replace', 'reinstate',
    'undo', 'reopen', 'make', 'accept', 'credit', 'cancel', 'book', 'transfer', 'move', 'fix', 'repair'
  ],
  process: [
    'go', 'print', 'apply', 'work', 'load', 'save', 'send', 'sync', 'update', 'process', 'complete', 'connect', 'upload', 'download',
    'register', 'scan', 'read', 'charge', 'submit', 'validate', 'verify', 'open', 'start', 'finish', 'activate', 'transfer', 'post', 'arrive',
    'add', 'reach', 'respond', 'deliver'
  ]
}

/**
 * Reports of failure, one entry per kind of failure. Refusals (“I can't waive
 * that fee”) and cancellations the customer asked for are not here. The first
 * entry also speaks for a leaked error code (“Error 4012”).
 */
export const failures: readonly PhraseEntry[] = [
  {
    phrases: [
      'error',
      'errors',
      'unexpected error|problem|issue',
      'unexpectedly',
      'went wrong',
      'gone wrong'
    ],
    // “Error 4012”, “An error occurred” and “Your form has errors” share these
    // words but not one rewrite: what comes next depends on the error.
    advice: 'Say in plain words what went wrong and the one thing the customer can do next: try again, fix a field, or reach a person.',
    note: 'the customer is told something broke and is left to guess whether to wait, retry or give up',
    confidence: 0.8,
    examples: ['An unexpected error occurred.', 'Oops, something went wrong with your booking.'],
    counterExamples: ['Something went wrong on our side. Please try again in a minute.']
  },
  {
    phrases: [
      'failed',
      'failure',
      'unsuccessful',
      // “Your application has not been successful”: the polite way of saying it failed.
      'not been successful',
      'hasn’t|haven’t been successful',
      'wasn’t|weren’t successful',
      'was|were not successful'
    ],
    expected: ['That didn’t work. Try again, or contact us if it keeps happening.'],
    note: 'the customer hears that it failed, but not whether to try again or what else to do',
    confidence: 0.8,
    examples: ['Your top-up failed.', 'The upload was unsuccessful.', 'Your request has not been successful.', 'Sorry, the transfer wasn’t successful.'],
    counterExamples: ['Your top-up failed, so nothing was charged. Try again from the app.']
  },
  {
    phrases: [
      'declined',
      'rejected',
      'refused',
      'denied',
      'was|were not authorised|authorized',
      'wasn’t|weren’t authorised|authorized'
    ],
    advice: 'Say what was refused, whether anything was charged, and what the customer can use or do instead.',
    note: 'the customer hears “no” with no idea why or what else would work',
    confidence: 0.8,
    examples: ['Your payment was declined.', 'Sorry, your application was rejected.'],
    counterExamples: ['Your card was declined. No money has been taken; please use another card.']
  },
  {
    phrases: [
      'timed out',
      'disconnected',
      'unable to connect',
      'not responding',
      'connection error',
      'connection lost',
      'lost connection',
      'bad gateway'
    ],
    expected: ['We lost the connection. Check that you’re online, then try again.'],
    note: 'the customer is cut off mid-task and doesn’t know if what they did went through',
    confidence: 0.8,
    examples: ['The request timed out.', 'Connection lost.'],
    counterExamples: ['Connection lost. Check your Wi-Fi, then tap Retry.']
  },
  {
    phrases: [
      'unavailable',
      'not available',
      'isn’t|aren’t|wasn’t|weren’t available',
      'is|are not available',
      'won’t be available',
      'will not be available'
    ],
    expected: ['This isn’t available right now. Choose another option, or we can tell you when it’s back.'],
    note: 'the customer hits a wall with no hint of when it will be back or what to choose instead',
    confidence: 0.8,
    examples: ['This service is currently unavailable.', 'Sorry, the video call feature is not available.', 'The sauna won’t be available this weekend.'],
    counterExamples: ['This size is unavailable right now. Choose another size, or we’ll e-mail you when it’s back.']
  },
  {
    phrases: [
      'unable to',
      'not able to',
      'weren’t|wasn’t able to',
      'were|was not able to',
      'not something we|i can|could|offer|do|provide|sell|support',
      'no longer something we|i can|could'
    ],
    advice: 'Say what the customer can do instead, or who can help them with it.',
    note: 'the customer hears what can’t be done and nothing about what can',
    confidence: 0.8,
    examples: ['We were unable to update your address.', 'Changing the date is not something we can do.'],
    counterExamples: ['We were unable to update your address, so please call us on 0800 123 456.']
  },
  {
    phrases: [
      'didn’t|couldn’t @process',
      'did|could not @process',
      'didn’t go through',
      'did not go through',
      'cannot|can’t be @processed',
      'can not be @processed',
      'can’t|cannot process|complete|accept|verify|confirm|issue|release|approve your',
      // Said casually: “we can’t seem to find it”, “that didn’t quite work”.
      'can’t|cannot|couldn’t seem to find|locate|load|open|connect|confirm',
      'didn’t quite work|go',
      'did not quite work|go',
      'didn’t|did not make it through',
      // “couldn’t match your payment”; not “didn’t match the pattern”, a validation rule named.
      'couldn’t|can’t|cannot match your|this|that',
      'could not match your|this|that',
      'not accepted|processed|completed|received|recognised|recognized|approved|confirmed'
    ],
    expected: ['That didn’t go through. Please try again in a moment.'],
    note: 'the customer learns their request stopped halfway and not whether to try again',
    confidence: 0.8,
    examples: ['Your transfer did not go through.', 'Sorry, the order could not complete.'],
    counterExamples: ['Your transfer didn’t go through. Please try again in a moment.']
  },
  {
    phrases: [
      'couldn’t be *',
      'could not be *',
      'can|could no longer be *',
      'was|were not accepted|processed|completed|received|found'
    ],
    advice: 'Say what happens now (a new attempt, a new date, a refund) and what the customer can do.',
    note: 'the customer is told it couldn’t be done and left to work out what happens now',
    confidence: 0.8,
    examples: ['Sorry, your parcel could not be delivered today.', 'Your subscription couldn’t be renewed.'],
    counterExamples: ['Your parcel couldn’t be delivered today, so we’ll try again tomorrow morning.']
  },
  {
    phrases: [
      'not placed|sent|saved|delivered|applied|charged|issued|recorded|released|renewed|refunded|added|posted|printed',
      'has|have|was|were been? voided',
      'transaction|payment|sale|ticket|booking =void',
      'bounced'
    ],
    advice: 'Say whether anything was kept or charged, and how to send or save it again.',
    note: 'the customer wonders whether their work or their money is lost',
    confidence: 0.8,
    examples: ['Message not sent.', 'Your e-mail to the seller bounced.'],
    counterExamples: ['Message not sent. Tap it to send it again.']
  },
  {
    phrases: [
      'not found',
      'can’t|cannot|couldn’t find',
      'can|could not find'
    ],
    expected: ['We couldn’t find that. Check the spelling, or search again.'],
    note: 'the customer can’t tell whether it is gone or was never there, nor where to look',
    confidence: 0.8,
    examples: ['Page not found.', 'We cannot find your booking.', 'Sorry, we couldn’t find a table for six at 8pm.'],
    counterExamples: ['Booking not found? Check the reference on your confirmation e-mail.']
  },
  {
    phrases: [
      'not supported',
      'unsupported',
      'isn’t|aren’t|wasn’t|weren’t supported'
    ],
    advice: 'Say what works instead (another file type, browser, card or device).',
    note: 'the customer is told their choice won’t do, with no word on what would',
    confidence: 0.8,
    examples: ['This file type is not supported.', 'Unsupported browser.', 'Sorry, contactless isn’t supported here.'],
    counterExamples: ['This file type is not supported. Upload a PDF or a photo instead.']
  },
  {
    phrases: [
      'unreadable',
      'isn’t|wasn’t|aren’t|weren’t recognised|recognized|accepted',
      '@faulty ...1 @input ...1 @entered',
      // The short status a reader gives: “Ticket not scanned.”
      'card|ticket|pass|barcode|chip|tag not read|scanned|detected'
    ],
    advice: 'Say what to check (how it should look) and what to try next.',
    note: 'the customer is told what they handed over won’t do, with no idea how to make it work',
    confidence: 0.8,
    examples: ['Your barcode is unreadable.', 'Sorry, your card isn’t accepted here.', 'Boarding pass not scanned.'],
    counterExamples: ['Your barcode is unreadable. Turn up the screen brightness and scan it again.']
  },
  {
    // What the customer typed, turned away with nothing on how to get it
    // right: blame (customer-blame) and a dead end at once.
    phrases: [
      // One word may name what it belongs to: “Invalid gas reading.”
      '@faulty ...1 @input',
      '@input @faulty',
      'not a valid @input',
      'isn’t|wasn’t a valid @input',
      '@input ...2 is|was|are|were @faulty'
    ],
    advice: 'Say what a right one looks like (its length, its format, where to find it) and that the customer can try again.',
    note: 'the customer is told what they typed is wrong, and nothing about how to get it right',
    confidence: 0.8,
    examples: ['Invalid PIN.', 'That is not a valid card number.', 'The code you typed is wrong.'],
    counterExamples: [
      'Wrong PIN. You have 2 tries left.',
      'Invalid password: it must have at least 8 characters.',
      'Wrong code? Check the one in your e-mail.'
    ]
  },
  {
    phrases: [
      'voucher|coupon|code|card|ticket|pass|offer|promo is|are not valid',
      'voucher|coupon|code|card|ticket|pass|offer|promo isn’t|aren’t valid',
      // What the customer typed, said not to be valid: “Your postcode is not valid.”
      '@input ...2 is|was|are|were not valid'
    ],
    advice: 'Say why it can’t be used (expired, not valid yet, not for this item) and what the customer can do instead.',
    note: 'the customer is stopped at the door and not told why the code won’t work or what to do',
    confidence: 0.8,
    examples: ['This voucher is not valid.', 'Sorry, your promo isn’t valid.', 'The postcode you gave is not valid.'],
    counterExamples: ['This voucher is not valid yet. You can use it from 1 May.']
  },
  {
    // Gone for good: what the customer chose or holds has run out.
    phrases: [
      'has|have expired',
      'is|are no longer available|valid|active',
      'isn’t|aren’t valid|available any longer',
      // “Session expired.”: the short form, after the thing that ran out.
      'code|link|session|card|voucher|coupon|token|ticket|pass|password|invitation|invite|quote|offer =expired',
      // Run out the same way: “Your checkout session ended.”, “This offer has ended.”
      'session|offer|deal|sale|promotion has|have ended',
      'session|offer|deal|sale|promotion =ended'
    ],
    advice: 'Say what the customer can do now: choose another, ask for a new one, or who can help.',
    note: 'the customer hears that what they came for is gone, with nothing offered in its place',
    confidence: 0.8,
    examples: ['The time you picked is no longer available.', 'Your reset link has expired.', 'Session expired.', 'Your booking session has ended.'],
    counterExamples: [
      'Your reset link has expired. We’ve sent you a new one.',
      'This coupon has expired, but here’s a new one for next time.',
      'Session expired. Sign in again to pick up where you left off.',
      'Expired vouchers are removed from your wallet after 30 days.',
      'That time is no longer available. Pick another one below.'
    ]
  },
  {
    // A refusal by rule, about the customer's own thing (“your device”, “this order”).
    phrases: [
      'is|are not eligible',
      'isn’t|aren’t eligible',
      // The short form: “Not eligible.”, “you’re just not eligible”.
      'not eligible'
    ],
    advice: 'Say why it doesn’t qualify and what the customer can do instead, or who can tell them more.',
    note: 'the customer is turned away by a rule they cannot see, with nowhere to go next',
    confidence: 0.8,
    examples: ['Your phone is not eligible for an upgrade.', 'Sorry, this order isn’t eligible.', 'Trade-in not eligible.'],
    counterExamples: ['Your phone isn’t eligible for an upgrade yet. You can upgrade from 3 March, or ask us about other plans.']
  },
  {
    // A state imposed on the customer's own thing, with no word on why or how to undo it.
    phrases: [
      'your ...1 @held has|have|was|were|is|are been? @shut',
      'account|card|access|login|pass|ticket|borrowing|membership|sim|wallet @shut',
      'you have|’ve|are|were been? banned|blocked|suspended',
      'you’re banned|blocked|suspended',
      // Closed on the customer, with no one left to answer.
      'your ...1 complaint|case|ticket|claim|request|appeal|dispute|enquiry|inquiry|query has|have|was|is been? closed'
    ],
    advice: 'Say why it happened, whether it can be undone, and how: what to do, or who to contact.',
    note: 'the customer is shut out of their own account or card and not told why, for how long, or how to get back in',
    confidence: 0.8,
    examples: ['Your account has been suspended.', 'Card blocked.', 'You have been banned from posting reviews.', 'Your appeal has been closed.'],
    counterExamples: [
      'Your card is blocked for online payments until you turn them on in the app.',
      'Your account has been locked for your safety. Reset your password to unlock it.',
      'Blocked numbers can’t call or text you.'
    ]
  },
  {
    // A refusal that offers nothing in its place (a refusal with an alternative is not a dead end).
    phrases: [
      'can’t|cannot help with|you',
      'not able to help',
      'nothing ...1 i|we can do',
      'nothing ...1 i|we could do',
      'can’t|cannot accommodate',
      'won’t be issuing|offering|giving|refunding|replacing|discussing|changing',
      'will not be issuing|offering|giving|refunding|replacing|discussing|changing',
      // Not carried on with: “We won’t be renewing your lease.”, “we won’t be looking at this”.
      'won’t be renewing|looking|accepting|continuing|progressing|pursuing|reviewing',
      'will not be renewing|looking|accepting|continuing|progressing|pursuing|reviewing',
      'decision is final'
    ],
    advice: 'Say what the customer can do instead, or who can look at it again; a “no” with nothing after it ends the conversation.',
    note: 'the customer is refused with nowhere left to go: no alternative, no appeal, no one to ask',
    confidence: 0.8,
    examples: [
      'Sorry, there’s nothing more we can do.',
      'We won’t be issuing a refund for this order.',
      'This decision is final.',
      'We will not be renewing your allotment lease.'
    ],
    counterExamples: [
      'I can’t help with that here, but our billing team can: call 0800 123 456.',
      'We won’t be offering refunds on sale items, but you can exchange them within 30 days.',
      'Nothing to do: your refund is on its way.'
    ]
  },
  {
    phrases: [
      'terminal|reader|till|register|system|machine offline',
      'service|system|server|site|network|app|terminal|reader|website is|are down',
      'printer|reader|terminal|system|device|machine|card fault'
    ],
    advice: 'Say how the customer can still be served (another till, another way to pay) or when it will be back.',
    note: 'the customer learns the equipment is broken and not whether they can still be served',
    confidence: 0.8,
    examples: ['Card reader offline.', 'Sorry, our booking system is down.'],
    counterExamples: ['Card reader offline. Pay at the next till, or with cash here.']
  },
  {
    // Impossible, said as a fact with nothing after it.
    phrases: [
      'not possible',
      'isn’t|wasn’t|aren’t possible'
    ],
    advice: 'Say what is possible instead (another date, another item, another way), or who can look at it.',
    note: 'the customer is told it can’t be done, with no word on what can',
    confidence: 0.8,
    examples: ['Exchange not possible.', 'Collection isn’t possible at this time.'],
    counterExamples: [
      'Collection isn’t possible today, but you can pick your parcel up from our Leeds shop tomorrow.',
      'If a refund is not possible, we will offer a voucher.'
    ]
  },
  {
    // A “no” to what the customer asked, said flatly: nothing offered in its place.
    phrases: [
      // With or without a subject: “Sorry, can’t do that here.”
      'can’t|cannot do that|this',
      // A day or a time refused with none offered: “Can’t do Fridays, sorry.”
      'can’t|cannot do mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays',
      'can’t|cannot do weekends|evenings|mornings|today|tomorrow|tonight',
      'we|i can’t|cannot @grant',
      'we|i won’t be able to @grant',
      'we|i will not be able to @grant',
      'we|i don’t do that|this|refunds|exchanges|returns',
      'don’t|do not really do',
      'that’s all ...3 we|i can do|have|give|offer',
      'system|computer|machine|till|it|app|screen just? says no',
      // “That’s a no from us on the refund, sorry.”
      'a no from us|me',
      // A refusal told as bad news: “Unfortunately, weekend slots can’t be changed online.”
      'unfortunately|sadly ...6 can’t|cannot|couldn’t|won’t',
      'afraid ...4 can’t|cannot|couldn’t|won’t',
      'we|i can’t|cannot look at|into',
      'system|computer|machine|till won’t let me|us',
      'out of our|my hands',
      'not going to happen',
      'not this time'
    ],
    advice: 'Say what the customer can have instead, or who can look at it again; a flat “no” ends the conversation.',
    note: 'the customer asked for something and hears a flat “no”, with nothing they can do about it',
    confidence: 0.8,
    examples: [
      'Sorry, we can’t do that.',
      'We can’t reverse this charge.',
      'We won’t be able to take your booking.',
      'I’m afraid the system won’t let me.',
      'We don’t do refunds.',
      'Can’t do Sundays, I’m afraid.',
      'It’s a no from us on the upgrade.',
      'Unfortunately, weekend slots can’t be changed online.'
    ],
    counterExamples: [
      'We can’t reverse this charge ourselves, but your bank can: call the number on your card.',
      'We can’t fit you in today. Would tomorrow at 10 suit you? Reply YES to book it.',
      'I can’t do that here, so let me pass you to our billing team.'
    ]
  },
  {
    // The service doesn't reach the customer, and nothing says what does.
    phrases: [
      'we|i can’t|cannot|don’t deliver|ship|post to',
      'doesn’t|don’t deliver|ship|post to',
      'does|do not deliver|ship|post to',
      'we|i can’t|cannot collect from',
      'we|i don’t supply|serve|cover your|this',
      'we|i do not supply|serve|cover your|this',
      'not|isn’t deliverable|serviceable',
      'postcode|area|address|region|location not covered'
    ],
    advice: 'Say what the customer can do instead: another address, a pickup point, or a shop nearby.',
    note: 'the customer learns they are outside the seller’s reach and not how else to get it',
    confidence: 0.8,
    examples: [
      'We can’t deliver to this address.',
      'Sorry, this shop doesn’t ship to Ireland.',
      'Sorry, that address isn’t deliverable.',
      'Region not covered.'
    ],
    counterExamples: ['We don’t deliver to PO boxes, but you can collect from any of our lockers.']
  },
  {
    // Nothing left to offer: no stock, no slot, no one free.
    phrases: [
      'none ...1 available',
      'none ...1 left',
      'no more ...1 slots|appointments|tables|rooms|seats|places|tickets|drivers|spaces|dates',
      'no ...1 slots|appointments|tables|rooms|seats|places|drivers|spaces|cars|vans|bikes|engineers|technicians|cleaners available|left|free',
      'no delivery|collection|click-and-collect slots|dates|times',
      'no further information|help|details'
    ],
    advice: 'Say when more will be free, or what the customer can choose instead.',
    note: 'the customer is told there is nothing for them, and not when there will be or what else to pick',
    confidence: 0.8,
    examples: ['No drivers available.', 'Sorry, there are no more tables tonight.', 'None are available right now.', 'No delivery slots.'],
    counterExamples: ['No tables left at 8pm. Pick another time below.', 'No seats left on this train, so we’ve held you one on the next.']
  },
  {
    // Taken away from the customer, told as bad news (so not at their request), with no why and no way back.
    // A bare “Your subscription has been cancelled.” confirms what the customer asked for.
    phrases: [
      'unfortunately|sadly|sorry|afraid ...6 cancelled|canceled|withdrawn|terminated',
      // News the seller breaks (“just letting you know … has been cancelled”), not a confirmation of a request.
      'let you know ...8 cancelled|canceled|withdrawn|terminated'
    ],
    advice: 'Say why it was taken away, whether anything was charged or refunded, and how to put it right or who to ask.',
    note: 'the customer finds something of theirs gone, with no reason and no way to get it back',
    confidence: 0.8,
    examples: ['Unfortunately your booking has been cancelled.', 'Sadly, your order was cancelled.'],
    counterExamples: [
      'Your booking has been cancelled.',
      'Sorry, your class was cancelled; we’ve moved you to Thursday at 6pm at no extra cost.'
    ]
  },
  {
    // A ceiling hit, with no word on when it lifts or how to go past it.
    phrases: [
      // The short status form only: “You have reached the limit of your plan” reads as help text in admin copy.
      'limit|maximum|quota|allowance reached|exceeded',
      'count exceeded'
    ],
    advice: 'Say when the limit resets, or what the customer can do to go past it, or who can raise it.',
    note: 'the customer hits a ceiling and doesn’t know when it lifts or how to get past it',
    confidence: 0.8,
    examples: ['Exchange limit reached.', 'Sorry, your data allowance exceeded.'],
    counterExamples: ['Exchange limit reached. You can exchange again from 1 June.', 'Card limit reached. Remove a saved card to add another.']
  },
  {
    // Not covered: a claim turned down by the terms, with nothing after it.
    phrases: [
      'is|are not covered',
      'isn’t|aren’t covered',
      'wasn’t|weren’t covered',
      'was|were not covered'
    ],
    advice: 'Say what is covered, what the customer can do instead (a paid repair, another plan), or who can review it.',
    note: 'the customer is turned down by the small print, with nowhere to go next',
    confidence: 0.8,
    examples: ['Sorry, accidental damage isn’t covered.', 'This repair is not covered by your warranty.'],
    counterExamples: ['This repair isn’t covered by your warranty, but we can fix it for £45. Reply YES to book it.']
  },
  {
    // The way to reach a person, closed: nobody reads it, nobody understands.
    // (An agent leaving the chat is stepping-away: the queue may still answer.)
    phrases: [
      'is not monitored',
      'not taking|accepting calls|bookings|orders|enquiries|messages',
      'stopped taking|accepting calls|bookings|orders|enquiries|messages|payments|applications',
      'isn’t monitored',
      'does|do not accept replies',
      'doesn’t|don’t accept replies',
      'no further correspondence',
      'i didn’t|don’t understand|get that',
      'i did|do not understand that'
    ],
    advice: 'Give the customer a way to reach a person: a number, a chat, an address that someone reads.',
    note: 'the customer has no one left to ask: the channel is closed or the person on it has gone',
    confidence: 0.8,
    examples: [
      'This mailbox is not monitored.',
      'No further correspondence will be entered into.',
      'Sorry, I didn’t get that.',
      'This bakery has stopped taking orders.'
    ],
    counterExamples: [
      'This mailbox isn’t monitored. To reach us, use the chat at example.com/help.',
      'Sorry, I didn’t get that. Try asking in a few words, or type “agent” to reach a person.'
    ]
  },
  {
    phrases: [
      'can’t|cannot show|load|display|open your'
    ],
    expected: ['That didn’t load. Please try again in a moment.'],
    note: 'the customer is shown nothing where their information should be',
    confidence: 0.8,
    examples: ['We can’t load your statements.', 'Sorry, we cannot display your basket.'],
    counterExamples: ['We can’t load your statements right now. Please try again in a moment.']
  },
  {
    // Gone for good, said plainly: the page, the offer, the thing the customer came for.
    phrases: [
      'no longer exists|exist|running',
      'no longer accept|offer|take|support|serve|operate|operating|stock|sell',
      'no longer in service',
      'doesn’t|don’t exist anymore',
      'does|do not exist anymore',
      'isn’t|aren’t here anymore',
      'isn’t|aren’t here any more'
    ],
    advice: 'Say what the customer can do now: where to look instead, what replaced it, or who can help.',
    note: 'the customer hears that what they came for is gone, with nothing offered in its place',
    confidence: 0.8,
    examples: ['That event page no longer exists.', 'Sorry, the deal you clicked isn’t here any more.'],
    counterExamples: ['That event page no longer exists. See what’s on this month at example.com/events.']
  },
  {
    // The seller's own system broken, said as news with nothing after it.
    phrases: [
      'system|site|website|app|server|portal|store|shop|network|machine|reader|checkout down',
      'system|site|website|app|server|portal|till|checkout is|are broken'
    ],
    advice: 'Say how the customer can still be served, or when it will be back.',
    note: 'the customer learns the seller’s system is broken and not whether they can still be served',
    confidence: 0.8,
    examples: ['Sorry, the booking site’s down.', 'Our checkout is broken.'],
    counterExamples: ['Sorry, the booking site’s down. Your basket is saved; try again in ten minutes.']
  },
  {
    // Nothing left: the place is full, the stock gone, every slot taken.
    phrases: [
      'class|course|session|clinic|workshop is|are full',
      'class|course|session|clinic|workshop full'
    ],
    advice: 'Say when more will be free, or what the customer can choose instead.',
    note: 'the customer is told there is nothing for them, and not when there will be or what else to pick',
    confidence: 0.8,
    examples: ['Sorry, the pottery course is full.', 'Yoga class full.'],
    counterExamples: ['This class is full. Join the waiting list and we’ll text you if a place opens.']
  },
  {
    // What the customer brought won't do here, with no word on what would.
    phrases: [
      'won’t|doesn’t work here',
      'will|does not work here'
    ],
    advice: 'Say what works instead (another card, code or way to pay), or who can help.',
    note: 'the customer is told their choice won’t do, with no word on what would',
    confidence: 0.8,
    examples: ['This loyalty pass won’t work here.', 'Sorry, our app does not work here.'],
    counterExamples: ['This loyalty pass won’t work here, but you can use it on our website.']
  },
  {
    // Nothing came back: a search or a lookup that returned nothing.
    phrases: [
      'nothing came|come back',
      'didn’t bring|return anything',
      'did not bring|return anything'
    ],
    expected: ['We couldn’t find that. Check the spelling, or search again.'],
    note: 'the customer can’t tell whether it is gone or was never there, nor where to look',
    confidence: 0.8,
    examples: ['We looked up your postcode and nothing came back.', 'Your search didn’t return anything.'],
    counterExamples: ['Your search didn’t return anything. Try fewer words, or browse by category.']
  },
  {
    // The matter shut on the customer: no further action, nobody left to ask.
    phrases: [
      'no further action',
      'consider|considers|considered the matter|case closed',
      // The short form, said as the last word: “Case closed.”
      'case|matter =closed',
      'won’t be taking this|it|things any further',
      'will not be taking this|it|things any further'
    ],
    advice: 'Say why, and who can look at it again (an appeal, an ombudsman, a person to ask).',
    note: 'the customer is refused with nowhere left to go: no alternative, no appeal, no one to ask',
    confidence: 0.8,
    examples: ['We have looked into this and will take no further action.', 'The board considers the case closed.'],
    counterExamples: ['The board considers the case closed. If you disagree, you can ask the ombudsman to review it.']
  },
  {
    // Used up: the code or voucher was spent before, and nothing says what to use instead.
    phrases: [
      'has|have already been used|redeemed|claimed|taken|booked|reserved',
      "*'s already been used|redeemed|claimed",
      // Taken by someone else first: “that e-mail’s already taken”, “the slot is already booked”.
      'is|are|was|were already taken|booked|reserved',
      "*'s already taken|booked|reserved"
    ],
    advice: 'Say what the customer can use instead, or who can check it.',
    note: 'the customer is told their code is spent, with no word on what to do now',
    confidence: 0.8,
    examples: [
      'This gift code has already been redeemed.',
      'Sorry, that coupon’s already been claimed.',
      'Hmm, that nickname’s already taken.',
      'The 10:30 court is already booked.'
    ],
    counterExamples: [
      'This gift code has already been redeemed. If you didn’t redeem it, call us on 0800 123 456.',
      'That nickname is already taken. Pick another one, or sign in if it’s yours.'
    ]
  },
  {
    // Out of luck, said as the whole answer.
    phrases: [
      'no luck'
    ],
    advice: 'Say what didn’t work and what the customer can try next.',
    note: 'the customer hears it didn’t work and nothing about why or what to try',
    confidence: 0.8,
    examples: ['No luck, sorry.', 'Hmm, no luck with that one.'],
    counterExamples: ['No luck with that card. Try another one, or pay at the desk.']
  },
  {
    // Gone: the thing the customer wanted is taken or lost.
    phrases: [
      'is|are gone',
      "*'s gone",
      // “Sadly your size has gone in this colour.” (Not “gone through”, “gone to”: see the cancels.)
      'has|have|had gone missing|from|in'
    ],
    advice: 'Say what the customer can choose instead, or whether it can be brought back.',
    note: 'the customer hears that what they wanted is gone, with nothing offered in its place',
    confidence: 0.8,
    examples: ['Sorry, that table’s gone.', 'The seats you picked are gone.', 'Sorry, the large size has gone in blue.', 'Your saved card has gone missing.'],
    counterExamples: ['That table’s gone, but we have one by the window at 8pm. Shall we book it?', 'Book now before it’s gone.']
  },
  {
    // Turned down as a fact about the thing: it can't be repaired, fulfilled, amended.
    phrases: [
      'cannot|can’t be repaired|fixed|fulfilled|dispensed|sold|amended|exchanged|extended|paused|glazed|supplied|fitted|serviced',
      'can not be repaired|fixed|fulfilled|dispensed|sold|amended|exchanged|extended|paused|glazed|supplied|fitted|serviced',
      // Moved, brought back or paid: “That slot can’t be moved.”, “Your draft cannot be recovered.”
      'cannot|can’t be moved|rescheduled|rebooked|recovered|restored|refunded|transferred|paid',
      'can not be moved|rescheduled|rebooked|recovered|restored|refunded|transferred|paid'
    ],
    advice: 'Say what the customer can have instead (another item, another date, a refund), or who can look at it again.',
    note: 'the customer is told it can’t be done, with no word on what can',
    confidence: 0.8,
    examples: [
      'Sorry, your watch cannot be repaired.',
      'Your engraving can’t be amended.',
      'That fitting can’t be moved.',
      'Your deleted photos cannot be recovered.'
    ],
    counterExamples: ['Your watch can’t be repaired, but we can replace it at half price. Reply YES to order one.']
  },
  {
    // A place or a line closed, with no word on when it opens or where else to go.
    phrases: [
      'desk|lines|counter|branch|entry|checkout|checkouts|till|tills|bookings|registration|enrolment|applications|check-in|boarding|gate closed',
      'desk|lines|counter|branch|entry|checkout|checkouts|till|tills|bookings|registration|enrolment|applications|check-in|boarding|gate is|are now? closed',
      'out of order|service',
      // Closed, told as bad news (an apology before it), or closed with no end.
      'sorry|afraid|unfortunately|sadly ...6 closed|shut',
      'closed|shut until further notice'
    ],
    advice: 'Say when it opens again, or where the customer can go instead.',
    note: 'the customer finds the way closed and isn’t told when it opens or where else to go',
    confidence: 0.8,
    examples: [
      'Sorry, the returns counter is closed.',
      'Ticket machine out of order.',
      'Sorry, the car wash is closed.',
      'The cafe is shut until further notice.'
    ],
    counterExamples: [
      'The returns counter is closed until 2pm. You can return items at any till.',
      'Ticket machine out of order. Please use the one by the stairs.',
      'Sorry, the car wash is closed. It reopens at 7am tomorrow.',
      'Sorry, the car wash is closed, but you can use the one on Mill Road.'
    ]
  },
  {
    // What the seller won't do, said as the whole answer.
    phrases: [
      'we|i don’t refund|move|list|stock|sell|repair|service|fit|supply',
      'we|i do not refund|move|list|stock|sell|repair|service|fit|supply',
      'isn’t|wasn’t|aren’t something we|i can|could|offer|do|provide|sell|support|stock|carry',
      // “we’re” is one word: “this isn’t something we’re able to take on”.
      'isn’t|wasn’t|aren’t|not something we’re|i’m able|willing|set',
      'we|i don’t work on|with',
      'we|i do not work on|with',
      'outside our|the service|delivery|coverage|repair area|areas|zone|programme|program'
    ],
    advice: 'Say what the customer can have instead, or who can help them with it.',
    note: 'the customer hears what the seller won’t do and nothing about what they can do instead',
    confidence: 0.8,
    examples: [
      'We don’t repair this model.',
      'Sorry, gift wrap isn’t something we offer.',
      'Your village is outside our delivery area.',
      'Re-upholstery isn’t something we’re able to quote for.',
      'We don’t work on vintage bikes.',
      'We do not work with overseas agents.'
    ],
    counterExamples: [
      'We don’t repair this model, but the maker does: call them on 0800 123 456.',
      'We don’t work on vintage bikes, but the shop on Hill Street does: call them on 0113 496 0000.'
    ]
  },
  {
    // Something broke, said in plain words, with nothing after it.
    phrases: [
      'something ...1 broke|broken',
      'something’s not right',
      'something is not right',
      'not supposed to happen'
    ],
    advice: 'Say in plain words what went wrong and the one thing the customer can do next.',
    note: 'the customer is told something broke and is left to guess whether to wait, retry or give up',
    confidence: 0.8,
    examples: ['Something broke while we saved your basket.', 'Odd — this was not supposed to happen.'],
    counterExamples: ['Something broke while we saved your basket. Try again in a minute.']
  },
  {
    // The customer's own thing, turned away here.
    phrases: [
      'can’t|cannot be used here|with|at',
      'can not be used here|with|at',
      'promo|offer|discount|voucher|coupon|code not applicable'
    ],
    advice: 'Say what the customer can use instead (another card, code, file), or how to make it fit.',
    note: 'the customer is told their choice won’t do, with no word on what would',
    confidence: 0.8,
    examples: ['Store credit can’t be used at this branch.', 'Staff discount not applicable.'],
    counterExamples: ['Store credit can’t be used at this branch, but you can spend it on our website.']
  },
  {
    // The conversation itself shut: the chat ended or closed, nothing said about how to get back.
    phrases: [
      // Not “the agent has left the chat” alone: that is stepping-away's, and the queue may still answer.
      // Not a call: a call that ended is most often one the customer hung up.
      'chat|conversation has|have ended',
      'chat|conversation ended',
      'chat|conversation is|was|has been? closed',
      'chat|conversation will now end|close'
    ],
    advice: 'Say how the customer can pick the conversation up again: a new chat, a number, when someone is back.',
    note: 'the customer has no one left to ask: the channel is closed or the person on it has gone',
    confidence: 0.8,
    examples: ['This conversation has ended.', 'The conversation will now close for the night.', 'Sorry, the chat ended.'],
    counterExamples: [
      'This chat has ended. Start a new chat any time from the Help tab.',
      'The conversation will now close, and we’ll e-mail you a copy of it.'
    ]
  },
  {
    // Every place taken: sold out, booked up, full, with nothing offered in its place.
    phrases: [
      // Said of the thing, not as a boast: “we sold out in 3 hours” is seller-celebration's.
      'is|are|was|were now? sold out',
      'it’s|that’s|they’re|we’re now? sold out',
      'all sold out',
      // “has sold out”, “has just sold”, “that one’s sold out”.
      'has|have|had now|just|already? sold out',
      'has|have just sold',
      "*'s now|just? sold out",
      'is|are fully booked',
      'we’re|they’re fully booked',
      'slots|places|seats|spaces|dates|rooms|tables|appointments|sessions|days are|were full',
      'is|are now? out of stock',
      // “We’ve run out of the size you ordered.”
      'we’ve|we|they’ve|has|have|had run|ran out of'
    ],
    advice: 'Say when more will be free, or what the customer can choose instead.',
    note: 'the customer is told there is nothing for them, and not when there will be or what else to pick',
    confidence: 0.8,
    examples: [
      'Sorry, the matinee is sold out.',
      'We’re fully booked for the bank holiday.',
      'All the Monday places are full.',
      'That lamp is out of stock.',
      'Sorry, we’ve run out of the green tiles.'
    ],
    counterExamples: [
      'The matinee is sold out, but there are seats for the evening show. Shall we book two?',
      'Great news: the spring fair sold out by lunchtime!',
      'We’re fully booked for the bank holiday. Join the waiting list and we’ll text you if a table frees up.',
      'Sold out? Sign up to hear when it’s back.'
    ]
  },
  {
    // A blanket “no”, written as a rule with no way around it: no refunds, no exceptions.
    phrases: [
      // Not “NO REFUNDS” alone: a shop sign states its terms (shouting's, when shouted).
      'no refund|refunds|return|returns|exchange|exchanges will be given|issued|accepted|offered|made',
      'we|i don’t make|allow exceptions',
      'we|i do not make|allow exceptions',
      'we|i don’t issue|give|offer refunds',
      'we|i do not issue|give|offer refunds'
    ],
    advice: 'Say what the customer can do instead (an exchange, a credit, a repair), or who can look at their case.',
    note: 'the customer is refused by a rule with no way around it and no one to ask',
    confidence: 0.8,
    examples: [
      'No refund will be given for a missed class.',
      'We don’t make exceptions to the booking terms.',
      'We do not issue refunds on gift cards.'
    ],
    counterExamples: [
      'No refund will be given for a missed class, but you can move to another class that week.',
      'We don’t give refunds on tickets, but you can move your booking to another date.'
    ]
  },
  {
    // Turned down after a decision, said politely and with nothing after it.
    phrases: [
      'not been approved|accepted|successful',
      'wasn’t|weren’t approved',
      'hasn’t|haven’t been approved|accepted',
      'doesn’t|don’t qualify',
      'does|do not qualify',
      'doesn’t|don’t meet our? criteria|requirements|threshold',
      'does|do not meet our? criteria|requirements|threshold',
      'turned down'
    ],
    advice: 'Say why it was turned down, whether it can be asked again or appealed, and who can help.',
    note: 'the customer hears “no” with no idea why or what else would work',
    confidence: 0.8,
    examples: [
      'Your loan request has not been approved.',
      'Sadly your garden doesn’t qualify for the scheme.',
      'Sorry, the bathroom job doesn’t meet our requirements.'
    ],
    counterExamples: [
      'Your loan request has not been approved. You can ask for a review within 30 days by replying to this e-mail.',
      'Your garden doesn’t qualify for the scheme, but the council runs a similar one: see example.org/green.'
    ]
  },
  {
    // What was planned isn't going to happen, said as news with no new plan.
    phrases: [
      'can’t|cannot go ahead',
      'can’t|cannot|couldn’t proceed',
      'could not proceed',
      'can’t|cannot go any further',
      'ended|stopped early',
      'can not go ahead',
      'won’t go ahead',
      'will not go ahead',
      'isn’t happening',
      'is not happening',
      'isn’t|aren’t going ahead',
      'is|are not going ahead',
      'won’t be happening',
      'will not be happening',
      'hit a problem|snag|hitch',
      'having ...2 trouble|problems|difficulties'
    ],
    advice: 'Say what happens now (a new date, a refund, a new attempt) and what the customer can do.',
    note: 'the customer learns their plan fell through and not what happens now',
    confidence: 0.8,
    examples: [
      'Your Tuesday delivery can’t go ahead.',
      'Account not linked. Transfer cannot proceed.',
      'Sorry, the Thursday tasting isn’t happening any more.',
      'We’ve hit a snag with your wallpaper samples.'
    ],
    counterExamples: [
      'Your Tuesday delivery can’t go ahead, so we’ve moved it to Thursday morning at no cost.',
      'If your lesson isn’t going ahead, we’ll text you by 8am.'
    ]
  },
  {
    // Sent away from the customer: handed to someone else or taken back, with no word on how to get it.
    phrases: [
      'given away',
      'seat|spot|place|slot|table|room|booking has|have|was|were been? released',
      'returned|sent to stock|sender|origin',
      'gone|sent|returned back to the? depot|warehouse|sender|store|stock'
    ],
    advice: 'Say whether the customer can still have it (a new slot, a redelivery, a refund) and how.',
    note: 'the customer finds what was theirs gone, with no reason and no way to get it back',
    confidence: 0.8,
    examples: ['Sorry, the seats you held were given away at noon.', 'Your parcel has been returned to sender.', 'The order has gone back to the depot.'],
    counterExamples: [
      'Your parcel has been returned to sender and we’ve refunded the full amount.',
      'The order has gone back to the depot. Pick a new delivery day in the app.'
    ]
  },
  {
    // What the customer gave doesn't match what the seller has, with no hint of what would.
    phrases: [
      '@input|answer|reference|email|address|postcode doesn’t match',
      'details|name|information doesn’t|don’t match',
      'details|name|information does|do not match',
      // Not the one the seller holds: “that’s not the number on file”.
      'not the one|email|number|address|card|account|name|phone on file',
      'not the one|email|number|address|card|account|name|phone you signed|registered',
      '@input|answer|reference|email|address|postcode does not match',
      'don’t recognise|recognize that|this|your',
      'do not recognise|recognize that|this|your',
      'not understood'
    ],
    advice: 'Say what to check (where the right one is written, how it should look) and what to try next.',
    note: 'the customer is told what they handed over won’t do, with no idea how to make it work',
    confidence: 0.8,
    examples: [
      'Sorry, your postcode doesn’t match the one on the account.',
      'Sorry, we don’t recognise your voucher.',
      'Sorry, command not understood.',
      'Hmm, that’s not the number you registered with.',
      'Sorry, your details don’t match our records.'
    ],
    counterExamples: [
      'Your postcode doesn’t match the one on the account. Check the one on your latest bill.',
      'Command not understood. Reply STOP to stop texts or HELP for help.'
    ]
  },
  {
    // What the customer typed, told as not valid in the short form (“Gift card not valid.”).
    phrases: [
      '@input not valid'
    ],
    advice: 'Say what a right one looks like (its length, its format, where to find it) and that the customer can try again.',
    note: 'the customer is told what they typed is wrong, and nothing about how to get it right',
    confidence: 0.8,
    examples: ['Student pass not valid.', 'Sorry, booking code not valid.'],
    counterExamples: ['Booking code not valid: it should be 6 letters. Check your confirmation e-mail.']
  },
  {
    // Equipment the customer depends on offline, with no other way to be served.
    phrases: [
      'tablet|inverter|device|printer|scanner|kiosk|router|hub|meter|camera|sensor|charger|pump|gate|lift offline',
      'tablet|inverter|device|printer|scanner|kiosk|router|hub|meter|camera|sensor|charger|pump|gate|lift is|are offline'
    ],
    advice: 'Say how the customer can still be served, or when it will be back.',
    note: 'the customer learns the equipment is broken and not whether they can still be served',
    confidence: 0.8,
    examples: ['Printer offline.', 'Your smart meter is offline.'],
    counterExamples: ['Printer offline. Ask at the desk and we’ll print it for you.', 'Your smart meter is offline until Tuesday morning.']
  },
  {
    // A “can't” with no subject at all, the short status form: “Cannot cancel this order.”
    phrases: [
      // Not “change”: “I can’t change that” is most often handed on to someone who can (permission-gate).
      'can’t|cannot|couldn’t cancel|pause|edit|amend|renew|print|book|reserve this|your|the|that',
      'can not cancel|pause|edit|amend|renew|print|book|reserve this|your|the|that',
      'could not cancel|pause|edit|amend|renew|print|book|reserve this|your|the|that'
    ],
    advice: 'Say why not, and what the customer can do instead or who can do it for them.',
    note: 'the customer hears what can’t be done and nothing about what can',
    confidence: 0.8,
    examples: ['Cannot amend this delivery.', 'Sorry, we couldn’t renew your permit.'],
    counterExamples: [
      'Cannot amend this delivery online. Call us on 0800 123 456 and we’ll change it for you.',
      'You can’t edit your username once it is set.',
      'We can’t amend your booking without the lead passenger’s consent.'
    ]
  },
  {
    // What the customer typed or sent, told as wrong, with nothing on how to get it right:
    // blame (customer-blame) and a dead end at once. With “Try again” after it, it is blame alone.
    phrases: [
      'you|you’ve ...1 entered|typed|gave|uploaded|selected|chose|scanned|sent ...2 a|an|the wrong|incorrect|invalid',
      'you have entered|typed|gave|uploaded|selected|chose|scanned|sent ...2 a|an|the wrong|incorrect|invalid',
      'entered|typed|keyed ...4 incorrectly|wrongly'
    ],
    advice: 'Say what a right one looks like, where to find it, and that the customer can try again; leave out who got it wrong.',
    note: 'the customer is told what they typed is wrong, and nothing about how to get it right',
    confidence: 0.8,
    examples: ['You entered the wrong meter number.', 'You’ve typed your postcode incorrectly twice.'],
    counterExamples: ['You entered the wrong meter number. Check the one printed on the meter and try again.']
  },
  {
    // Called off by the seller: a journey, a shift or a lesson the customer counted on (not one they cancelled).
    phrases: [
      'flight|train|bus|coach|ferry|sailing|departure|shift|lesson|class|tour|match ...2 is|are|was|were|has|have been? cancelled|canceled',
      'flight|train|bus|coach|ferry|sailing|departure|shift|lesson|tour =cancelled|canceled'
    ],
    advice: 'Say what happens now (another departure, a refund, a new date) and what the customer can do.',
    note: 'the customer finds what they counted on called off, with no word on what happens now',
    confidence: 0.8,
    examples: ['Your 9:15 ferry has been cancelled.', 'Saturday shift cancelled.'],
    counterExamples: [
      'Your 9:15 ferry has been cancelled. You can sail at 11:00 at no extra cost, or ask for a refund.',
      'If your flight is cancelled, we’ll rebook you on the next one.'
    ]
  },
  {
    // A “no” that says only that the customer isn’t the kind the seller serves.
    phrases: [
      'not one we can|accept|take|support|offer|cover|help',
      'isn’t|aren’t|wasn’t one we can|accept|take|support|offer|cover|help',
      'isn’t|wasn’t for you',
      'is|was not for you',
      'the answer is no',
      'beyond repair'
    ],
    advice: 'Say what the customer can have instead, or who can help them with it.',
    note: 'the customer hears a flat “no” with nothing they can do about it',
    confidence: 0.8,
    examples: ['That e-wallet isn’t one we take.', 'I asked the manager: the answer is no.', 'Your kettle is beyond repair.'],
    counterExamples: ['Your kettle is beyond repair, so we’ve sent a replacement.', 'That e-wallet isn’t one we take. Pay by card or bank transfer instead.']
  },
  {
    // Nothing left to offer, said in the short or the “there aren’t any” form.
    phrases: [
      'no slots|appointments|tables|seats|places|drivers|couriers|engineers|rooms =today|tonight|left|for',
      // Said bare, as the whole answer: “No appointments.” (an empty list's label has no full stop).
      'no slots|appointments|tables|seats|places|rooms|shifts|couriers|drivers|engineers|bikes|cars|vans|dates',
      'aren’t any ...2 slots|appointments|tables|seats|places|times|dates|rooms|drivers',
      'are not any ...2 slots|appointments|tables|seats|places|times|dates|rooms|drivers'
    ],
    advice: 'Say when more will be free, or what the customer can choose instead.',
    note: 'the customer is told there is nothing for them, and not when there will be or what else to pick',
    confidence: 0.8,
    examples: ['No rooms tonight, sorry.', 'There aren’t any delivery slots this week.', 'No vans.'],
    counterExamples: [
      'There aren’t any delivery slots this week. The first free one is Monday at 8am, shall we book it?',
      'No appointment needed: just walk in.',
      'No vans this week. Would a large car do instead?'
    ]
  },
  {
    // Lost on the seller's side: it vanished, it got lost, nothing says whether it comes back.
    phrases: [
      'has|have|had ...2 vanished|disappeared',
      'has|have been lost',
      'got lost',
      'lost track'
    ],
    advice: 'Say what the customer can do now and whether it can be brought back, or who is looking into it.',
    note: 'the customer finds what was theirs gone, with no reason and no way to get it back',
    confidence: 0.8,
    examples: ['Sorry, your saved addresses have vanished.', 'Your parcel has been lost.'],
    counterExamples: ['Your parcel has been lost, so we’ve sent a new one by next-day delivery.']
  },
  {
    // What the customer sent won't do as it is, with no word on what would.
    phrases: [
      'file|photo|image|upload|attachment|video|document|design too large|big|long|blurry|small|detailed',
      'file|photo|image|upload|attachment|video|document|design is|are|was|were too large|big|long|blurry|small|detailed'
    ],
    advice: 'Say what would work (a size, a format, a sharper photo) and that the customer can send it again.',
    note: 'the customer is told their choice won’t do, with no word on what would',
    confidence: 0.8,
    examples: ['Attachment too big.', 'Sorry, your passport photo is too small.'],
    counterExamples: ['Attachment too big: the limit is 10 MB. Try a smaller file.']
  },
  {
    // Nothing on record for what the customer gave, in the short form.
    phrases: [
      // Not “No records found” alone: that is an empty list's label.
      'no record|records|booking|bookings|account|accounts|order|orders found for|under|with|matching',
      // Nothing on file for the customer: “we have no record of it”, “we don’t have you down”.
      'no record|records|trace of',
      'can’t|cannot|couldn’t see any? record|records|trace',
      'don’t have you down',
      'do not have you down',
      'don’t have any record|records',
      'do not have any record|records'
    ],
    expected: ['We couldn’t find that. Check the details, or contact us.'],
    note: 'the customer can’t tell whether it is gone or was never there, nor where to look',
    confidence: 0.8,
    examples: [
      'No account found under that phone number.',
      'Sorry, we have no record of your visit.',
      'I can’t see any record of that payment.',
      'We don’t have you down for Friday.'
    ],
    counterExamples: ['No account found under that phone number. Check it, or sign in with your e-mail instead.']
  },
  {
    // Money or an order held back (on hold, stuck, held up), with no word on when it moves.
    phrases: [
      'is|are|was|were on hold',
      'has|have been put? on hold',
      'payment|payout|refund|order|delivery|booking|transfer|withdrawal|deposit|claim|application|account|prescription on hold',
      'is|are|was|were|got|gets stuck',
      'has|have been stuck',
      'has|have|was|were been? held up',
      // The seller's own hand forced, told as news: “we’ve had to pause your account”.
      'we’ve|i’ve|we|i|have had to pause|suspend|cancel|close|stop|withdraw|remove|hold|refuse|decline'
    ],
    advice: 'Say why it is held, when it will move, and what the customer can do or who to ask.',
    note: 'the customer hears their money or their order is stuck, and not when it will move or what to do',
    confidence: 0.8,
    examples: [
      'Your withdrawal is on hold.',
      'Sorry, your rebate is stuck.',
      'Your visa letter has been held up.',
      'Unfortunately we’ve had to pause your membership.'
    ],
    counterExamples: [
      'Your withdrawal is on hold until we’ve checked your ID. We’ll e-mail you within two days.',
      'Your rebate is stuck with the bank. Call us on 0800 123 456 and we’ll chase it.'
    ]
  },
  {
    // The seller chose against the customer: decided not to, went with someone else.
    phrases: [
      'decided not to|against',
      'decided ...3 no longer',
      'decided|chosen|chose to go|proceed with another|someone|other',
      'decided|chosen|chose to go|proceed with a different'
    ],
    advice: 'Say why, whether the customer can ask again or appeal, and what they can do instead.',
    note: 'the customer hears the seller chose against them, with no reason and nowhere to go next',
    confidence: 0.8,
    examples: [
      'After looking at your plans, our team has decided not to quote for the job.',
      'We’ve decided we no longer want to sell the blue range.',
      'The owner has decided to go with another buyer.'
    ],
    counterExamples: [
      'Our team has decided not to quote for the job, but a partner firm can: see example.com/partners.',
      'You decided not to renew, so your plan ends on 3 May and you can rejoin any time.'
    ]
  },
  {
    // No news to give: no new date, no timeline, nothing more to tell.
    phrases: [
      'don’t have a|any new? date|dates|time|timeline|eta|update|news',
      'do not have a|any new? date|dates|time|timeline|eta|update|news',
      'can’t|cannot give you a|any date|timeline|eta|update|estimate',
      'nothing ...2 to tell you',
      'nothing more to tell|share'
    ],
    advice: 'Say when the customer will hear more, and who they can ask in the meantime.',
    note: 'the customer is left waiting with no date and no one to ask',
    confidence: 0.8,
    examples: [
      'Sorry, we don’t have a new date for your fitting.',
      'We can’t give you a timeline for the repair.',
      'There’s nothing more to tell you at this stage.'
    ],
    counterExamples: ['We don’t have a new date yet, but we’ll text you as soon as we do.']
  },
  {
    // A booking or a confirmation the seller couldn't make: “we couldn’t confirm your dates”.
    phrases: [
      'couldn’t confirm|book|secure|arrange|schedule|price|allocate|assign',
      'could not confirm|book|secure|arrange|schedule|price|allocate|assign',
      'we|i can’t|cannot confirm|book|secure|arrange|schedule|price|allocate|assign|open',
      'we|i weren’t|wasn’t able to confirm|book|secure|arrange|schedule|price|allocate|assign|open'
    ],
    advice: 'Say what happens now (another date, another slot, a refund) and what the customer can do.',
    note: 'the customer learns their booking didn’t happen and not what happens now',
    confidence: 0.8,
    examples: ['Sorry, we couldn’t confirm a fitter for Monday.', 'We can’t price this painting online.', 'We could not book a slot for you.'],
    counterExamples: [
      'We couldn’t confirm a fitter for Monday, so we’ve booked you in for Tuesday at 9am instead.',
      'We can’t price this painting online. Bring it to any branch and we’ll value it there.'
    ]
  },
  {
    // Full up: the box that takes the customer's messages or things has no room left.
    phrases: [
      'mailbox|inbox|voicemail|storage|queue|locker|lockers is|are full'
    ],
    advice: 'Say where else the customer can send it or leave it, or when there will be room.',
    note: 'the customer has no one left to ask: the channel is closed or the person on it has gone',
    confidence: 0.8,
    examples: ['Sorry, the voicemail is full.'],
    counterExamples: ['The voicemail is full. Text us on 07700 900123 instead.']
  }
]

/** Overlapping a failure, these make it something else: a possibility, a stock status, a count. */
export const notFailures: readonly PhraseEntry[] = [
  {
    phrases: [
      'may|might|could|sometimes|occasionally be? unavailable|fail|failed',
      'may|might|could not be available',
      'may|might|could fail',
      // A guess at why (“your link may have expired or is no longer valid”): a possibility, not a report.
      'may|might|could have expired|failed|lapsed ...6 valid|available|active',
      'may|might|could have expired|failed|lapsed',
      'unavailable|available for purchase|delivery|pickup|collection',
      'unavailable|available online|in-store|today',
      // A stock status (“unavailable in your size”); not a place (“isn’t available in your area” turns the customer away).
      'unavailable|available in your|this size|store',
      // Not there yet, and coming: a status, not a refusal (“Not available in your area yet.”).
      'available ...4 yet',
      'not yet available',
      '# error|errors|failure|failures',
      'no|zero errors|failures',
      'error-free',
      'without errors',
      'error|errors message|messages|code|codes|log|logs|page|rate|handling|details|report|reports|state|tracking|boundary',
      'may|might|could|can cause|lead ...2 errors|error|problems|failures',
      // The customer's own doing, told as blame (customer-blame), not a failure of the service.
      'you|someone|somebody didn’t|couldn’t @process',
      'you|someone|somebody did|could not @process',
      'you|someone|somebody failed|forgot',
      'you have|’ve failed',
      // Named in a description or a setting, not reported: “a message for invalid input”.
      'for|with|of|on|first|any|highlight @faulty ...1 @input',
      // A count or a setting, not a report: “3 failed attempts”, “maximum failed logins”.
      'failed ...2 attempts|attempt|tries|logins|login|payments|deliveries|drops',
      'consecutive|repeated|multiple ...1 @faulty|failed|wrong',
      // Done as the customer asked: a confirmation, not a failure.
      'cancelled|canceled|removed|closed as you asked|requested',
      'cancelled|canceled|removed|closed at your request',
      // What the customer owed, taken away: good news, not a failure.
      'fine|fines|fee|fees|charge|charges|penalty|debt|invoice has|have|was|were been? cancelled|canceled|removed|waived',
      // Handed on to someone else (“I can’t do that myself”): permission-gate, not a dead end.
      'can’t|cannot ...4 myself',
      // A wait with an end (“can’t confirm it until the team agrees”): not a dead end.
      'can’t|cannot ...6 until',
      // A rule with a time or a condition (“can’t be sold after 10pm”): the terms, not a refusal.
      'can’t|cannot be * after|once|without|before',
      'can’t|cannot * ...4 once|after|before|without',
      // Gone somewhere, or gone as a threat (“if you leave, the price is gone”): not a loss reported.
      'gone forever|up|through|to|down|off|out|into|live|ahead|well|smoothly|quiet',
      'if|once|after|before|when ...8 gone',
      // Praise, not a failure: “we couldn’t be happier”.
      'couldn’t be happier|prouder|better|more',
      'could not be happier|prouder|better|more',
      // Nothing left for the customer to do: a confirmation, not a refusal.
      'no further action needed|required|necessary',
      // Nothing needed, or an empty list: not a lack of slots (“No appointment needed”, “No slots booked yet”).
      'no slot|slots|appointment|appointments|table|tables|booking|bookings ...1 needed|necessary|required|booked|scheduled|yet|planned|upcoming',
    ],
    note: 'not a failure report',
    confidence: 1,
    counterExamples: [
      'Some colours may be unavailable in your size.',
      'Your link may have expired or is no longer valid.',
      'Your tax return has no errors and is ready to file.',
      'Maximum failed sign-in attempts before the account is paused',
      'Lock the account after repeated wrong PINs',
      'You failed to mention which colour you wanted.',
      'Show a hint next to any invalid entry',
      'Your subscription has been cancelled as you requested.',
      'Your parking fine has been cancelled.',
      'I can’t change that myself.',
      'We can’t confirm your slot until the driver has checked the route.',
      'Orders can’t be amended once they have shipped.',
      'You can’t edit your username once it is set.',
      'Your address is updated. No further action needed.',
      'Your payment has gone through.',
      'If you close this window, the offer is gone.',
      'We couldn’t be happier with how the launch went.',
      'No appointment needed: just walk in.',
      'No bookings scheduled yet'
    ]
  },
  {
    // A setting's description or a help text names an error to say how it is handled, not to report one.
    phrases: [
      'on|upon|after|behaviour|behavior ...2 error|errors|failure|failures',
      'how|whether|which ...3 error|errors|failures is|are handled|shown|displayed|reported|logged|treated',
      'errors|failures|warnings block|appear|prevent|highlight|stop',
      'when|if|once ...4 enabled|disabled|checked|unchecked|selected|required|active ...9 reject|rejects|rejected|blocked|denied',
      'when|if|once ...4 enabled|disabled|checked|unchecked|selected|required|active ...9 error|errors|fail|fails|failed|unable',
      'user|users|members|accounts|customers will|would be? unable|rejected|blocked|denied|locked|prevented',
      'not eligible for ...2 users|accounts|members|plans',
      'if|once|after you delete|remove|disable|deactivate|unlink|revoke ...8 no longer|unable|can’t|cannot|won’t',
      // What an error usually means, or that it is being fixed: an explanation or an update, not a report.
      'error|errors|failure|failures usually|often|typically|normally|sometimes happens|happen|means|occurs|occur',
      // “Error E-101 means the battery needs calibrating.”
      'error|code ...1 means|indicates',
      'fixing|resolving|repairing|retrying ...4 failed|error|errors|failure|failures'
    ],
    note: 'a setting or a help text that names a failure, not a report of one',
    confidence: 1,
    counterExamples: [
      'Token behaviour on script error',
      'Choose how errors are shown to your visitors.',
      'Errors block checkout until they are fixed; warnings only highlight a field.',
      'When enabled, requests without a signature are rejected.',
      'Are you sure? The user will be unable to sign in until you restore them.',
      'If you remove this phone number, it can no longer be used to sign in.',
      'This error usually means the clock on your device is wrong.',
      'This error code means the battery needs calibrating.',
      'Our team is fixing the failed transfers from this morning.'
    ]
  }
]
