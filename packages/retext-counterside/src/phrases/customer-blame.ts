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
    expected: ['The ticket went in upside down. Turn it over and insert it again.'],
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
      'you neglected to',
      'your fault',
      'your mistake',
      'you messed up',
      'mistyped',
      'you didn’t read',
      'you did not read',
      'you didn’t follow',
      'as you were told',
      'as we told you',
      'as already explained'
    ],
    expected: ['That card number didn’t go through — please check it and try again'],
    note: 'the customer hears an accusation, not help',
    confidence: 0.85,
    examples: ['You must have missed our e-mail about the new opening hours.', 'You forgot to attach your receipt, so we can’t look at your claim.'],
    counterExamples: ['Forgot your password? Tap here to reset it.', 'You must bring photo ID to collect your parcel.']
  },
  {
    phrases: [
      'you|you’re|you’ve ...2 @youDid ...2 the|a|an @faulty',
      'you are ...2 @youDid ...2 the|a|an @faulty',
      'you’re giving|using|entering ...2 @faulty'
    ],
    expected: ['That PIN didn’t match. Try again.', 'That showtime has passed — pick another'],
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
    expected: ['That PIN didn’t match. Try again.'],
    note: 'the customer reads a verdict on themselves; say what didn’t match and what to do',
    confidence: 0.7,
    examples: ['Invalid input. Please try again.', 'Incorrect card number entered.'],
    counterExamples: ['This parking ticket is invalid after midnight.', 'Check the card number and try again.']
  },
  {
    phrases: [
      'you must enter|provide|use|select|give a valid|correct|proper'
    ],
    expected: ['Enter a postcode like SW1A 1AA'],
    note: 'the customer hears they did it wrong; show the format instead',
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
      'you were a no-show',
      'which held up',
      'which took a spot',
      'inconvenienced other'
    ],
    expected: ['We missed you at Tuesday’s class — book your next one here'],
    note: 'the customer is guilt-tripped for what it cost others',
    confidence: 0.8,
    examples: ['You didn’t show up to your 3pm appointment, which held up the next patient.', 'You were late, so your table has been given away.'],
    counterExamples: ['We missed you at Tuesday’s class — book your next one here.', 'Running late? Reply to this text and we’ll hold your table.']
  },
  {
    phrases: [
      'please actually',
      'actually restart|read|check|try|follow',
      'this time please',
      'for the last time',
      'once again please',
      'as i said',
      'read|check|follow ...3 instructions|manual|sign|signs|steps ...3 next time',
      'next time please|read|check|follow|listen|remember',
      'did|do you even',
      'be more careful',
      'without scanning it',
      'before joining the queue',
      'you inserted foreign|damaged',
      'had you read',
      'on your part',
      'as was made perfectly clear',
      'checked by you',
      'by you at the time',
      'you obviously',
      'obviously didn’t',
      'if you had arrived on time',
      'you wouldn’t have lost',
      'customers|guests|people who keep forgetting',
      'slow everything down for everyone',
      'bring the right',
      'make sure you actually',
      'you actually have',
      'because you interrupted',
      'try not to close|interrupt',
      'as we’ve already explained',
      'as we clearly stated',
      'really on you',
      'customer misuse|negligence',
      'which you did not|didn’t bring',
      'you weren’t in',
      'if you’d bothered',
      'bothered checking|reading|to check|to read',
      'you entered|typed|gave|provided is|was invalid|wrong|incorrect',
      'twice again',
      'please pay attention',
      'you weren’t home',
      'you were not home',
      'as usual',
      'if you had read|checked',
      'would not be in this situation',
      'this keeps happening',
      'you missed another',
      'check your balance before',
      'cracked|damaged|broken by you',
      'user|customer did not|didn’t follow',
      'you were warned',
      'as you were warned',
      'you left your bag|bags|items|trolley|cart unattended',
      'not following the rules',
      'you are not following',
      'you typed too fast',
      'broke the form',
      'because you didn’t respond|reply|answer|confirm',
      'you missed your appointment|booking|slot|collection|class',
      'did you check|read|try ...2 before',
      'please stop calling|emailing|messaging|phoning',
      'wrong button|key|slot|card again',
      'you pressed|tapped|chose|picked ...2 wrong',
      'third|second|fourth time you’ve|you',
      'if you don’t|do not read our',
      'can’t help you if you',
      'are you sure you typed|entered|put|used|gave|scanned',
      'right|correct ...2 this time',
      'since you keep forgetting|losing',
      'you keep forgetting|losing|entering',
      'follow|read ...3 this time',
      'should know by now',
      'the wrong way to',
      'did you sign|enter|insert|type ...2 properly|correctly',
      'kept guessing',
      'you @youDid an|a expired',
      'wouldn’t have happened if you',
      'would not have happened if you',
      'if you’d read|checked|followed|listened|looked',
      'you failed verification|security',
      'you failed the|our check|test',
      'because your ...3 were|was wrong|incorrect|invalid',
      'stop pressing|tapping|clicking|pushing',
      'incorrect|wrong|invalid ...3 by customer|you',
      'you forgot your ...3 again',
      'forgot ...3 again',
      'you clearly',
      'clearly didn’t',
      'because you closed|left|refreshed|cancelled|ignored|skipped',
      'you’ve made an|a error|mistake',
      'you have made an|a error|mistake',
      'you got ...3 wrong',
      'not how ...3 works',
      'because you didn’t|forgot|failed|never',
      'because you did not',
      'caused by you',
      'by you not',
      'you’re using ...3 wrong|incorrectly',
      'you are using ...3 wrong|incorrectly',
      'again properly',
      'properly this time',
      'didn’t tap|hold|insert|swipe|press ...3 long|hard|firmly enough',
      'didn’t tap|hold|insert|swipe|press|scan|enter|bag|place|fill|complete ...3 properly|correctly',
      'customer entered|used|inserted|selected|chose an|a? wrong|expired|invalid|incorrect',
      'please learn',
      'learn to use|how',
      'your complaint|claim|appeal|excuse|reason is|was invalid|rejected',
      'your complaint|claim|appeal|excuse|reason is|was not valid',
      'unauthorized|unauthorised action|operation|attempt',
      'you were supposed to',
      'you’re supposed to',
      'you should’ve',
      'you didn’t provide|bring|include a|an valid|the',
      'you did not provide|bring|include a|an valid|the',
      '@faulty ...1 @input you|you’ve ...1 @entered|@youDid',
      'you|you’ve ...2 @youDid ...4 incorrectly|wrongly|improperly|wrong'
    ],
    expected: ['Let’s try a restart together — unplug the router for 10 seconds'],
    note: 'the customer hears that they are not believed',
    confidence: 0.75,
    examples: ['Please actually restart the router before you call again.', 'As I said, refunds take 5 working days.'],
    counterExamples: ['Let’s try a restart together — unplug the router for 10 seconds.', 'Please check the cable, then tap Continue.']
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
