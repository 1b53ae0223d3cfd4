import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'

export const blameClasses: WordClasses = {
  faulty: ['wrong', 'invalid', 'incorrect', 'bad', 'illegal', 'improper'],
  // Things a customer types, picks or hands over.
  input: [
    'input', 'entry', 'entries', 'pin', 'code', 'password', 'passcode', 'number', 'card', 'details', 'detail', 'selection', 'choice',
    'value', 'data', 'format', 'operation', 'action', 'move', 'character', 'characters', 'showtime', 'amount',
    'email', 'username', 'answer', 'coupon', 'voucher'
  ],
  entered: ['entered', 'typed', 'selected', 'chosen', 'picked', 'inserted', 'provided', 'given', 'supplied', 'used', 'keyed', 'scanned'],
  youDid: [
    'input', 'inputted', 'entered', 'typed', 'selected', 'chose', 'picked', 'inserted', 'provided', 'gave', 'giving',
    'supplied', 'used', 'keyed', 'made', 'put', 'scanned', 'sent', 'filled'
  ]
}

/**
 * Blame and accusation. Naming a problem neutrally (“That PIN didn't match”,
 * “Prescriptions become invalid after 12 months”) is not blame.
 */
export const customerBlame: readonly PhraseEntry[] = [
  {
    phrases: [
      'user|operator|customer|driver|cardholder|human|client|guest error|mistake',
      'user|operator|customer|client|guest fault',
      'pebcak',
      'id10t'
    ],
    advice: 'Name what didn’t work, neutrally, and what to do next; leave out whose fault it was.',
    note: 'the customer is labelled as the fault in the system',
    confidence: 0.9,
    examples: ['User error. Please remove your card and start again.', 'Refund refused: the damage was a customer mistake.'],
    counterExamples: ['Sorry, that was our error — your refund is on its way.', 'Every customer gets free returns for 30 days.']
  },
  {
    phrases: [
      'you must have',
      'you should have',
      'you forgot to',
      'you failed to',
      'you neglected to'
    ],
    advice: 'Say what is still missing and how to add it now.',
    note: 'the customer hears an accusation about what they did or didn’t do',
    confidence: 0.85,
    examples: ['You must have missed our e-mail about the new opening hours.', 'You forgot to attach your receipt, so we can’t look at your claim.'],
    counterExamples: ['Forgot your password? Tap here to reset it.', 'You must bring photo ID to collect your parcel.']
  },
  {
    phrases: [
      'your fault',
      'your mistake',
      'you messed up',
      'mistyped'
    ],
    advice: 'Say what went wrong and what happens now, without saying whose fault it was.',
    note: 'the customer is handed the fault for what went wrong',
    confidence: 0.85,
    examples: ['The delay was your fault for booking late.', 'It looks like you mistyped your e-mail address.'],
    counterExamples: ['It’s not a mistake: your discount is already in the total.']
  },
  {
    phrases: [
      'you didn’t read',
      'you did not read',
      'you didn’t follow',
      'as you were told',
      'as we told you',
      'as already explained'
    ],
    advice: 'Give the information again plainly, as if for the first time.',
    note: 'the customer feels talked down to, as if they should have known',
    confidence: 0.85,
    examples: ['As already explained, refunds take 5 working days.', 'You didn’t read the booking terms, so the fee stands.'],
    counterExamples: ['Refunds take 5 working days; we’ll e-mail you when it’s done.']
  },
  {
    phrases: [
      'you|you’re|you’ve ...2 @youDid ...2 the|a|an @faulty',
      'you are ...2 @youDid ...2 the|a|an @faulty',
      'you’re giving|using|entering ...2 @faulty'
    ],
    expected: ['That didn’t match. Try again.'],
    note: 'the customer is told they got it wrong',
    confidence: 0.9,
    examples: ['You entered the wrong PIN. 2 tries left.', 'You’ve selected an invalid date for your visit.'],
    counterExamples: ['You selected the Saturday slot — see you at 10am.', 'You picked a great day: the sale starts at 9.']
  },
  {
    phrases: [
      '@faulty ...1 @input ...1 @entered',
      '@faulty ...1 @input'
    ],
    advice: 'Name the field and show how it should look (“Enter a date like 31/12/2026”), without calling the entry wrong.',
    note: 'the customer reads a verdict on themselves instead of what didn’t match',
    confidence: 0.7,
    examples: ['Invalid input. Please try again.', 'Incorrect card number entered.'],
    counterExamples: ['This parking ticket is invalid after midnight.', 'Check the card number and try again.']
  },
  {
    phrases: [
      'you must enter|provide|use|select|give a valid|correct|proper'
    ],
    advice: 'Show the format you need (“Enter an e-mail address like name@example.com”) instead of asking for a “valid” one.',
    note: 'the customer hears they did it wrong before they are shown what is needed',
    confidence: 0.6,
    examples: ['You must enter a valid email address to continue.', 'You must provide a correct postcode for delivery.'],
    counterExamples: ['Enter a postcode like SW1A 1AA to see delivery times.', 'Use a valid card, or pay at the counter.']
  },
  {
    phrases: [
      'you didn’t show up',
      'you did not show up',
      'you were late',
      'you never showed',
      'you were a no-show'
    ],
    expected: ['We missed you at your appointment — book a new time here'],
    note: 'the customer is told off for a missed visit instead of offered another',
    confidence: 0.8,
    examples: ['You didn’t show up to your 3pm appointment.', 'You were late, so your table has been given away.'],
    counterExamples: ['We missed you at Tuesday’s class — book your next one here.', 'Running late? Reply to this text and we’ll hold your table.']
  },
  {
    phrases: [
      'which held up',
      'which took a spot',
      'inconvenienced other'
    ],
    advice: 'Leave out what it cost others; say what happens now and how to book again.',
    note: 'the customer is guilt-tripped for what it cost others',
    confidence: 0.8,
    examples: ['Your visit ran over, which held up the next patient.', 'Your late cancellation inconvenienced other guests.'],
    counterExamples: ['A spot opened up on Friday, which you can book now.']
  },
  {
    phrases: [
      'this time please',
      'for the last time',
      'once again please',
      'as i said',
      'as we’ve already explained',
      'as we clearly stated',
      'as was made perfectly clear',
      'as usual',
      'twice again',
      'this keeps happening',
      'should know by now',
      'you were warned',
      'as you were warned'
    ],
    advice: 'Answer as if it were the first time, and give the step again plainly.',
    note: 'the customer feels scolded for asking again',
    confidence: 0.75,
    examples: ['As I said, refunds take 5 working days.', 'For the last time, the store closes at 8.'],
    counterExamples: ['The store closes at 8 pm on weekdays and at 6 pm on Sundays.']
  },
  {
    phrases: [
      'please actually',
      'actually restart|read|check|try|follow',
      'make sure you actually',
      'you actually have',
      'again properly',
      'properly this time',
      'right|correct ...2 this time',
      'follow|read ...3 this time'
    ],
    advice: 'Give the step plainly, without “actually” or “properly”, and offer help if it still doesn’t work.',
    note: 'the customer hears that they are not believed',
    confidence: 0.75,
    examples: ['Please actually restart the router before you call again.', 'Scan it again properly.'],
    counterExamples: ['Let’s try a restart together — unplug the router for 10 seconds.', 'Please check the cable, then tap Continue.']
  },
  {
    phrases: [
      'read|check|follow ...3 instructions|manual|sign|signs|steps ...3 next time',
      'next time please|read|check|follow|listen|remember',
      'had you read',
      'if you had read|checked',
      'if you’d read|checked|followed|listened|looked',
      'if you’d bothered',
      'bothered checking|reading|to check|to read',
      'if you don’t|do not read our',
      'did you check|read|try ...2 before',
      'check your balance before'
    ],
    advice: 'Say what the customer needs to know now, not what they should have read or checked.',
    note: 'the customer is lectured about what they should have read or checked',
    confidence: 0.75,
    examples: ['Had you read the terms, you would know the fee applies.', 'Next time please read the sign by the door.'],
    counterExamples: ['The sign by the door shows today’s opening hours.']
  },
  {
    phrases: [
      'did|do you even',
      'you obviously',
      'obviously didn’t',
      'you clearly',
      'clearly didn’t',
      'be more careful',
      'please pay attention',
      'please learn',
      'learn to use|how',
      'you typed too fast',
      'kept guessing',
      'are you sure you typed|entered|put|used|gave|scanned'
    ],
    advice: 'Drop the judgement; say what didn’t work and what to try next.',
    note: 'the customer feels mocked',
    confidence: 0.75,
    examples: ['You obviously missed the cut-off for this order.', 'Please be more careful when you pack your returns.'],
    counterExamples: ['Pack your return in the original box if you still have it.']
  },
  {
    phrases: [
      'because you interrupted',
      'because you didn’t respond|reply|answer|confirm',
      'because you closed|left|refreshed|cancelled|ignored|skipped',
      'because you didn’t|forgot|failed|never',
      'because you did not',
      'caused by you',
      'by you not',
      'on your part',
      'checked by you',
      'by you at the time',
      'really on you',
      'cracked|damaged|broken by you',
      'wouldn’t have happened if you',
      'would not have happened if you',
      'would not be in this situation',
      'if you had arrived on time',
      'you wouldn’t have lost',
      'broke the form'
    ],
    advice: 'Say what happened and what happens next, without saying whose doing it was.',
    note: 'the customer is told the problem is their own doing',
    confidence: 0.75,
    examples: ['Your booking was cancelled because you didn’t confirm it.', 'The screen was cracked by you, so the repair is not covered.'],
    counterExamples: ['Your booking is held until 6 pm; reply YES to confirm it.']
  },
  {
    phrases: [
      'you pressed|tapped|chose|picked ...2 wrong',
      'wrong button|key|slot|card again',
      'you’re using ...3 wrong|incorrectly',
      'you are using ...3 wrong|incorrectly',
      'the wrong way to',
      'not how ...3 works',
      'did you sign|enter|insert|type ...2 properly|correctly',
      'didn’t tap|hold|insert|swipe|press ...3 long|hard|firmly enough',
      'didn’t tap|hold|insert|swipe|press|scan|enter|bag|place|fill|complete ...3 properly|correctly'
    ],
    advice: 'Show the one step that makes it work (“Hold the card on the reader until it beeps”).',
    note: 'the customer is told they are doing it wrong, and still not shown how to do it right',
    confidence: 0.75,
    examples: ['You didn’t hold the card long enough.', 'That’s not how the locker works.'],
    counterExamples: ['Hold the card on the reader until it beeps.']
  },
  {
    phrases: [
      'you entered|typed|gave|provided is|was invalid|wrong|incorrect',
      'you’ve made an|a error|mistake',
      'you have made an|a error|mistake',
      'you got ...3 wrong',
      'incorrect|wrong|invalid ...3 by customer|you',
      'customer entered|used|inserted|selected|chose an|a? wrong|expired|invalid|incorrect',
      '@faulty ...1 @input you|you’ve ...1 @entered|@youDid',
      'you|you’ve ...2 @youDid ...4 incorrectly|wrongly|improperly|wrong',
      'you @youDid an|a expired',
      'you inserted foreign|damaged',
      'because your ...3 were|was wrong|incorrect|invalid'
    ],
    advice: 'Say what didn’t match and how to put it right, without calling it the customer’s error.',
    note: 'the customer is told the mistake is theirs',
    confidence: 0.75,
    examples: ['You have made an error in your address.', 'You got the date wrong on your booking.'],
    counterExamples: ['The date on your booking is 12 May; tap Change to pick another.']
  },
  {
    phrases: [
      'not following the rules',
      'you are not following',
      'user|customer did not|didn’t follow',
      'you were supposed to',
      'you’re supposed to',
      'you should’ve'
    ],
    advice: 'Say what the step is and how to do it now, not what the customer was supposed to do.',
    note: 'the customer is treated as someone who broke the rules',
    confidence: 0.75,
    examples: ['You were supposed to return the keys by noon.', 'Customer did not follow the fitting guide.'],
    counterExamples: ['Please return the keys by noon on your last day.']
  },
  {
    phrases: [
      'you failed verification|security',
      'you failed the|our check|test',
      'customer misuse|negligence',
      'your complaint|claim|appeal|excuse|reason is|was invalid|rejected',
      'your complaint|claim|appeal|excuse|reason is|was not valid',
      'unauthorized|unauthorised action|operation|attempt'
    ],
    advice: 'Say what was decided and why, in plain words, and how to send more or ask for a review.',
    note: 'the customer receives a verdict on their honesty',
    confidence: 0.75,
    examples: ['You failed security, so your account is locked.', 'Your claim was rejected due to customer misuse.'],
    counterExamples: ['We couldn’t approve your claim yet; send us a photo of the receipt and we’ll look again.']
  },
  {
    phrases: [
      'you weren’t in',
      'you weren’t home',
      'you were not home'
    ],
    expected: ['Sorry we missed you. Choose a new delivery day here.'],
    note: 'the customer is blamed for a delivery that didn’t reach them',
    confidence: 0.75,
    examples: ['The driver called, but you weren’t home.', 'We tried to deliver your parcel but you were not home.'],
    counterExamples: ['Sorry we missed you. Choose a new delivery day here.']
  },
  {
    phrases: [
      'you missed another',
      'you missed your appointment|booking|slot|collection|class',
      'which you did not|didn’t bring',
      'you didn’t provide|bring|include a|an valid|the',
      'you did not provide|bring|include a|an valid|the',
      'bring the right',
      'you forgot your ...3 again',
      'forgot ...3 again',
      'since you keep forgetting|losing',
      'you keep forgetting|losing|entering',
      'customers|guests|people who keep forgetting'
    ],
    advice: 'Say what is needed or what happens next (“Bring photo ID”, “Book a new slot here”), not what was missed or forgotten.',
    note: 'the customer is reminded of what they missed or forgot',
    confidence: 0.75,
    examples: ['You missed your appointment again.', 'You didn’t bring the right documents.'],
    counterExamples: ['Please bring photo ID and your booking reference.']
  },
  {
    phrases: [
      'stop pressing|tapping|clicking|pushing',
      'try not to close|interrupt',
      'please stop calling|emailing|messaging|phoning',
      'you left your bag|bags|items|trolley|cart unattended',
      'without scanning it',
      'before joining the queue',
      'slow everything down for everyone',
      'third|second|fourth time you’ve|you',
      'can’t help you if you'
    ],
    advice: 'Say what happens and what to do (“Wait for the beep”), not what to stop doing.',
    note: 'the customer is scolded like a child',
    confidence: 0.75,
    examples: ['Please stop pressing the button.', 'This is the third time you have called today.'],
    counterExamples: ['Press the green button once and wait for the beep.']
  }
]

/** Overlapping a blame match, these make it a count of tries, not a verdict. */
export const notBlame: readonly PhraseEntry[] = [
  {
    phrases: [
      '@faulty ...1 @input attempts|tries|entries'
    ],
    note: 'a count of attempts',
    confidence: 1,
    counterExamples: ['3 wrong PIN attempts left before your card is locked.', 'Incorrect password tries today: 2 of 5.']
  }
]
