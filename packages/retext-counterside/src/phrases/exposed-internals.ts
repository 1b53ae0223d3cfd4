import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'

/**
 * Backstage trouble told to the customer: staffing, blame on colleagues,
 * internal notes. Honest status with a customer angle (“Card readers are
 * restarting — about 30 seconds”) is not here.
 */
export const backstageClasses: WordClasses = {
  staffRole: ['developer', 'dev', 'chef', 'cook', 'manager', 'driver', 'cashier', 'barista', 'guy', 'girl', 'kid', 'hire', 'tech', 'technician', 'mechanic', 'employee', 'staff', 'supervisor', 'baker', 'courier']
}

export const backstage: readonly PhraseEntry[] = [
  {
    phrases: [
      'quit last week|month', 'quit on us', 'the|our|new @staffRole quit|walked out', 'is|are chaos tonight|today|right|this', 'is|are a mess|nightmare|zoo tonight|today|right|this', 'contract|supplier|courier|deal fell through', 'still figuring it out', 'left the printer|till|machine jammed|broken', 'night shift left', 'still has not paid', 'has not paid the', 'offshore team', 'not us here', 'botched our', 'down to two|three people', 'burnt|burned out', 'bad deploy', 'who broke it', 'total mess', 'since the new system went live', 'test test please', 'test test ignore', 'please ignore', 'staging push|build|server|environment', 'warehouse lot', 'never send the right', 'been crashing', 'it won’t pick up', 'never fixes', 'system is a nightmare', 'software deleted', 'deleted half the', 'keeps crashing', 'it’s our fault', 'someone ...4 mislabelled|mislabeled|misplaced|lost it', 'been yelling|shouting at', '@staffRole quit halfway|mid-shift|today', 'quit halfway', '@staffRole is useless', 'is useless', 'management won’t|wouldn’t|refuses', 'broken for weeks|months|days', 'van|truck|car broke down and', '@staffRole didn’t show', '@staffRole got lost', 'hasn’t been paid', 'holding stock', 'because nobody|noone', 'because no one', 'because someone|somebody forgot|didn’t|messed', '@staffRole is|are off sick', '@staffRole is|are on holiday|vacation|leave', 'nobody else has the', '# weeks behind', 'behind on everything', 'it migration', 'since the ...2 migration', 'nobody knows when', 'no one knows when', 'bug we haven’t fixed', 'haven’t fixed it|yet', 'billing|system bug', 'staff shortage', 'short of staff', 'count wrong again', 'night crew|shift|team didn’t|forgot|messed', 'pushed a bad update', 'now nothing works', 'don’t talk to each other', 'the old system', 'approve overtime', 'a bit of a mess', 'people|staff quit this|today|yesterday|last', 'got stuck on another job', 'since ...2 left', 'nobody here knows how', 'no one here knows how', 'integration broke', 'stuck in our system', 'glitchy', 'won’t send a tech|technician', 'been glitchy', 'went bust|under', 'accounting|finance|billing|warehouse|kitchen is|are behind', 'mixed up the ...2 again', 'mixed up the bookings|orders|order|tickets', 'figuring it out', 'supplier|courier|warehouse|vendor messed|screwed up', 'we’re scrambling', '@staffRole never came|showed|turned', 'nobody backed|bothered|checked|fixed|noticed', 'no one backed|bothered|checked|fixed|noticed', 'software|system|server|computer|till|register|machine crashed and|so|again', 'the other two|ones are broken', 'keeps|keep|kept losing|forgetting|messing', 'it guy', 'tech guy', 'is|are on holiday|vacation so|and', 'walked out on us', 'half the ...2 team|staff|crew quit', 'short-staffed', 'short staffed', 'understaffed', 'skeleton crew', 'swamped',
      'slammed', 'drowning in', 'nobody showed up', 'no one showed up', 'called in sick', 'between us', 'between you and me', 'off the record', 'not my department',
      'not my job', 'above my pay grade', 'the new guy|girl|kid', 'other shift', 'night shift messed', 'in meetings all day', 'is|she’s|he’s in meetings', 'nightmare|chaos|madness|mayhem back here', 'it’s been a nightmare', 'it’s been chaos'
    ],
    expected: ['Your install is confirmed for Monday', 'We’ll text you by Thursday with a pickup time'],
    note: 'the customer is handed the seller’s staffing trouble and stress instead of an answer',
    confidence: 0.8
  },
  {
    phrases: [
      'someone|somebody forgot', 'forgot to pay', 'flaked', 'dropped the ball', 'messed up again', 'screwed up', 'parts guy', 'our system ...3 again',
      'system is down again', 'it keeps crashing', 'the system hates', 'crashed again', 'nobody knows why', 'no one knows why'
    ],
    expected: ['Fresh milk arrives at 11 — oat and soy are ready now'],
    note: 'the customer hears excuses and finger-pointing about things they can’t fix',
    confidence: 0.8
  },
  {
    phrases: ['mechanic|staff|agent|tech notes', 'note to self', 'cust', 'told cust', 'do not show customer', 'not for customer', 'prob fri|mon|tue|tues|wed|thu|thur|thurs|sat|sun'],
    expected: ['Your car will be ready by Friday'],
    note: 'staff notes written for colleagues read as careless to the customer',
    confidence: 0.8
  }
]
