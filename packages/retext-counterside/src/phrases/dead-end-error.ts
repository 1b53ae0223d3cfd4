import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'
import {blameClasses} from './customer-blame.js'

export const failureClasses: WordClasses = {
  ...blameClasses,
  negated: ['didn’t', 'did not', 'couldn’t', 'wasn’t', 'weren’t', 'isn’t', 'aren’t', 'won’t', 'can’t', 'cannot', 'could not', 'was not', 'were not'],
  // Things that go through, print or load: a process, not a person's choice.
  process: [
    'go', 'print', 'apply', 'work', 'load', 'save', 'send', 'sync', 'update', 'process', 'complete', 'connect', 'upload', 'download',
    'register', 'scan', 'read', 'charge', 'submit', 'validate', 'verify', 'open', 'start', 'finish', 'activate', 'transfer', 'post', 'arrive'
  ]
}

const expected = ['That order didn’t go through. Try again, or ask a team member for help.', 'Payment didn’t go through — try another card or pay at the counter.']
const note = 'the customer is told something failed and left with nothing to do about it'

/** Reports of failure. Refusals (“I can't waive that fee”) and cancellations the customer asked for are not here. */
export const failures: readonly PhraseEntry[] = [
  {
    phrases: [
      'failed', 'failure', 'declined', 'rejected', 'bounced', 'timed out', 'went wrong', 'error', 'errors', 'unavailable', 'not available',
      'isn’t|aren’t|wasn’t|weren’t available', 'is|are not available', 'unable to', 'not able to', 'weren’t|wasn’t able to', 'were|was not able to',
      'didn’t|couldn’t @process', 'did|could not @process', 'didn’t|did not go through', 'cannot|can’t|couldn’t be *', 'could|can not be *',
      'wasn’t|weren’t|was not|were not accepted|processed|completed|received|found', 'not found', 'not supported', 'not accepted|processed|completed|received|recognised|recognized', 'unsupported',
      '@faulty ...1 @input ...1 @entered'
    ],
    expected,
    note,
    confidence: 0.85
  }
]
