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
  backOffice: ['crm', 'erp', 'microservice', 'microservices', 'middleware', 'cron'],
  // Back-office teams, named as the ones holding things up.
  department: ['finance', 'accounts', 'legal', 'hr', 'payroll', 'ops', 'operations', 'compliance', 'procurement'],
  // Newcomers and helpers blamed for a slip.
  newbie: ['lad', 'receptionist', 'temp', 'trainee', 'intern', 'starter', 'loader', 'picker', 'packer', 'locum', 'hire']
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
  },
  {
    // The seller's tools misbehaving, told in casual words.
    phrases: [
      'acting up',
      'being|been|is|are|’s|were|was dodgy',
      'dodgy again',
      'on the blink',
      'is|are|’s rubbish',
      'broken|broke again',
      'jammed all|since|again',
      'system|systems|site|app|portal|tills|till|store|server|servers ...1 down again',
      'went|gone down because|cos|bc|after',
      'being really|so slow',
      'keeps dumping|logging|overcharging|sending|pushing',
      'arguing with each other',
      'don’t really talk to each other',
      'do not really talk to each other',
      'servers|systems are|’re ...2 out of sync|on fire'
    ],
    advice: 'Say what the customer can do now and when it will work again, not how badly the tools behave.',
    note: 'the customer hears the seller’s kit is falling apart and wonders whether their order is safe',
    confidence: 0.8,
    examples: ['Sorry, the card machine is acting up again.', 'The booking page went down because of an update.'],
    counterExamples: ['The lift is out of order today; the stairs are on your left.', 'Our site is closed for upgrades on Sunday from 2 to 4 am.']
  },
  {
    // A bad time backstage, told as the reason.
    phrases: [
      'been a nightmare|mess|disaster|shambles',
      'a nightmare|mess|shambles since',
      'nightmare|mess tbh|honestly|lately',
      'been one of those days',
      'it’s been absolutely? mad|manic|hectic|crazy|bonkers',
      'absolute chaos|carnage|madness',
      'less hectic',
      'off our|their feet',
      'running on empty|fumes',
      'running on cold|no sleep'
    ],
    advice: 'Say when the customer will hear back or get their order, not how hard the day has been.',
    note: 'the customer is handed the seller’s bad day and feels like a burden',
    confidence: 0.8,
    examples: ['Sorry for the wait, it’s been one of those days.', 'It’s been absolutely manic since the sale started.'],
    counterExamples: ['Busy day? Order ahead and skip the queue.', 'Your table is ready: come on in.']
  },
  {
    // One person's load, told to the customer waiting on them.
    phrases: [
      'got a lot on',
      'on at me',
      'on my back',
      'breathing down my neck',
      'so stressed',
      'with stress',
      'double shifts'
    ],
    advice: 'Say when the customer will hear back, or hand them on with a time; leave out how busy you are.',
    note: 'the customer hears the person helping them is overloaded and feels like one more burden',
    confidence: 0.8,
    examples: ['Bear with me, I’m doing double shifts all week.', 'Sorry, my manager’s been on at me all day.'],
    counterExamples: ['Stressed about moving? Our packers can help.', 'You can reply to this chat at any time.']
  },
  {
    // A colleague, a team or head office blamed.
    phrases: [
      'head office ...4 still|deciding',
      'finance|accounts|management|ops ...2 would lose it|still arguing|still deciding',
      'still arguing|squabbling',
      'arguing about whose|whether',
      'been spoken to',
      'don’t blame us|me',
      'not our fault',
      'whose fault',
      'the owner|landlord won’t|wouldn’t|refuses',
      'the one person who',
      'nobody else knows',
      'the|our dispatcher|projectionist ...3 deleted|didn’t|forgot|ran|double-booked',
      'ops|maintenance|dispatch forgot|didn’t'
    ],
    advice: 'Own the problem as the business, say what happens next and when; leave colleagues out of it.',
    note: 'the customer hears someone inside being blamed and trusts the whole team less',
    confidence: 0.8,
    examples: ['Head office is still deciding about refunds.', 'Sorry we’re late, the dispatcher double-booked us again.'],
    counterExamples: ['Our head office is in Leeds.', 'Our trainee stylists offer cuts at half price.']
  },
  {
    // A note meant for staff, left in the customer's copy. (“Internal note:” as a label is
    // read as an artifact; the words alone name a staff tool: “Add an internal note”.)
    phrases: [
      'serial|repeat returner|complainer|caller',
      'do not offer|give ...1 goodwill|compensation|discount',
      'check if this ...3 actually',
      'placeholder ...3 to update',
      'fw re'
    ],
    advice: 'Take the staff note out; send the customer only what is meant for them.',
    note: 'the customer reads a note about them that was meant for staff',
    confidence: 0.85,
    examples: ['Hi Sam, your refund is on its way. Internal note: repeat complainer.', 'FW: RE: refund for table 4?'],
    counterExamples: ['Add a note for your driver at checkout.', 'Repeat orders ship free.']
  },
  {
    // The seller's margins and targets, told as the reason to ask.
    phrases: [
      'costing|cost us too much',
      'hurts|hurt our margins|figures|numbers|ratings|score',
      'take|takes a big cut',
      'our numbers ...3 aren’t|this month'
    ],
    advice: 'Give the customer a reason that is about them (a faster refund, a better fit), or none.',
    note: 'the customer hears the seller’s money worries and feels used',
    confidence: 0.8,
    examples: ['Repeat calls hurt our figures.', 'Opened returns really hurt our margins.'],
    counterExamples: ['Every review helps other shoppers choose.', 'Our prices include VAT and delivery.']
  },
  {
    // The customer put behind a backlog or bigger clients.
    phrases: [
      'backlog from|caused|of',
      'backlog’s|backlog is',
      'on the shelf for now'
    ],
    advice: 'Say when the customer will hear back, as a date, without the queue behind it.',
    note: 'the customer hears they are stuck behind a pile of other work',
    confidence: 0.8,
    examples: ['Your claim is stuck in the backlog from the summer.', 'Your repair is on the shelf for now.'],
    counterExamples: ['We reply to every claim within 3 working days.', 'Your repair is booked for Tuesday.']
  },
  {
    // A supplier or contractor blamed for the trouble.
    phrases: [
      'our|the supplier|suppliers|contractor|vendor|provider|subcontractor|agency|bureau|repairer ...3 hasn’t|didn’t|forgot|keeps|lost|messed',
      'our|the supplier|suppliers|contractor|vendor|provider|subcontractor|agency|bureau ...3 went into',
      'went into administration',
      'contract ran out|expired|lapsed',
      'forgot to renew|order|plan|pay|book'
    ],
    advice: 'Say what changes for the customer and when it is fixed; leave the supplier out of it.',
    note: 'the customer hears the seller passing the blame to a supplier',
    confidence: 0.8,
    examples: ['Your tickets are late because our print supplier went into administration.', 'We forgot to renew the courier contract.'],
    counterExamples: ['Our supplier sends fresh fish every morning.', 'Order by 2 pm and our courier delivers tomorrow.']
  },
  {
    // Back-office teams at odds or behind, named to the customer.
    phrases: [
      'can’t|cannot|couldn’t agree whose|who|on',
      'disagreement between',
      'going back and forth',
      '@department ...2 catching up|behind|hasn’t|haven’t|only',
      'waiting on @department'
    ],
    advice: 'Say when the customer will have it, as a date, without the teams behind it.',
    note: 'the customer hears the seller’s teams arguing or behind, and nobody owning their request',
    confidence: 0.8,
    examples: ['Finance are still catching up after the audit.', 'Legal and HR can’t agree on the wording.'],
    counterExamples: ['Our finance team will refund you by Friday.', 'Pick the plan you agree with, and change it any time.']
  },
  {
    // A newcomer or helper blamed for a slip.
    phrases: [
      'the|our|an new? @newbie ...5 wrong|forgot|didn’t|keeps|lost|mistake|properly|deleted|double-booked|ran'
    ],
    advice: 'Own the slip as the business and say how it is put right; leave the colleague out.',
    note: 'the customer hears a junior colleague blamed and trusts the whole team less',
    confidence: 0.8,
    examples: ['Sorry, the new receptionist put your booking in the wrong week.', 'The loader didn’t scan your parcel properly.'],
    counterExamples: ['Our trainee barbers cut for half price on Tuesdays.', 'Meet Jo, our new receptionist.']
  },
  {
    // The seller's systems misbehaving, more ways.
    phrases: [
      'logs|logged|logging me out',
      'being weird|wobbly',
      'a bit wobbly',
      'keeps breaking|eating',
      'breaking|broken on our end',
      'hasn’t synced',
      'has not synced',
      'went live before',
      'nobody has the password|access',
      'no idea how this|the system',
      'still learning the new'
    ],
    advice: 'Say what the customer can do now and when it will work, not how the seller’s systems behave.',
    note: 'the customer hears that the seller’s own systems are out of control',
    confidence: 0.8,
    examples: ['Sorry, the new system logs me out every ten minutes.', 'Our stock list hasn’t synced since Monday.'],
    counterExamples: ['For your safety, we log you out after 30 minutes.', 'Your calendar syncs with your phone.']
  },
  {
    // Too few hands, more ways.
    phrases: [
      'down to two|three|one|# staff|on',
      'thin on the ground',
      'just me on',
      'haven’t had a break',
      'everyone’s|everyone off sick',
      'everyone else is off',
      'been off sick',
      'morale',
      'really|so|pretty stretched',
      'on a final warning'
    ],
    advice: 'Say when the customer will be served or hear back, not how few staff there are.',
    note: 'the customer is handed the seller’s staffing trouble and feels like a burden',
    confidence: 0.8,
    examples: ['Sorry, it’s just me on the desk today.', 'We’re really stretched this week.'],
    counterExamples: ['Our desk is open 9 to 5, Monday to Saturday.', 'Stretch and tone classes start at 6 pm.']
  },
  {
    // Drafts and staff markers left in the customer's copy.
    phrases: [
      'test ignore',
      'v2|v3 final',
      'final use this',
      'before publishing|going',
      'double-check ...2 with * before',
      'insert promo|headline|copy|text|link|image|offer ...2 here',
      'unlikely to notice',
      'awkward|difficult|rude|problem customer'
    ],
    advice: 'Take the draft mark or staff note out; send the customer only what is meant for them.',
    note: 'the customer reads a draft or a note about them that was meant for staff',
    confidence: 0.85,
    examples: ['Spring sale starts Friday. (check prices with Amy before publishing)', 'Fitter notes: awkward customer.'],
    counterExamples: ['Insert your card here.', 'Check your details before you pay.']
  },
  {
    // How the seller's own releases and fixes go wrong, told to the customer.
    phrases: [
      'pushed on|to a? friday|prod|production|live',
      'qa didn’t|missed|never',
      'devs|qa|engineering pushed|broke',
      'devs are|’re on it',
      'known bug|glitch',
      'a known thing',
      'got round|around to fixing',
      'work round|around the system',
      'overbooked on purpose',
      'bonus depends|relies'
    ],
    advice: 'Say what the customer will see and when it is fixed; leave the release story out.',
    note: 'the customer hears how the seller’s own changes broke things, and that nobody fixed them',
    confidence: 0.8,
    examples: ['The app is slow because we pushed to prod on a Friday.', 'It’s a known bug and nobody has got round to fixing it.'],
    counterExamples: ['We fixed the checkout bug on Monday: thanks for telling us.', 'Update the app to get the new menu.']
  },
  {
    // Trouble on the shop floor or in the office, told as the reason.
    phrases: [
      'tired of explaining|answering|repeating',
      'only two|three of us',
      'two|three|half of us ...1 off',
      'in the middle of an|a|the office|stock-taking|stocktaking|stocktake|audit|refit|move',
      'meltdown at|in',
      'have|has tanked',
      'threatening to stop|quit|walk',
      'sorry about|for the state of'
    ],
    advice: 'Say when the customer will be served and what they can do now, without the trouble behind the counter.',
    note: 'the customer is handed the seller’s trouble and feels in the way',
    confidence: 0.8,
    examples: ['Sorry about the wait, there are only two of us today.', 'We’re in the middle of a stocktake, so the tills are slow.'],
    counterExamples: ['Two of us can fit your kitchen in a day.', 'Our stocktake sale starts Friday.']
  }
]
