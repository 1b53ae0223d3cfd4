import type {PhraseEntry} from '../phrase-table.js'

const expected = ['A team member will finish your return', 'We’ll confirm by 5 pm today']
const note = 'the customer is left waiting on the seller’s chain of command'

/** People and places whose sign-off the customer is made to wait for. */
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
      'department head',
      'head office',
      'head of',
      'head =florist|=chef|=pharmacist|=cashier|=teller|=mechanic|=nurse|=librarian|=baker|=stylist|=technician|=barista',
      'higher-up',
      'higher-ups',
      'regional|district|area|main|central|head office',
      'regional|district|area|store|branch director|team',
      'senior member|colleague|manager|staff|agent|advisor|adviser|rep|banker',
      'lending|credit|approval|review committee|board|panel',
      'committee',
      'attendant',
      'head-office',
      'finance|legal|billing department',
      'adjuster',
      'compliance department',
      'compliance officer',
      'underwriter',
      'senior underwriter',
      'management',
      'franchise|store|shop|business owner',
      'from|by the owner',
      'from compliance|legal|finance|risk',
      'boss',
      'headquarters',
      'hq',
      'corporate',
      'back office',
      'keyholder',
      'key holder',
      'senior colleague',
      'senior staff',
      'approver'
    ],
    expected,
    note,
    confidence: 0.85,
    examples: ['Please wait here for manager approval before we finish your return.', 'Your claim has been referred to head office for a final decision.'],
    counterExamples: ['The manager on duty today is Alex, just say hi.', 'Ask for a supervisor any time if something isn’t right.']
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
      'run it up the chain',
      'up the chain',
      'escalated it upward',
      'whether i’m even allowed',
      'am i even allowed',
      'escalated to level # for',
      'level # authorisation|authorization|approval',
      'only head office|management|managers|supervisors can',
      'the owner has|must|needs to? approve|sign|okay'
    ],
    expected,
    note,
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
