import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'

/**
 * Backstage trouble told to the customer: staffing, blame on colleagues,
 * internal notes. Honest status with a customer angle (“Card readers are
 * restarting — about 30 seconds”) is not here.
 */
export const backstageClasses: WordClasses = {
  staffRole: [
    'developer', 'dev', 'chef', 'cook', 'manager', 'driver', 'cashier', 'barista', 'guy', 'girl', 'kid', 'hire',
    'tech', 'technician', 'mechanic', 'employee', 'staff', 'supervisor', 'baker', 'courier'
  ]
}

/**
 * Classes of backstage shapes. Kept apart from `backstageClasses`, which the
 * learned layer reads as features: these only widen the tables.
 */
export const backstageShapeClasses: WordClasses = {
  // Colleagues counted as missing: “two techs down”.
  staffCount: [
    'techs', 'technicians', 'stylists', 'staff', 'drivers', 'cooks', 'chefs', 'nurses', 'pickers', 'engineers', 'people',
    'hands', 'agents', 'cashiers', 'baristas', 'servers', 'doctors', 'mechanics', 'packers', 'cleaners', 'members', 'vets', 'pharmacists',
    'receptionists', 'fitters', 'couriers', 'waiters', 'teachers'
  ],
  // The seller's own tools, named when they break.
  tool: ['tablet', 'scanner', 'screen', 'printer', 'terminal', 'till', 'system', 'server', 'computer', 'laptop', 'machine', 'reader', 'router'],
  // Staff-only system names no customer needs to hear.
  backOffice: ['crm', 'erp', 'microservice', 'microservices', 'middleware', 'cron']
}

export const backstage: readonly PhraseEntry[] = [
  {
    phrases: [
      'short-staffed',
      'short staffed',
      'understaffed',
      'skeleton crew',
      'staff shortage',
      'short of staff',
      'down to two|three people',
      '@staffRole is|are off sick',
      '@staffRole is|are on holiday|vacation|leave',
      'is|are on holiday|vacation so|and',
      'called in sick',
      'nobody showed up',
      'no one showed up',
      '@staffRole didn’t show',
      '@staffRole never came|showed|turned',
      'nobody else has the'
    ],
    expected: ['It will take us a little longer today — about 20 minutes'],
    note: 'the customer is handed the seller’s staffing trouble instead of an answer',
    confidence: 0.8,
    examples: [
      'Sorry for the wait, we’re short-staffed tonight so mains are running late.',
      'Your delivery is late because our driver called in sick this morning.'
    ],
    counterExamples: ['Our staff will help you carry your order to the car.', 'Your technician will arrive between 9 and 11 am on Tuesday.']
  },
  {
    phrases: [
      'quit last week|month',
      'quit on us',
      'the|our|new @staffRole quit|walked out',
      '@staffRole quit halfway|mid-shift|today',
      'quit halfway',
      'people|staff quit this|today|yesterday|last',
      'walked out on us',
      'half the ...2 team|staff|crew quit',
      'since ...2 left'
    ],
    advice: 'Say what it means for the customer (a new date, a new contact) and leave the departures out.',
    note: 'the customer hears about people leaving the seller, which tells them nothing about their own order',
    confidence: 0.8,
    examples: ['Our chef quit last week, so the menu is smaller.', 'Half the kitchen team quit, sorry for the delay.'],
    counterExamples: ['Our new chef starts in March with a spring menu.']
  },
  {
    phrases: [
      'is|are chaos tonight|today|right|this',
      'is|are a mess|nightmare|zoo tonight|today|right|this',
      'swamped',
      'slammed',
      'drowning in',
      'we’re scrambling',
      'behind on everything',
      '# weeks behind',
      'accounting|finance|billing|warehouse|kitchen is|are behind',
      'in meetings all day',
      'nightmare|chaos|madness|mayhem back here',
      'it’s been a nightmare',
      'it’s been chaos',
      'total mess',
      'a bit of a mess',
      'burnt|burned out',
      'been yelling|shouting at'
    ],
    advice: 'Give the customer their new time or next step, and keep the stress backstage.',
    note: 'the customer is handed the seller’s stress and wonders whether anyone has time for them',
    confidence: 0.8,
    examples: ['The kitchen is chaos tonight, so your pizza will be late.', 'We’re swamped with orders this week.'],
    counterExamples: ['Your order is being packed and leaves us tonight.']
  },
  {
    phrases: [
      'been crashing',
      'keeps crashing',
      'it keeps crashing',
      'crashed again',
      'system is a nightmare',
      'broken for weeks|months|days',
      'now nothing works',
      'glitchy',
      'been glitchy',
      'software|system|server|computer|till|register|machine crashed and|so|again',
      'the other two|ones are broken',
      'our system ...3 again',
      'system is down again',
      'the system hates',
      'left the printer|till|machine jammed|broken',
      'it won’t pick up',
      'never fixes'
    ],
    advice: 'Say what still works for the customer and when the rest will be back, not what broke.',
    note: 'the customer learns the seller’s tools keep breaking and wonders whether their order is safe',
    confidence: 0.8,
    examples: ['Sorry, our till keeps crashing today.', 'The booking page has been glitchy all week.'],
    counterExamples: ['Card readers are restarting — about 30 seconds.']
  },
  {
    phrases: [
      'since the new system went live',
      'bad deploy',
      'pushed a bad update',
      'integration broke',
      'bug we haven’t fixed',
      'haven’t fixed it|yet',
      'billing|system bug',
      'the old system',
      'it migration',
      'since the ...2 migration',
      'stuck in our system',
      'software deleted',
      'deleted half the',
      'staging push|build|server|environment'
    ],
    advice: 'Say what the customer will see and when it is fixed, without the technical history.',
    note: 'the customer is told about the seller’s bugs, updates and migrations, which they can do nothing about',
    confidence: 0.8,
    examples: ['Since the new system went live, refunds take longer.', 'A bad deploy wiped your saved addresses.'],
    counterExamples: ['Your saved addresses are back; check them before you order.']
  },
  {
    phrases: [
      'contract|supplier|courier|deal fell through',
      'supplier|courier|warehouse|vendor messed|screwed up',
      'offshore team',
      'not us here',
      'botched our',
      'never send the right',
      'flaked',
      'dropped the ball',
      'screwed up',
      'won’t send a tech|technician',
      'van|truck|car broke down and',
      'went bust|under'
    ],
    advice: 'Own the problem: say what you are doing about it and what the customer gets now.',
    note: 'the customer hears the seller blame a supplier or partner instead of taking care of them',
    confidence: 0.8,
    examples: ['Sorry, the courier flaked, so your parcel is now coming tomorrow.', 'Apologies, our warehouse dropped the ball on your order.'],
    counterExamples: ['Dropped your phone? We’ll repair the screen while you wait.', 'Your new alarm system is ready to use from today.']
  },
  {
    phrases: [
      'the new guy|girl|kid',
      'it guy',
      'tech guy',
      'parts guy',
      '@staffRole is useless',
      'is useless',
      '@staffRole got lost',
      'other shift',
      'night shift left',
      'night shift messed',
      'night crew|shift|team didn’t|forgot|messed',
      'management won’t|wouldn’t|refuses',
      'who broke it'
    ],
    advice: 'Say what happens next for the customer, and keep who got it wrong backstage.',
    note: 'the customer hears a colleague being blamed and feels caught in the middle',
    confidence: 0.8,
    examples: ['The new guy rang it up twice, sorry.', 'Our tech guy is useless with printers.'],
    counterExamples: ['Your new technician, Sam, will visit on Monday.']
  },
  {
    phrases: [
      'mixed up the ...2 again',
      'mixed up the bookings|orders|order|tickets',
      'count wrong again',
      'messed up again',
      'keeps|keep|kept losing|forgetting|messing',
      'someone ...4 mislabelled|mislabeled|misplaced|lost it',
      'nobody backed|bothered|checked|fixed|noticed',
      'no one backed|bothered|checked|fixed|noticed',
      'because nobody|noone',
      'don’t talk to each other',
      'it’s our fault'
    ],
    advice: 'Say what you have put right and what the customer gets now.',
    note: 'the customer hears that mix-ups are routine here and wonders what else will go wrong',
    confidence: 0.8,
    examples: ['Sorry, the kitchen mixed up the orders again.', 'Nobody checked your form before it was sent.'],
    counterExamples: ['We’ve put your order right, and a refund of $5 is on its way.']
  },
  {
    phrases: [
      'still has not paid',
      'has not paid the',
      'hasn’t been paid',
      'forgot to pay',
      'approve overtime',
      'holding stock',
      'warehouse lot'
    ],
    advice: 'Say when the customer gets what they paid for, and leave the seller’s accounts out.',
    note: 'the customer hears about the seller’s money troubles and worries about what they paid for',
    confidence: 0.8,
    examples: ['The shop still has not paid the supplier, so your sofa is held.', 'Our driver hasn’t been paid this month, so your delivery is on hold.'],
    counterExamples: ['You have paid in full, and your sofa arrives on Friday.']
  },
  {
    phrases: [
      'still figuring it out',
      'figuring it out',
      'nobody knows when',
      'no one knows when',
      'nobody knows why',
      'no one knows why',
      'nobody here knows how',
      'no one here knows how',
      'got stuck on another job'
    ],
    expected: ['We’re looking into it and will update you by 5 pm'],
    note: 'the customer hears that nobody knows what is happening with their problem',
    confidence: 0.8,
    examples: ['Nobody knows when the lift will be fixed.', 'We are still figuring it out.'],
    counterExamples: ['We’re looking into it and will update you by 5 pm.']
  },
  {
    phrases: [
      'not my department',
      'not my job'
    ],
    expected: ['I’ll find the right person for you'],
    note: 'the customer hears that their problem belongs to nobody',
    confidence: 0.8,
    examples: ['Sorry, refunds are not my department.', 'Fixing that is not my job.'],
    counterExamples: ['I’ll find the right person for you and call you back today.']
  },
  {
    phrases: [
      'between you and me',
      'off the record'
    ],
    advice: 'Say only what the customer needs to know, as you would say it on the record.',
    note: 'the customer is drawn into backstage talk they were never meant to hear',
    confidence: 0.8,
    examples: ['Between you and me, the sale starts tomorrow.', 'Off the record, this model breaks a lot.'],
    counterExamples: ['The sale starts tomorrow at 9, online and in store.']
  },
  {
    phrases: [
      'test test please',
      'test test ignore',
      'please ignore'
    ],
    advice: 'Send test copy to a test address, never to customers.',
    note: 'the customer is shown a test message meant for the team and wonders what else is not meant for them',
    confidence: 0.8,
    examples: ['Test test please ignore.', 'Please ignore this message.'],
    counterExamples: ['You can ignore this e-mail if you didn’t ask for a new password.']
  },
  {
    phrases: [
      'mechanic|staff|agent|tech notes',
      'note to self',
      'cust',
      'told cust',
      'do not show customer',
      'not for customer',
      'prob fri|mon|tue|tues|wed|thu|thur|thurs|sat|sun'
    ],
    advice: 'Rewrite the note for the customer (“We’ll call you back about your blinds today”), or keep it internal.',
    note: 'staff notes written for colleagues read as careless to the customer',
    confidence: 0.8,
    examples: ['Tech notes: cust says the noise only starts when cold, prob Fri.', 'Note to self: call Mrs Patel back about her blinds.'],
    counterExamples: ['Your mechanic’s findings are attached to this email.', 'Add a note for your driver at checkout, like a gate code.']
  },
  {
    // Staff-only systems and their plumbing, named to the customer.
    phrases: [
      '@backOffice',
      'batch job|run|process',
      'dev|devs|it|engineering team ...2 pushed|broke|migrated|rolled|arguing|still',
      'our|the devs',
      'pushed an|a ...1 update|release|change|fix ...3 broke|broken',
      'migrating|migrated ...1 databases|servers|systems|database|platform',
      'internal use only',
      'internal only',
      'the|our|an internal restructure|restructuring|reorganisation|reorganization'
    ],
    advice: 'Say what the customer will see and when, in their words, without the systems behind it.',
    note: 'the customer is shown the seller’s plumbing and wonders whether anyone is looking after their order',
    confidence: 0.8,
    examples: ['Your refund is waiting for the nightly batch job.', 'Sorry, our CRM lost your details.', 'Our devs are still looking at it.'],
    counterExamples: ['Your refund will reach your account by Friday.', 'Our developers’ guide is at example.com/docs.']
  },
  {
    // Colleagues missing or worn out, told as the reason for the wait.
    phrases: [
      'two|three|four|five @staffCount down',
      '# @staffCount down',
      "*'s off sick",
      "*'s on lunch|holiday|leave",
      'on my own tonight|today|here',
      'been here since',
      'on my # hour',
      'hour shift|shifts',
      'frazzled',
      'overloaded',
      'go-slow',
      'lot of leavers',
      'lost half the|our',
      'nobody’s|nobody|noone ...1 trained',
      'no one ...2 trained',
      'new starter',
      'left us ...1 suddenly',
      'quit today|yesterday|suddenly'
    ],
    advice: 'Give the customer their time or next step; keep who is missing or tired backstage.',
    note: 'the customer is handed the seller’s staffing trouble and wonders whether anyone has time for them',
    confidence: 0.8,
    examples: ['Sorry for the wait, we’re two techs down today.', 'The manager’s off sick, so refunds will wait.', 'I’m on my own tonight.'],
    counterExamples: ['Your technician will arrive between 9 and 11 am.', 'Off sick? Pause your membership in the app.']
  },
  {
    // The team worn out or thin on the ground, told as the reason for the wait.
    phrases: [
      'down two|three|four|# @staffCount',
      'half the|our ...3 off|out sick|with|ill',
      'is|are|we’re|team drowning',
      'he’s|she’s|they’re|we’re|i’m shattered|exhausted',
      'team|staff|everyone|crew ...1 exhausted|shattered',
      'short-handed',
      'under ...1 huge|a|so|such|massive pressure',
      'finding my feet'
    ],
    advice: 'Give the customer their time or next step; keep how tired or thin the team is backstage.',
    note: 'the customer is handed the team’s exhaustion and wonders whether anyone has time for them',
    confidence: 0.8,
    examples: ['Sorry, we’re down two nurses today.', 'Half our team is off sick this week.'],
    counterExamples: [
      'Two nurses are on duty tonight and will check on you every hour.',
      'Feeling exhausted? Our sleep guide can help.',
      'Screen shattered? We can fix it while you wait.'
    ]
  },
  {
    // The seller's own tools failing, told as a habit.
    phrases: [
      'keeps|keep|kept timing|freezing|failing|dropping|glitching|falling',
      'been falling over',
      'double-fires|double-fire|double-charges',
      'been doing this all',
      'temperamental',
      'held together with',
      'my|our|the @tool ...1 died|crashed|froze|frozen',
      'hasn’t|hasnt worked properly since',
      'fell|falls over',
      'playing up',
      'backup mode',
      'been wrong all',
      'software|system|data|server|crm migration'
    ],
    advice: 'Say what still works for the customer and when the rest is back, not what keeps breaking.',
    note: 'the customer learns the seller’s tools can’t be trusted and wonders whether their order is safe',
    confidence: 0.8,
    examples: ['Sorry, the card machine keeps freezing today.', 'My scanner died halfway through your order.'],
    counterExamples: ['If your screen froze during payment, you have not been charged.', 'Card readers are restarting — about 30 seconds.']
  },
  {
    // The seller's money trouble, told as the reason.
    phrases: [
      'stopped paying the',
      'budget ...4 gone|spent|used|run',
      'ran out of budget|money'
    ],
    advice: 'Say when the customer gets what they were promised, and leave the seller’s budget out.',
    note: 'the customer hears about the seller’s money troubles and worries about what they were promised',
    confidence: 0.8,
    examples: ['The repair budget is already gone, so the fence will wait.'],
    counterExamples: ['Set a monthly budget in the app and we’ll warn you before you go over.']
  },
  {
    // A test account or a name never filled, shown to a real customer.
    phrases: [
      'hi|hello|dear|back test user|customer|payee|name',
      'test address',
      'placeholder message|copy',
      'nobody here knows ...2 what|why',
      'no one here knows ...2 what|why'
    ],
    advice: 'Fill in the customer’s own details, or leave the name out when it is missing.',
    note: 'the customer is shown test data or a shrug and wonders whether the message was meant for them',
    confidence: 0.8,
    examples: ['Welcome back, Test User!', 'Your account shows a flag and nobody here knows what it means.'],
    counterExamples: ['Welcome back, Sam! Your order is on its way.']
  }
]
