import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'
import {blameClasses} from './customer-blame.js'

export const failureClasses: WordClasses = {
  ...blameClasses,
  // Things that go through, print or load: a process, not a person's choice.
  // What a system does to a request: “cannot be processed” reports a
  // failure, while “cannot be undone” or “cannot be negative” states a rule.
  processed: [
    'processed', 'completed', 'handled', 'found', 'loaded', 'saved', 'sent', 'added', 'applied', 'printed', 'verified', 'validated',
    'charged', 'delivered', 'reached', 'accepted', 'shown', 'displayed', 'connected', 'refunded', 'issued', 'activated', 'renewed', 'read'
  ],
  process: [
    'go', 'print', 'apply', 'work', 'load', 'save', 'send', 'sync', 'update', 'process', 'complete', 'connect', 'upload', 'download',
    'register', 'scan', 'read', 'charge', 'submit', 'validate', 'verify', 'open', 'start', 'finish', 'activate', 'transfer', 'post', 'arrive'
  ]
}

const expected = [
  'That order didn’t go through. Try again, or ask a team member for help.',
  'Payment didn’t go through — try another card or pay at the counter.'
]
const note = 'the customer is told something failed and left with nothing to do about it'

/** Reports of failure. Refusals (“I can't waive that fee”) and cancellations the customer asked for are not here. */
export const failures: readonly PhraseEntry[] = [
  {
    phrases: [
      'failed',
      'failure',
      'declined',
      'rejected',
      'bounced',
      'timed out',
      'went wrong',
      'error',
      'errors',
      'unavailable',
      'not available',
      'isn’t|aren’t|wasn’t|weren’t available',
      'is|are not available',
      'unable to',
      'not able to',
      'weren’t|wasn’t able to',
      'were|was not able to',
      'didn’t|couldn’t @process',
      'did|could not @process',
      'didn’t go through',
      'did not go through',
      'couldn’t be *',
      'could not be *',
      'cannot|can’t be @processed',
      'can not be @processed',
      'was|were not accepted|processed|completed|received|found',
      'not found',
      'not supported',
      'not accepted|processed|completed|received|recognised|recognized',
      'unsupported',
      '@faulty ...1 @input ...1 @entered',
      'unexpectedly',
      'unexpected error|problem|issue',
      'unsuccessful',
      'can’t|cannot show|load|display|open your',
      'can’t|cannot process|complete|accept your',
      'not something we can do',
      'unreadable',
      'unable to connect',
      'bad gateway',
      'can’t|cannot find your',
      'gone wrong',
      'not responding',
      'connection error',
      'terminal|reader|till|register|system|machine offline',
      'service|system|server|site|network|app|terminal|reader|website is|are down',
      'not placed|sent|saved|delivered|applied|charged|issued',
      'printer|reader|terminal|system|device|machine|card fault',
      'isn’t|wasn’t|aren’t|weren’t recognised|recognized|accepted',
      'connection lost',
      'lost connection',
      'was|were not authorised|authorized',
      'wasn’t|weren’t authorised|authorized',
      'voucher|coupon|code|card|ticket|pass|offer|promo is|are not valid',
      'voucher|coupon|code|card|ticket|pass|offer|promo isn’t|aren’t valid'
    ],
    expected,
    note,
    confidence: 0.85,
    examples: ['Your payment was declined.', 'Sorry, your parcel could not be delivered today.'],
    counterExamples: [
      'Your card was declined. No money has been taken; please use another card.',
      'Booking not found? Check the reference on your confirmation e-mail.'
    ]
  }
]

/** Overlapping a failure, these make it something else: a possibility, a stock status, a count. */
export const notFailures: readonly PhraseEntry[] = [
  {
    phrases: [
      'may|might|could|sometimes|occasionally be? unavailable|fail|failed',
      'may|might|could not be available',
      'may|might|could fail',
      'unavailable|available for purchase|delivery|pickup|collection',
      'unavailable|available online|in-store|today',
      'unavailable|available in your|this area|size|store|region',
      '# error|errors|failure|failures',
      'no|zero errors|failures',
      'error-free',
      'without errors',
      'error|errors message|messages|code|codes|log|logs|page|rate|handling|details|report|reports|state|tracking|boundary',
      'may|might|could|can cause|lead ...2 errors|error|problems|failures'
    ],
    note: 'not a failure report',
    confidence: 1,
    counterExamples: ['Some colours may be unavailable in your size.', 'Your tax return has no errors and is ready to file.']
  }
]
