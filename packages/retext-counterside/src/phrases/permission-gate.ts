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
    confidence: 0.85
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
    confidence: 0.85
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
    confidence: 0.85
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
    confidence: 0.8
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
    confidence: 1
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
    confidence: 1
  }
]
