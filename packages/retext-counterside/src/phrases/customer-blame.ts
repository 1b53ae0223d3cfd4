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
 * Classes of the blame said indirectly. Kept apart from `blameClasses`, which
 * the learned layer reads as features: these only widen the tables.
 */
export const indirectBlameClasses: WordClasses = {
  // What the customer was meant to do, told afterwards as what they didn't.
  duty: [
    'tick', 'attach', 'confirm', 'renew', 'report', 'pack', 'answer', 'save', 'select', 'include', 'read', 'follow', 'update',
    'fill', 'sign', 'pay', 'return', 'upload', 'measure', 'check', 'enter', 'end', 'reply', 'respond', 'label', 'lock', 'charge',
    'collect', 'give', 'add', 'turn', 'switch', 'plug', 'register', 'verify', 'cancel', 'notify', 'tell', 'book', 'pick', 'restart',
    'service', 'top', 'declare', 'clear', 'crop', 'water'
  ],
  // What the customer handed over or took, judged unfit to use.
  unfit: [
    'unreadable', 'unusable', 'useless', 'blurry', 'blurred', 'incomplete', 'inaccurate', 'malformed', 'faded', 'illegible',
    'undervalued', 'bounced', 'unreachable', 'fake', 'false', 'missing', 'corrupt', 'corrupted', 'dirty', 'low-res', 'blank'
  ],
  // The customer's own kit and settings, named as the cause.
  ownKit: [
    'browser', 'phone', 'device', 'printer', 'router', 'wifi', 'wi-fi', 'settings', 'wiring', 'setup', 'set-up', 'configuration',
    'connection', 'card', 'cables', 'spreadsheet', 'console', 'computer', 'laptop'
  ],
  // Others held up as the ones who manage it.
  people: [
    'people', 'customers', 'buyers', 'users', 'guests', 'parents', 'drivers', 'riders', 'patients', 'members', 'shoppers',
    'tenants', 'clients', 'travellers', 'travelers', 'passengers', 'students', 'owners', 'applicants', 'callers', 'players',
    'gamers', 'visitors', 'diners', 'sellers', 'renters'
  ],
  // Acts with a deadline, reported as done too late.
  actedLate: [
    'cancelled', 'canceled', 'reported', 'arrived', 'booked', 'paid', 'returned', 'submitted', 'applied', 'ordered', 'replied',
    'responded', 'checked', 'came', 'called', 'told', 'sent', 'renewed', 'registered', 'changed'
  ],
  // What the customer did wrong, in one verb.
  misDid: [
    'misread', 'misunderstood', 'misjudged', 'miscounted', 'misspelled', 'misspelt', 'misheard', 'mislabelled', 'mislabeled',
    'misremembered', 'misplaced', 'misused', 'mistreated'
  ],
  // Things the customer keeps doing, scolded as a habit.
  nagging: [
    'sending', 'submitting', 'entering', 'asking', 'calling', 'chasing', 'booking', 'changing', 'guessing', 'messaging',
    'emailing', 'ringing', 'trying', 'phoning', 'requesting', 'posting', 'resubmitting'
  ],
  // What the customer hands over, beyond typed input.
  handedOver: [
    'form', 'document', 'documents', 'photo', 'file', 'reference', 'address', 'postcode', 'option', 'item', 'size', 'label',
    'box', 'account', 'ticket', 'one', 'information', 'info', 'date', 'time', 'plan'
  ],
  // What the customer types or shows, beyond `input`: named in a verdict (“Invalid insurance ID”).
  typedIn: ['id', 'registration', 'barcode', 'key', 'postcode', 'reference', 'photo', 'document', 'form', 'file', 'selection', 'timesheet']
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
      'if you don’t read our',
      'if you do not read our',
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
  },
  {
    // Told again, with a reminder that it was told before.
    phrases: [
      'as ...1 clearly|already|previously stated|explained|shown|indicated|advised|noted|marked|signposted',
      'as stated|explained|shown ...1 clearly',
      'as stated|explained in|on',
      'as ...3 clearly states|says|shows|explains|state|say|show',
      'as the|our signs|sign|instructions|guide|manual|handbook ...4 say|says|state|states|show|shows|explain|explains'
    ],
    advice: 'Give the information again plainly, as if for the first time, without pointing back to where it was written.',
    note: 'the customer hears that the answer was there all along and they should have found it',
    confidence: 0.75,
    examples: ['As clearly stated on the booking page, deposits are non-refundable.', 'As the signs in the car park say, parking is for guests only.'],
    counterExamples: ['Deposits are non-refundable; you can move your booking to another date for free.', 'As promised, here is your discount code.']
  },
  {
    // The seller's reminders counted back at the customer.
    phrases: [
      'we did remind|send|tell|warn|ask|email|text|write|mention',
      'we’ve|we already? asked|reminded|told ...2 twice|repeatedly',
      'we’ve|we already? asked|reminded|told ...2 several|# times',
      'we have already? asked|reminded|told ...2 twice|repeatedly',
      'reminded|told|warned you twice|repeatedly|several'
    ],
    advice: 'Say what is needed now and by when; leave out how often you asked before.',
    note: 'the customer is told they ignored the seller, as if they were a debtor, not a customer',
    confidence: 0.75,
    examples: ['Your books are overdue. We did remind you last week.', 'We’ve asked twice for your meter reading.'],
    counterExamples: ['We’ll remind you a day before your books are due.', 'We asked our courier to ring your bell twice.']
  },
  {
    // Others held up as the ones who get it right.
    phrases: [
      'most|other @people ...2 manage|managed to',
      'most @people manage this|it|that',
      'most @people ...2 get|got this|it ...2 right',
      'everyone|everybody else manages|manage|does|did'
    ],
    advice: 'Say what to do to get it right, without comparing the customer with everyone else.',
    note: 'the customer is compared with the people who manage it, and feels slow',
    confidence: 0.75,
    examples: ['Most people manage to book online first time.', 'Most guests get this right on their first try.'],
    counterExamples: ['Most customers manage their plan in the app.', 'Most people take a size up in this style.']
  },
  {
    // “Someone” meaning the customer, said with a wink.
    phrases: [
      'looks|seems like someone|somebody',
      'someone|somebody didn’t|forgot|never ...1 @duty',
      'someone|somebody did not ...1 @duty'
    ],
    advice: 'Say what is missing and how to add it; don’t hint at who forgot.',
    note: 'the customer hears a sly dig at themselves',
    confidence: 0.75,
    examples: ['Looks like someone didn’t measure the doorway.', 'Someone forgot to add their flat number.'],
    counterExamples: ['Someone from our team will call you before 5 pm.', 'Booking for someone else? Add their name at checkout.']
  },
  {
    // What the customer didn't do, told as the reason things went wrong.
    phrases: [
      'you didn’t|never @duty',
      'you did not @duty',
      'user|customer|patient|cardholder|member|applicant|guest|client|buyer|tenant|caller failed|forgot|neglected to',
      'user|customer|patient|cardholder|member|applicant|guest|client|buyer|tenant|caller didn’t|never @duty',
      'user|customer|patient|cardholder|member|applicant|guest|client|buyer|tenant|caller did not @duty'
    ],
    advice: 'Say what is still needed and how to do it now, not what the customer didn’t do.',
    note: 'the customer is told the trouble is what they failed to do',
    confidence: 0.75,
    examples: ['Your claim is on hold: you didn’t attach the receipt.', 'Transfer failed: customer did not confirm the code.'],
    counterExamples: ['If you didn’t tick the box, you won’t get our newsletter.', 'Didn’t get the code? Tap Resend.']
  },
  {
    // The fault handed over outright: “that’s on you”.
    phrases: [
      'that’s|it’s|one’s on you',
      'that|this|it is on you',
      'your problem',
      'is|’s your responsibility',
      'your own fault|doing|overspending|negligence|carelessness|error|mistake'
    ],
    advice: 'Say what happens now and what the customer can do, without saying whose fault it is.',
    note: 'the customer is told the problem is theirs alone to carry',
    confidence: 0.75,
    examples: ['You cancelled inside 24 hours, so that’s on you.', 'That was your own mistake, so the fee stands.'],
    counterExamples: ['That’s on us: your refund is on its way.', 'No problem, we’ve changed your delivery day.']
  },
  {
    // The customer's agreement held against them.
    phrases: [
      'which|that you agreed|accepted|signed',
      'you agreed to it|this|that|when',
      'you did tick|agree|accept|sign|say'
    ],
    advice: 'Explain the term plainly and what the customer can do now, without reminding them they agreed to it.',
    note: 'the customer is told they signed away their complaint',
    confidence: 0.75,
    examples: ['The fee is in the terms, which you agreed to.', 'Well, you did tick the box.'],
    counterExamples: ['Thanks, you agreed to our updated terms on 3 May.', 'You can read the terms you agreed to in your account.']
  },
  {
    // Late, in the customer's own doing.
    phrases: [
      'you @actedLate ...3 too late|early',
      'you @actedLate ...3 # days|hours|minutes|weeks late',
      'you @actedLate ...4 after the deadline|cut-off|cutoff',
      'you were # ...1 minutes|hours|days|mins late',
      'you missed the|your ...2 deadline|window|cut-off|cutoff|viewing|payment|check-in|session',
      'window|deadline|cut-off|cutoff missed'
    ],
    advice: 'Say what the customer can still do (a new slot, a late option, who to ask), not what they missed.',
    note: 'the customer is told off for being late instead of offered a way forward',
    confidence: 0.75,
    examples: ['You cancelled too late, so the fee stands.', 'You reported the damage 3 days late.', 'You missed the deadline for changes.'],
    counterExamples: ['Missed the deadline? You can still apply in the late round.', 'You paid a late fee of £4; we’ve refunded it.']
  },
  {
    // The customer's own misreading, named.
    phrases: [
      'you|you’ve @misDid',
      'you have @misDid',
      'you|you’ve ...4 mixed|muddled up'
    ],
    advice: 'Say what the offer or the booking is, plainly, without saying the customer got it wrong.',
    note: 'the customer is told they can’t read or count',
    confidence: 0.75,
    examples: ['You’ve misread the offer: it is 3 for £5.', 'Looks like you got the dates mixed up.'],
    counterExamples: ['Got your dates mixed up? Change your booking for free.', 'The offer is 3 for £5 on any fruit.']
  },
  {
    // A habit the customer is told to stop.
    phrases: [
      'please|kindly stop @nagging',
      'you keep|kept @nagging',
      'please do not chase'
    ],
    advice: 'Say what happens and when (“We reply within 2 days”), not what the customer should stop doing.',
    note: 'the customer is scolded like a nuisance',
    confidence: 0.75,
    examples: ['Kindly stop submitting the same request.', 'You keep sending the same photo.'],
    counterExamples: ['To stop receiving texts, reply STOP.', 'Please stop by the desk to collect your keys.']
  },
  {
    // A demand in question form: “Why haven't you…?”
    phrases: [
      'why haven’t|hasn’t|didn’t|isn’t|aren’t|wasn’t|weren’t you|your',
      'why have|did|are you not',
      'why are you calling|emailing|messaging|ringing|using|asking'
    ],
    advice: 'Say what is needed and by when, as a request, not a demand to explain.',
    note: 'the customer is cross-examined as if they owed an explanation',
    confidence: 0.75,
    examples: ['Why haven’t you paid yet?', 'Why are you calling this number?'],
    counterExamples: ['Wondering why you haven’t got your code? It can take 5 minutes.', 'Why not treat yourself to dessert?']
  },
  {
    // Damage or loss pinned on the customer.
    phrases: [
      'you broke|caused|cracked|ruined|scratched',
      'result of you|your not|own',
      'due to your failure|repeated|own|negligence|carelessness|mistake|mistakes|error|errors'
    ],
    advice: 'Say what was found and what it costs, plainly, and what the customer can do now.',
    note: 'the customer is told the damage is their doing',
    confidence: 0.75,
    examples: ['The car came back with a scratch you caused.', 'Your account is closed due to your repeated late payments.'],
    counterExamples: ['Broke your screen? We can fix it today.', 'Due to your feedback, we now open at 8.']
  },
  {
    // What the customer handed over, called wrong: the wrong one sent, not the right one, a verdict on an ID.
    phrases: [
      'that|that’s wasn’t|isn’t|not the right|correct @input|@handedOver',
      'you|you’ve ...2 submitted|uploaded|pressed|clicked|tapped|sent|printed|attached|filled ...2 the|a|an wrong|incorrect',
      'you|you’ve ...1 @youDid ...6 incorrectly|wrongly|improperly',
      '@faulty ...2 provided|supplied|given|entered|submitted by',
      'mistake|mistakes|error|errors in ...3 you @youDid|@entered',
      '@faulty ...1 @typedIn'
    ],
    advice: 'Say what didn’t match and how it should look, and that the customer can try again.',
    note: 'the customer reads a verdict on what they handed over, not what to change',
    confidence: 0.7,
    examples: ['You’ve uploaded the wrong document.', 'That wasn’t the right PIN.', 'Wrong postcode entered.'],
    counterExamples: ['This parking ticket is invalid after midnight.', 'Not the right size? Swap it for free.']
  },
  {
    // “Again”: the customer's slip counted as a habit.
    phrases: [
      'wrong|late|overdue|incorrect again',
      'forget|forgotten ...3 again',
      'went|gone over ...3 again'
    ],
    advice: 'Say what is needed now, without counting how often it happened.',
    note: 'the customer hears that their slips are being counted',
    confidence: 0.75,
    examples: ['Your rent is late again.', 'Did you forget your password again?'],
    counterExamples: ['Forgot your password? Reset it in one step.', 'Your order is on its way again after a short delay.']
  },
  {
    // Doubt that the customer can do the obvious.
    phrases: [
      'surely you',
      'that|which actually works|work',
      'not sure how but',
      'that’s not what you|we ...1 told|said|asked|agreed',
      'that is|was not what you|we ...1 told|said|asked|agreed'
    ],
    advice: 'Drop the doubt; say what didn’t work and what to try next.',
    note: 'the customer feels mocked for not knowing the obvious',
    confidence: 0.75,
    examples: ['Please use a card that actually works.', 'That’s not what you told us on the phone.'],
    counterExamples: ['Surely the best seat in the house: front row, centre.', 'Use any card that works with contactless.']
  },
  {
    // A lecture for next time.
    phrases: [
      'plan|leave|measure|listen ...4 next time',
      'next time ...2 double-check|check|measure|plan|make',
      'next time ...3 worth checking|check'
    ],
    advice: 'Say what happens now; a tip for later is advice, not a telling-off, when it is said as one.',
    note: 'the customer is lectured about next time instead of helped with this one',
    confidence: 0.75,
    examples: ['Please plan ahead next time.', 'Next time, double-check your order before you pay.'],
    counterExamples: ['Remember to bring this code next time you visit.', 'Next time we’ll text you when we’re 10 minutes away.']
  },
  {
    // Damage or trouble placed on the customer's side.
    phrases: [
      'you @youDid|returned|sent ...4 without',
      'damaged|broken|misused|mishandled by ...1 customer|owner|user',
      'mishandling|misuse ...1 by ...1 owner|customer|user|you',
      'handling|mistake|error|problem on your end|side',
      'if you’d|had picked|chosen|booked|ordered|paid|called|used',
      'happens when|to people|customers|users',
      '@people who don’t|never read|check|listen|follow|pay',
      '@people who do not read|check|listen|follow|pay',
      '@people who abuse|misuse',
      'too many mistakes|errors',
      'yourself out',
      'you were not in',
      'you were|are the one who',
      'not paying attention',
      'remember ...3 this time',
      'we didn’t warn you',
      'we did not warn you',
      'like it says on'
    ],
    advice: 'Say what happened and what the customer can do now, without placing it on their side.',
    note: 'the customer is told the trouble started with them',
    confidence: 0.75,
    examples: ['The item was damaged by the customer.', 'You sent it back without the box.', 'You’ve locked yourself out.'],
    counterExamples: ['You can send it back without the box.', 'Locked out? Reset your password in one step.']
  },
  {
    // Pointing back at what was said or shown before.
    phrases: [
      'as mentioned',
      'as we|i mentioned|explained|stated|said',
      'like i|we said|mentioned|explained',
      'already told|explained ...1 you',
      'was|were clearly listed|shown|marked|labelled|labeled|stated|displayed|signposted|printed',
      'this|it is clearly shown|listed|marked|stated|displayed',
      'which|that ...3 clearly warns|warned|states|stated|says|said|shows|showed|explains|explained'
    ],
    advice: 'Give the information plainly, as if for the first time, without pointing back to where it was said or shown.',
    note: 'the customer hears that they were told already and should have known',
    confidence: 0.75,
    examples: ['As mentioned in our last letter, your plan renews in June.', 'The opening times were clearly shown on the booking page.'],
    counterExamples: ['As promised, here is your 10% code.', 'Opening times are on the booking page: 9 am to 5 pm.']
  },
  {
    // More care asked for, after the fact.
    phrases: [
      'take ...1 more care',
      'more carefully',
      'a little more? care ...3 saves',
      'in future ...1 please|try|remember|be',
      'in future ...1 make sure',
      'for future reference ...6 should',
      'be ready|here|there on time ...2 in future'
    ],
    advice: 'Say what to do now, plainly; leave out how the customer should behave from now on.',
    note: 'the customer is told to be more careful, as if they were careless',
    confidence: 0.75,
    examples: [
      'Please take more care when you choose a size.',
      'Listen more carefully to the menu options.',
      'In future, please check the date before you pay.'
    ],
    counterExamples: ['Handle with care: this parcel is fragile.', 'In future you can track every order in the app.']
  },
  {
    // “Properly”: the customer's first go called sloppy.
    phrases: [
      'read|reread|re-read|retake|re-take|redo|re-do|listen ...4 properly',
      'a|one proper photo|picture|photograph|one|card|scan|image|address',
      'take|taken it|them|one properly',
      'needed|need ...1 loading|using|fitting|packing|plugging properly'
    ],
    advice: 'Say exactly what is needed (“a photo of the whole label, in good light”), not that the last try wasn’t proper.',
    note: 'the customer hears that their first go was careless',
    confidence: 0.75,
    examples: ['You’ll need to read the rules properly before you book.', 'Please upload a proper photo of the receipt.'],
    counterExamples: ['Make sure the lid is fitted properly before you blend.', 'A proper Sunday roast, served until 4 pm.']
  },
  {
    // The fault placed at the customer's end.
    phrases: [
      'something|problem|issue|fault at|on|from your end|side',
      'must be ...2 at|on your end|side',
      'is|was|lies at|on your end|side',
      'incorrectly|wrongly|wrong at|on your end|side',
      'your side|end not ours'
    ],
    advice: 'Say what was found and how to fix it together, without placing it at the customer’s end.',
    note: 'the customer is told the trouble is on their side, not the seller’s',
    confidence: 0.75,
    examples: ['The line tests fine, so it must be something at your end.', 'The problem is on your side, not ours.'],
    counterExamples: ['Nothing to do at your end: we’ll update your plan.', 'We’re on your side: here is how to claim.']
  },
  {
    // The customer's set-up or settings, called wrong.
    phrases: [
      'your ...3 was|were @entered|entered|set|configured|installed|wired|filled|typed ...2 incorrectly|wrongly|wrong|improperly',
      'you ...3 set|configured|wired|installed|fitted|connected ...4 wrong|wrongly|incorrectly|improperly',
      'your ...2 @ownKit is|are|was|were wrong|incorrect|misconfigured|faulty',
      'your ...2 @ownKit is|are|was|were to blame',
      'your ...2 is|are|was|were misconfigured'
    ],
    advice: 'Say what needs changing and how (“Switch the router to 2.4 GHz”), not that the customer set it up wrong.',
    note: 'the customer is told they set it up wrong',
    confidence: 0.75,
    examples: [
      'Your bank details were entered incorrectly.',
      'You wired the thermostat wrong, so the heating never came on.',
      'Your printer settings are wrong.'
    ],
    counterExamples: ['If your settings are wrong, tap Reset to start again.', 'Your router is set up and ready to use.']
  },
  {
    // Damage put down to misuse, neglect or wear.
    phrases: [
      'caused by misuse|neglect|wear|mishandling|your',
      'your misuse|neglect|mishandling',
      'self-inflicted',
      'been neglected|misused|mistreated|abused',
      'apply to neglect|misuse',
      'down to wear|misuse|neglect',
      'come|comes|came from wear|misuse|neglect',
      'because it was forced|misused|mishandled|dropped',
      'not a manufacturing|product fault',
      'rather than a fault'
    ],
    advice: 'Say what was found and what the repair costs, plainly, and what the customer can do now.',
    note: 'the customer is told they damaged it themselves',
    confidence: 0.75,
    examples: ['The crack was caused by misuse, so it isn’t covered.', 'This looks like wear rather than a fault.'],
    counterExamples: ['Cover includes accidental damage and everyday wear.', 'We caused this delay, and we’re sorry.']
  },
  {
    // Lateness and bad timing put on the customer.
    phrases: [
      'your|whose late arrival',
      'turn|turning|turned up late',
      'you arrived|turned|showed|came ...2 late',
      'your party|group|family arrived|turned|showed|came ...2 late',
      'you ...2 pulled|removed|unplugged|took|moved ...4 too early|soon',
      'you let your ...3 expire|lapse|run',
      'you were taking too long',
      'you’re taking too long',
      'couldn’t make it ...3 on time'
    ],
    advice: 'Say what the customer can still do now (a new slot, a late option), not that they were late.',
    note: 'the customer is told off for their timing instead of offered a way forward',
    confidence: 0.75,
    examples: ['Your late arrival meant the class started without you.', 'You pulled the card out too early.', 'You let your card expire, so the plan lapsed.'],
    counterExamples: ['Running late? Reply to this text and we’ll hold your slot.', 'Your parcel may arrive late because of the snow.']
  },
  {
    // The customer's own choice told as the cause.
    phrases: [
      'because you chose|picked|selected|opted|ticked|hit|clicked|pressed|tapped',
      'because you removed|ran|tried|let|changed|unplugged|parked|disputed',
      'which is why you were|’ve|got ...1 charged|billed|fined|locked|refused|blocked',
      'you chose|picked|selected ...4 yourself',
      'you chose to'
    ],
    advice: 'Say what happens now and what the customer can change, not which of their choices caused it.',
    note: 'the customer is told their own choice caused the trouble',
    confidence: 0.7,
    examples: ['Your order is slow because you chose the cheapest delivery.', 'You tapped Pay twice, which is why you were charged twice.'],
    counterExamples: ['You can choose a faster delivery at checkout.', 'Thanks for choosing us: your table is booked.']
  },
  {
    // What the customer handed over, judged unfit.
    phrases: [
      '@input|@handedOver|photos|labels you|you’ve ...2 @youDid|uploaded|showed|printed|took|wrote|gave ...5 @unfit',
      'you gave us ...3 wasn’t|isn’t|had|didn’t|doesn’t',
      'gave|entered|provided|supplied ...2 @unfit',
      'your ...2 details|address|information were|was @unfit'
    ],
    advice: 'Say what is needed instead (“a photo of the whole label, in good light”) and how to send it again.',
    note: 'the customer reads a verdict on what they handed over',
    confidence: 0.75,
    examples: ['The photo you uploaded is blurry.', 'The number you gave us had a digit missing.', 'Your address details were incomplete.'],
    counterExamples: ['Upload a clear photo of the receipt to finish your claim.', 'Thanks, the photo you uploaded is perfect.']
  },
  {
    // A question that implies the customer got it wrong.
    phrases: [
      'are you sure you’re registered|a|signed|logged|on|using',
      'are you sure you are registered|a|signed|logged|using',
      'are you sure you ...1 booked|registered|signed|copied|paid|sent|actually|really',
      'did you actually|really',
      'did you forget you|to',
      'where were you',
      'maybe|perhaps measure|read|glance',
      'manage ...3 better'
    ],
    advice: 'Say what to check and how, as a step, not as a question that doubts the customer.',
    note: 'the customer is asked a question that doubts them',
    confidence: 0.75,
    examples: ['We can’t find your booking. Are you sure you booked?', 'Did you actually plug it in?', 'Maybe measure the doorway first?'],
    counterExamples: ['Are you sure you want to cancel your order?', 'Did you know you can pay in the app?']
  },
  {
    // Fed up with customers, said out loud.
    phrases: [
      'we’re|we sick of',
      'we’ve|we had enough of',
      'we don’t appreciate @people',
      'we do not appreciate @people',
      'we hate ...2 no-shows|when|people|customers|it'
    ],
    advice: 'State the rule and what happens, calmly, without saying how tired you are of customers.',
    note: 'the customer hears that the business is fed up with people like them',
    confidence: 0.8,
    examples: ['We’re sick of parcels coming back unopened.', 'We don’t appreciate guests arriving late.'],
    counterExamples: ['Sick of queues? Order ahead in the app.', 'We don’t charge for changes made 24 hours ahead.']
  },
  {
    // What the customer cost everyone else.
    phrases: [
      'held|holding|holds up everyone|others',
      'delayed|delaying|delays everyone',
      'slow|slows|slowing ...3 down for everyone|others',
      'saves everyone',
      'wastes ...2 time',
      'wasting our|staff|everyone’s|sellers’ time',
      'it messes|mess ...1 our'
    ],
    advice: 'Say what is needed and what happens next; leave out what it cost others.',
    note: 'the customer is guilt-tripped for what they cost everyone else',
    confidence: 0.75,
    examples: ['An unsigned form is holding up everyone behind you.', 'Please don’t change it late: it messes up our planning.'],
    counterExamples: ['Your parcel is held up at customs; we’ll text you when it moves.', 'Save time next visit: order ahead.']
  },
  {
    // “It's usually the customer”: blame said as a general rule.
    phrases: [
      'usually|almost|nearly|mostly|often ...1 down to @people|you|your',
      'down to you|your not',
      'really|entirely|all down to you|your',
      'most ...1 faulty|broken ...5 are|is actually|just',
      'most ...3 returns|complaints|problems|issues ...3 from @people who',
      'usually works ...4 when',
      'fine|fit|fits|works on|for everyone else'
    ],
    advice: 'Say what to check and how, without suggesting the customer is the usual cause.',
    note: 'the customer is told that people like them are usually the cause',
    confidence: 0.75,
    examples: ['Slow setups are almost always down to users skipping step 2.', 'It’s really down to you not reading the listing.'],
    counterExamples: ['Delays are usually down to the weather this time of year.', 'The choice of colour is down to you.']
  },
  {
    // The customer's slips counted: “again”, “the third time”.
    phrases: [
      'you|you’ve lost|ran ...4 again',
      'lost your ...3 again',
      'you’ve missed ...4 again',
      'you|you’ve ...4 backwards again',
      'you|you’re ...3 wrong ...3 again',
      'the third|fourth|fifth ...2 this week|month|year|term',
      'that’s the second|third|fourth ...3 you|you’ve|this'
    ],
    advice: 'Say what is needed now, without counting how often it happened.',
    note: 'the customer hears that their slips are being counted',
    confidence: 0.75,
    examples: ['You’ve lost your locker key again.', 'That’s the third missed delivery this month.'],
    counterExamples: ['Missed the show? Watch it again on demand.', 'Your third coffee this week is on us.']
  },
  {
    // The customer's phone, browser or card blamed.
    phrases: [
      'the problem|issue|fault is your',
      'because of your @ownKit',
      'caused by your old|outdated|own',
      'your ...2 @ownKit ...2 broke|ruined|corrupted|caused'
    ],
    advice: 'Say what to change and how (“Update your browser, then try again”), not that the customer’s device is the problem.',
    note: 'the customer is told their own kit is to blame',
    confidence: 0.75,
    examples: ['The reader works; the problem is your phone.', 'Payment failed because of your card.'],
    counterExamples: ['Your phone works with our app: tap Pay to start.', 'Because of the storm, your delivery moves to Friday.']
  },
  {
    // Not there or not answering when the seller came.
    phrases: [
      'you weren’t at|ready|available|there|answering',
      'you were not at|ready|available|there|answering',
      'your phone was off|engaged|switched',
      'you didn’t pick up',
      'you did not pick up'
    ],
    advice: 'Say you missed each other and how to rebook, without saying the customer wasn’t there.',
    note: 'the customer is blamed for a visit or call that didn’t reach them',
    confidence: 0.75,
    examples: ['The driver waited, but you weren’t at the pickup point.', 'Your phone was off when the courier rang.'],
    counterExamples: ['Sorry we missed you. Pick a new time here.', 'If you weren’t there, choose a safe place for next time.']
  },
  {
    // A verdict on what the customer typed, said with “your” first.
    phrases: [
      'your ...2 @input|@handedOver|@typedIn is|are|was|were invalid|wrong|incorrect',
      'your ...2 @input|@handedOver|@typedIn is|are|was|were not valid',
      'you haven’t @duty|completed|answered ...4 correctly|properly|fully',
      'you have not @duty|completed|answered ...4 correctly|properly|fully'
    ],
    advice: 'Say what didn’t match and how it should look (“Enter the 8-digit account number”), and that the customer can try again.',
    note: 'the customer reads a verdict on what they typed',
    confidence: 0.7,
    examples: ['Your account number is invalid.', 'You have not filled in the form correctly.'],
    counterExamples: ['If your code is wrong, ask us for a new one.', 'Your account number is saved for next time.']
  },
  {
    // “We did exactly what you asked”: the fault handed back.
    phrases: [
      'exactly what|as you ...1 sent|ordered|wrote|supplied|gave|asked|submitted|showed|chose',
      'exactly what was sent|ordered|supplied|submitted',
      'perfect|fine when it left',
      'not|isn’t|aren’t down to us',
      'not a printing|fitting|delivery|manufacturing fault',
      'not sure how you managed|did',
      'how you managed it'
    ],
    advice: 'Say what was found and what can be done now, without handing the fault back.',
    note: 'the customer hears that the seller did it right, so the fault must be theirs',
    confidence: 0.75,
    examples: ['We printed exactly what you sent.', 'Not sure how you managed it, but the file is empty.'],
    counterExamples: ['We’ll make it exactly as you like it.', 'Your sofa left our warehouse on Monday.']
  },
  {
    // What the customer would have got, if only they had done it right.
    phrases: [
      'we’d|would have ...5 if ...3 had been|had|’d',
      'if ...3 had been ...3 right|correctly|properly|answered|filled|entered',
      'if you’d|had filled|declared|answered|kept|updated|cleared|done|given|told',
      'had you followed|checked|listened|measured|called|kept'
    ],
    advice: 'Say what happens now and what the customer can do, not what would have happened if they had done better.',
    note: 'the customer is told the trouble would not have happened if they had done it right',
    confidence: 0.75,
    examples: ['We’d have shipped it yesterday if the address had been complete.', 'If you’d filled in the form, you’d have your pass.'],
    counterExamples: ['If you need a hand filling in the form, call us.', 'We’d love to have you back: book here.']
  },
  {
    // Left to the customer as their duty, or ignored by them.
    phrases: [
      'were|was|are your own? responsibility',
      'you|you’ve ignored',
      'ignored our|the ...3 reminders|letters|emails|messages|warnings|sign|signs',
      'read ...4 before contacting|calling|asking|emailing|messaging',
      'stop guessing',
      'there for a reason'
    ],
    advice: 'Say what is needed now and who can help, not that it was the customer’s job or that they ignored it.',
    note: 'the customer is told they let down their side of the deal',
    confidence: 0.75,
    examples: ['Meter readings were your responsibility.', 'Your account is on hold because you’ve ignored our reminders.'],
    counterExamples: ['Your safety is our responsibility.', 'Read our guide to pick the right size.']
  },
  {
    // The wrong one booked, bought or clicked: a slip named as theirs.
    phrases: [
      'you|you’ve ...2 booked|ordered|bought|signed|registered|paid|parked|turned|went|came ...3 the|a|an wrong',
      'you’re @youDid|signing|logging|using ...3 the wrong',
      'you|you’ve @youDid|clicked|tapped|pressed|scanned|submitted|paid ...4 twice',
      'double-submitting|double-clicking|double-booking|double-tapping',
      'customer|user|tenant|client supplied|brought|provided|submitted ...2 incorrect|invalid|corrupt|malformed|wrong|unsellable',
      'not returned|declared|signed by tenant|customer|user|you'
    ],
    advice: 'Say what is wrong and how to change it (“Swap to the Friday class here”), without pinning the slip on the customer.',
    note: 'the customer is told they booked, bought or clicked the wrong thing',
    confidence: 0.75,
    examples: ['You booked the wrong room for your party.', 'You tapped Pay twice.', 'Customer supplied incorrect measurements.'],
    counterExamples: ['Booked the wrong room? Change it for free here.', 'If you’ve ordered the wrong size, swap it in the app.']
  },
  {
    // Not the one on record: the customer's version contradicted.
    phrases: [
      'that’s not the @input|@handedOver|account|one you|we',
      'that is not the @input|@handedOver|account|one you|we',
      'that’s not what your',
      'doesn’t look like a|one real|valid|we’d|we',
      'does not look like a real|valid',
      'check what you typed|entered|wrote|told',
      'your typing'
    ],
    advice: 'Say what to check and where to find it (“Use the code in our latest text”), without contradicting the customer.',
    note: 'the customer is told their version is wrong',
    confidence: 0.75,
    examples: ['That’s not the email you signed up with.', 'Hmm, that doesn’t look like a real account number.'],
    counterExamples: ['If that’s not the email you use, change it in Settings.', 'Use the code from our latest text.']
  },
  {
    // The customer acted without asking or updating first.
    phrases: [
      'you changed|disputed|cancelled|canceled|moved|ordered|booked|returned ...4 without updating|contacting|checking|telling|asking',
      'as|like the tutorial|manual|guide|instructions|app|sign|video|leaflet told|tells|said|says|showed|shows',
      'clearly haven’t|hasn’t|weren’t|wasn’t',
      'you have failed to',
      'you’ve failed to'
    ],
    advice: 'Say what happens now and how to put it right, not what the customer should have done first.',
    note: 'the customer is told they skipped a step they were shown',
    confidence: 0.75,
    examples: ['You disputed the payment without contacting the seller.', 'Park in a bay, as the app told you.'],
    counterExamples: ['You can cancel without contacting us: tap Cancel.', 'The app shows every bay near you.']
  },
  {
    // Their slip explained, with a knowing wink.
    phrases: [
      'that’d be why',
      'that’s why it broke|failed|didn’t|got|happened',
      'common|easy mistake ...3 to|for|if|when',
      'happens to the best of us',
      'funny how',
      'funny ...3 our records',
      'interesting choice'
    ],
    advice: 'Say what caused it plainly, if it helps, and what to do now; drop the knowing tone.',
    note: 'the customer hears a knowing remark about their slip',
    confidence: 0.75,
    examples: ['Oh, the cable was loose? That’d be why.', 'It’s a common mistake for first-time users.'],
    counterExamples: ['That’s why we test every cable before it ships.', 'Interesting facts about our coffee are on the back.']
  },
  {
    // A verdict on what the customer typed, picked or showed, told after the thing (“the code you entered is not valid”).
    phrases: [
      'you|you’d ...1 @youDid|chosen|showed|shown|brought|reported ...1 is|are|was|were not valid|correct|right',
      'you|you’d ...1 @youDid|chosen|showed|shown|brought|reported ...1 isn’t|aren’t|wasn’t|weren’t valid|correct|right',
      'you|you’d ...1 @youDid|chosen|showed|shown|brought|reported ...1 is|are|was|were not a valid|real',
      'you|you’d ...1 @youDid|chosen|showed|shown|brought|reported ...2 doesn’t|don’t|didn’t match|exist|fit',
      'you|you’d ...1 @youDid|chosen|showed|shown|brought|reported ...2 does|do|did not match|exist|fit'
    ],
    advice: 'Say what the system expects (“The code is the 6 digits on your ticket”) and how to try again, without pointing at what the customer gave.',
    note: 'the customer reads a verdict on what they gave, with themselves as the subject',
    confidence: 0.75,
    examples: ['The booking number you entered is not valid.', 'The mileage you gave us doesn’t match our records.'],
    counterExamples: ['If the code you entered doesn’t match, we’ll text you a new one.', 'Check that the name on the booking matches your ID.']
  },
  {
    // Something picked that could never work, told as the customer's act.
    phrases: [
      'you|you’ve ...1 @youDid|chosen|selected|entered a|an ...4 already passed|gone',
      'you|you’ve ...1 @youDid|chosen|selected|entered a|an ...4 in the past',
      'you|you’ve ...1 @youDid|chosen|selected|entered a|an ...3 that|which doesn’t|didn’t exist',
      'you|you’ve ...1 @youDid|chosen|selected|entered a|an ...3 that|which does|did not exist'
    ],
    advice: 'Say which choices are open (“Pick a date from tomorrow on”) instead of what the customer picked.',
    note: 'the customer is told they picked something impossible',
    confidence: 0.75,
    examples: ['You’ve chosen a pickup day that has already passed.', 'You entered an email address that doesn’t exist.'],
    counterExamples: ['Pick a date from tomorrow on; past dates are greyed out.', 'The date you picked has already passed. Choose one from tomorrow on.']
  },
  {
    // The customer named in the third person as the one who got it wrong.
    phrases: [
      'user|customer|passenger|member|guest|patient|client|cardholder|hirer|player @youDid|entered|selected|supplied ...2 @faulty|impossible',
      'customer|user|member|passenger failing|failed to'
    ],
    advice: 'Name what didn’t match (“That date of birth didn’t match our records”), not the customer who entered it.',
    note: 'the customer is logged as the one who got it wrong',
    confidence: 0.75,
    examples: ['Booking stopped: guest entered an impossible date.', 'Refund refused due to customer failing to keep the receipt.'],
    counterExamples: ['Every customer can change their booking reference in the app.', 'Enter the booking reference from your confirmation e-mail.']
  },
  {
    // A bare verdict on a date of birth or reading, the things forms ask for that `input` doesn't list.
    phrases: [
      '@faulty date|day of birth',
      '@faulty ...1 reading|readings|ticket|mpan|mileage'
    ],
    expected: ['Type the date of birth as day, month and year, e.g. 04/11/1988.'],
    note: 'the customer reads a verdict instead of the form the answer should take',
    confidence: 0.7,
    examples: ['Wrong date of birth!', 'Incorrect meter reading.'],
    counterExamples: ['Type the date of birth as day, month and year.', 'This parking ticket is invalid after midnight.']
  },
  {
    // Damage or failure put down to careless use, said in other words than `misuse`.
    phrases: [
      'through|by|from|to misuse|neglect|carelessness|mishandling',
      'careless|rough cleaning|driving|handling|use|packing|treatment|parking',
      'customer|user|owner neglect|damage',
      'your failure to',
      'looked after properly',
      'lack of care|watering|cleaning|maintenance'
    ],
    advice: 'Say what the inspection found and what the options are, without a verdict on how the customer treated it.',
    note: 'the customer is told they were careless with their own things',
    confidence: 0.75,
    examples: ['The screen was cracked through misuse, so the repair is chargeable.', 'These marks come from careless cleaning.'],
    counterExamples: ['Cleaning tips for your lenses are in the case.', 'We found a crack in the screen; the repair is £49 or we can send it back.']
  },
  {
    // Disbelief: doubting the customer did the obvious, or that they are honest.
    phrases: [
      'have|did you actually',
      'nice try',
      'don’t bother denying',
      'presumably read',
      'try harder',
      'that’s not a real',
      'that is not a real'
    ],
    advice: 'Say what the system needs (“Plug the charger into a wall socket, then hold the button for 3 seconds”) as a plain step.',
    note: 'the customer hears that the seller doubts them or thinks them slow',
    confidence: 0.75,
    examples: ['Have you actually switched it on?', 'Hmm, that’s not a real postcode.'],
    counterExamples: ['Switch it on at the wall, then press the power button.', 'Not sure how postcodes work abroad? Enter the one on your bill.']
  },
  {
    // “Actually” as the reproach: a first try assumed half-hearted.
    phrases: [
      'actually plugged|plug|attached|attach|turn|pick|picked|pay|paid|looked|bring|brought',
      'actually has|have funds|money|enough',
      'if|unless you actually'
    ],
    advice: 'Ask for the step plainly (“Use a card with enough funds, or another card”).',
    note: 'the customer hears that the seller assumes they didn’t really try',
    confidence: 0.75,
    examples: ['Please use a card that actually has funds.', 'Check you’ve actually plugged it in.'],
    counterExamples: ['Actually, there’s a quicker way: pay by app.', 'Plug it in, then wait for the green light.']
  },
  {
    // A request that says the last try was sloppy (“this time”), or counts the customer's slips.
    phrases: [
      'correctly|fair|ready|still|carefully this time',
      'remember ...4 this time',
      'for the second|third|fourth|fifth time',
      'already ...2 twice',
      'explained ...3 twice',
      'times already'
    ],
    advice: 'Ask for what you need once, plainly, as if for the first time.',
    note: 'the customer is reminded of their last slip as they are asked again',
    confidence: 0.75,
    examples: ['Please enter it correctly this time.', 'For the third time, the fee is non-refundable.'],
    counterExamples: ['Your order is ready at the counter; bring your ticket.', 'This time next week your order will be with you.']
  },
  {
    // Not being there, told as the customer's doing (“nobody was home” alone is a neutral fact).
    phrases: [
      'nobody|no-one answered the door|phone',
      'no one answered the door|phone'
    ],
    expected: ['We’re sorry we missed you. Pick a new delivery time here.'],
    note: 'the customer is told off for not being there instead of offered another time',
    confidence: 0.7,
    examples: ['The cleaner waited outside because nobody answered the door.', 'No one answered the phone when the driver rang.'],
    counterExamples: ['We’re sorry we missed you. Pick a new delivery time here.', 'Nobody was home when we called, so pick a new time that suits you.']
  },
  {
    // The customer set against everyone else who managed (blame told as a rule).
    phrases: [
      'most @people|candidates|homeowners|hirers ...4 first try|attempt|go',
      'nobody|no-one else ...1 has|had trouble|problems|issues',
      'no one else ...1 has|had trouble|problems|issues',
      'unlike most @people',
      'loads|lots of people can’t|forget|mess',
      'common slip|mistake ...1 when @people'
    ],
    advice: 'Help with this customer’s case alone; leave out how others do.',
    note: 'the customer is compared with everyone who managed, and feels slow',
    confidence: 0.75,
    examples: ['Most people verify on their first try.', 'Nobody else has had trouble with these codes.'],
    counterExamples: ['Most people collect within 2 days; we’ll hold it for 7.', 'Lots of people get a discount: see if you qualify.']
  },
  {
    // What the customer's lateness or absence cost the staff, told as guilt.
    phrases: [
      'driver|crew|courier|engineer|cleaner|fitter|installer|technician waited',
      'waited ...3 for you',
      'cost|costs us time|money',
      'throws|threw our ...2 out',
      'we can’t|cannot keep holding|waiting|reserving'
    ],
    advice: 'Say what happens now (a new slot, a fee if there is one) without what it cost the staff.',
    note: 'the customer is handed the guilt for the staff’s lost time',
    confidence: 0.75,
    examples: ['The driver waited 15 minutes outside your door.', 'Missed appointments cost us time and money.'],
    counterExamples: ['Your driver will wait up to 10 minutes at the door.', 'Sorry you waited: here is 10% off your next order.']
  },
  {
    // The customer's own thing or choice named as the cause (“because of the photo you sent”).
    phrases: [
      'because|from|due ...1 the ...3 you|you’d @youDid|brought|showed|uploaded',
      'because of how you',
      'that’s how the',
      'which is how the',
      'that’s down to your|you',
      'which is down to your|you',
      'was|were your choice|decision',
      'yours to pay|cover'
    ],
    advice: 'Say what went wrong and what can be done now, without tracing it back to what the customer gave or chose.',
    note: 'the customer is shown their own choice as the cause',
    confidence: 0.75,
    examples: ['The print is fuzzy because of the low-res file you sent.', 'The hem is that length because that was your choice.'],
    counterExamples: ['Thanks for the photos you sent: your repair is booked.', 'Your choice of colour is saved for next time.']
  },
  {
    // Harm the customer did, in one verb: voided, broke, breached.
    phrases: [
      'you|you’ve ...1 voided|breached|violated|ruined|corrupted',
      'you have ...1 voided|breached|violated|ruined|corrupted',
      'you’ve caused',
      'you have caused',
      'you|you’ve ...1 broke|broken the|our|your|it'
    ],
    advice: 'Say what stopped working and what can be done, without telling the customer they caused it.',
    note: 'the customer is told they did the damage',
    confidence: 0.75,
    examples: ['You voided the warranty by opening the case.', 'You’ve broken the seating chart.'],
    counterExamples: ['Opening the case doesn’t void your warranty.', 'Something broke on our side; your seating chart is safe.']
  }
]

/** Overlapping a blame match, these make it a count of tries, not a verdict. */
export const notBlame: readonly PhraseEntry[] = [
  {
    phrases: [
      '@faulty ...1 @input attempts|tries|entries',
      'consecutive|repeated|multiple @faulty @input'
    ],
    note: 'a count of attempts',
    confidence: 1,
    counterExamples: [
      '3 wrong PIN attempts left before your card is locked.',
      'Incorrect password tries today: 2 of 5.',
      'Lock the account after 5 consecutive incorrect passcodes.'
    ]
  },
  {
    // A condition, not an accusation: “if you didn’t…”, “if that’s not the one you used…”.
    phrases: [
      'if|unless you didn’t|never|broke|caused|missed|misread|cancelled|canceled|weren’t|wasn’t|ignored|booked|ordered|bought',
      'if|unless you’ve',
      'if|unless you did not',
      'if|unless the|your|a ...2 you|you’ve',
      'if|unless that’s|that|it’s not',
      'if|unless someone|somebody|your',
      'next time you|you’re|we',
      // A belief the customer may hold, not a verdict: “if you believe you should have access…”.
      'if|unless you believe|think|feel you|that',
      // The class of an HTTP error (4xx), not a person: “A client error occurred”.
      'client error occurred|occurs|has',
      // A wish, not a verdict (we-centered tells it): “we’d rather you didn’t cancel”.
      'rather|prefer you',
      // A nudge to buy, not blame (pressure-selling tells it): “Why haven’t you booked yet?”
      'why haven’t|didn’t you ...1 booked|rebooked|rated|upgraded|ordered|tried|bought|joined|subscribed|shopped|visited|claimed',
      'why didn’t you ...1 book|rebook|rate|upgrade|order|try|buy|join|subscribe|shop|visit|claim'
    ],
    note: 'a condition or a plan, not a verdict',
    confidence: 1,
    counterExamples: [
      'If you didn’t make this change, contact us.',
      'If the code you entered doesn’t match, we’ll text you a new one.',
      'Remember your loyalty card next time you visit.',
      'We’d rather you didn’t rush: take your time choosing.',
      'Why haven’t you tried our new menu yet?',
      'If you think you should have access, ask your admin.',
      'A client error occurred. Refresh the page to try again.'
    ]
  },
  {
    // A setting's description or a help text that names wrong input to say what happens to it, not a verdict.
    phrases: [
      'for|with|of|on|first|any|highlight|highlights @faulty @input|@handedOver',
      'sets|set|choose|chooses|controls|control|determines|specifies|defines|configures|customize|customise ...9 @faulty'
    ],
    note: 'a setting or a help text, not a verdict on the customer',
    confidence: 1,
    counterExamples: [
      'Notification message for invalid input',
      'Highlight invalid data',
      'Sets where the error message shows when the answer is invalid.'
    ]
  }
]
