import type {PhraseEntry} from '../phrase-table.js'

const note = 'the customer is left waiting on the seller’s chain of command'
// Said for a colleague the customer can see being fetched (“only a manager can”).
const finishedForYou = 'A team member will finish this for you'

/** People and places whose sign-off the customer is made to wait for, by kind. */
export const authorities: readonly PhraseEntry[] = [
  {
    phrases: [
      'manager',
      'supervisor',
      'team leader|lead',
      'shift leader|lead',
      'floor leader|lead',
      'finance leader|lead',
      'store|branch|club|duty|floor|general|department|shift|area|regional manager',
      'head =florist|=chef|=pharmacist|=cashier|=teller|=mechanic|=nurse|=librarian|=baker|=stylist|=technician|=barista',
      'higher-up',
      'higher-ups',
      'senior member|colleague|manager|staff|agent|advisor|adviser|rep|banker',
      'attendant',
      'management',
      'franchise|store|shop|business owner',
      'from|by the owner',
      'boss',
      'keyholder',
      'key holder',
      'senior colleague',
      'senior staff',
      'approver'
    ],
    expected: [finishedForYou],
    note: 'the customer stands waiting while someone more senior is found to allow it',
    confidence: 0.85,
    examples: ['Please wait here for manager approval before we finish your return.', 'I need the duty manager to sign off your exchange.'],
    counterExamples: ['The manager on duty today is Alex, just say hi.', 'Ask for a supervisor any time if something isn’t right.']
  },
  {
    phrases: [
      'department head',
      'head office',
      'head of',
      'regional|district|area|main|central|head office',
      'regional|district|area|store|branch director|team',
      'committee',
      'head-office',
      'finance|legal|billing department',
      'compliance department',
      'compliance officer',
      'from compliance|legal|finance|risk',
      'headquarters',
      'hq',
      'corporate',
      'back office'
    ],
    advice: 'Say what will happen and by when (“You’ll have an answer by Friday”), not which office decides.',
    note: 'the customer’s request disappears into an office they can’t see or reach',
    confidence: 0.85,
    examples: ['Your claim has been referred to head office for a final decision.', 'Your refund is waiting for approval from the billing department.'],
    counterExamples: ['Our head office is in Leeds, and you can visit it any weekday.']
  },
  {
    phrases: [
      'lending|credit|approval|review committee|board|panel',
      'adjuster',
      'underwriter',
      'senior underwriter'
    ],
    expected: ['We’ll tell you our decision by Friday'],
    note: 'the customer is left waiting on a decision-maker they will never meet, with no date',
    confidence: 0.85,
    examples: ['Your loan is pending approval from the lending committee.', 'Your claim is waiting for the adjuster to approve it.'],
    counterExamples: ['Our lending committee meets every Monday to set new rates.']
  }
]

/** Words that make the customer wait on that person's say-so. */
export const gates: readonly PhraseEntry[] = [
  {
    phrases: [
      'approval',
      'approve',
      'authorisation',
      'authorization',
      'authorise',
      'authorize',
      '=ok',
      '=okay',
      'okayed',
      'okay’d',
      'ok’d',
      'sign-off',
      'sign off',
      'signs off',
      'override',
      'permission',
      'swipe',
      'badge',
      'go|goes to the',
      'passed|referred|escalated to',
      'until she|he|they is|are free',
      'until she’s|he’s|they’re free',
      'must',
      'needs to',
      'has|have to',
      'required',
      'unlock',
      'only a|an|the',
      'without',
      'code',
      'verify',
      'check by',
      'allowed',
      'permitted',
      'check with',
      'release',
      'queued',
      'go-ahead',
      'go ahead',
      'need to ask',
      'okays',
      'sign it off',
      'awaits',
      'not authorised|authorized',
      'queue',
      'forwarded to',
      'on hold',
      'checks|check it',
      'until he|she|they get|gets',
      'decision',
      'decide',
      'decides',
      'review',
      'pending',
      'can|may void|approve|override|authorise|authorize|unlock|sign',
      'cleared with|by',
      'only be',
      'by a|an|the',
      'become|becomes available',
      'is free',
      '=require',
      '=requires',
      'signature',
      'countersign',
      'waiting on|for',
      'wait for'
    ],
    note,
    confidence: 0.85,
    examples: ['Refunds over $50 require supervisor override.', 'Your loan is pending approval from the lending committee.'],
    counterExamples: ['Approval for your loan usually takes one business day.', 'You don’t need permission to return an unopened item.']
  }
]

/**
 * A gate in the next sentence that points back at the person with a
 * pronoun: “I've asked my supervisor. We can't do anything until she
 * approves.”
 */
export const pronounGates: readonly PhraseEntry[] = [
  {
    phrases: [
      'until he|she|they approve|approves|sign|signs|say|says|okay|okays|ok|oks|agree|agrees|confirm|confirms',
      'he|she|they must|needs|need|has|have to? approve|sign|okay|ok|authorise|authorize',
      'until he|she|they get|gets|got to it',
      'he|she|they will|’ll decide|approve|review',
      'until he|she|they get|gets|got around to it'
    ],
    note,
    confidence: 0.85,
    examples: [
      'I’ve asked my supervisor. We can’t refund the card until she approves.',
      'Your quote is with the underwriter now. He will review it and get back to us.'
    ],
    counterExamples: ['Your account manager is on leave this week. She will review your plan with you on Monday.']
  }
]

/** Gates that say it alone. */
export const standaloneGates: readonly PhraseEntry[] = [
  {
    phrases: [
      'manager-only',
      'managers-only',
      'supervisor-only',
      'manager only',
      'supervisor only',
      'staff-only override',
      'only the owner|manager|supervisor|boss can',
      'only head office|management|managers|supervisors can',
      'the owner has|must|needs to? approve|sign|okay'
    ],
    expected: [finishedForYou],
    note: 'the customer hears that the person in front of them isn’t allowed to help',
    confidence: 0.8,
    examples: ['Only the manager can refund cash.', 'Price changes are supervisor-only.'],
    counterExamples: ['Staff-only areas are marked with a red sign.']
  },
  {
    phrases: [
      'run it up the chain',
      'up the chain',
      'escalated it upward',
      'whether i’m even allowed',
      'am i even allowed',
      'escalated to level # for',
      'level # authorisation|authorization|approval'
    ],
    expected: ['We’ll confirm by 5 pm today'],
    note: 'the customer hears their request climbing a ladder with no end in sight',
    confidence: 0.8,
    examples: ['I’ll have to run it up the chain before I can refund you.', 'Your dispute needs level 2 authorisation, so it may take a while.'],
    counterExamples: ['Our chain of 40 stores all accept returns with a receipt.', 'You’re allowed two free exchanges on every order.']
  }
]

/** A manager who works for the customer is a resource, not a gate. */
export const resources: readonly PhraseEntry[] = [
  {
    phrases: [
      'account|relationship|project|property|case|care|success manager|lead',
      'your manager|supervisor',
      'your line manager',
      'manager|supervisor ...3 already approved|authorised|authorized|signed',
      'i’m the|a|your ...1 manager|supervisor|lead|leader',
      'i am the|a|your ...1 manager|supervisor|lead|leader'
    ],
    note: 'a named resource who works for the customer',
    confidence: 1,
    counterExamples: ['Your case manager must sign the form with you at the visit.', 'I’m the store manager, and I can approve your refund right now.']
  }
]

/**
 * A promise with a time in the same sentence answers the wait: “Our
 * underwriter is reviewing it, and we'll tell you the decision by 14 March.”
 */
export const timedPromises: readonly PhraseEntry[] = [
  {
    phrases: [
      'we’ll|i’ll tell|let|email|text|call|update you ...5 by|within|today|tomorrow',
      'we|i will tell|let|email|text|call|update you ...5 by|within|today|tomorrow'
    ],
    note: 'a promise with a time',
    confidence: 1,
    counterExamples: [
      'Head office approval takes a day, and we’ll text you the result by 5 pm tomorrow.',
      'Our underwriter is reviewing it, and I will email you the decision by 14 March.'
    ]
  }
]
