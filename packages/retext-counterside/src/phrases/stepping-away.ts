import type {WordClasses} from '../pattern.js'
import type {PhraseEntry} from '../phrase-table.js'

const adviceWhen = 'Say when the customer will be served, not what the staff member is doing.'

/** What the customer asked for, put off to an unnamed later. */
export const awayClasses: WordClasses = {
  request: [
    'case', 'query', 'request', 'ticket', 'message', 'claim', 'enquiry', 'inquiry', 'question', 'appeal', 'complaint', 'refund',
    'exchange', 'email', 'chat', 'repair', 'warranty', 'reading', 'application', 'return', 'order', 'booking'
  ],
  // Others served first: the groups a customer hears they rank below.
  otherGroup: [
    'business', 'enterprise', 'vip', 'vips', 'priority', 'new', 'trade', 'internal', 'premium', 'plus', 'big', 'bigger', 'in-person',
    'in-store', 'online', 'newer', 'clinic', 'paying', 'pre-booked', 'high-value', 'commercial', 'wholesale', 'corporate'
  ],
  // A colleague named in the third person.
  someone: ['she’s', 'he’s', 'they’re', 'i’m', 'we’re', 'someone’s', 'anyone’s'],
  // Customers ranked above this one (never “new” or “online”: “once the new card arrives” is no ranking).
  ranked: [
    'trade', 'premium', 'priority', 'corporate', 'business', 'vip', 'plus', 'paying', 'commercial', 'wholesale', 'enterprise', 'bigger',
    'larger', 'big', 'large', 'gold', 'platinum', 'partner', 'contract', 'high-value', 'higher-value'
  ],
  // Who is ranked: the groups and their requests.
  rankedGroup: [
    'customers', 'clients', 'members', 'accounts', 'orders', 'subscribers', 'patrons', 'guests', 'passengers', 'requests', 'jobs', 'events',
    'installs', 'bookings', 'holders', 'callers', 'partners'
  ]
}

/** The seller leaving, parking or sidelining the customer; these say it alone. */
export const leaving: readonly PhraseEntry[] = [
  {
    phrases: [
      'be right back',
      'brb',
      'one sec',
      'back in a sec|second|minute|min|moment|jiffy|bit',
      'be back in a few minutes|mins|moments',
      'i’ll be back soon',
      'will return shortly',
      'back in #',
      'be back in #',
      'back in # min|mins|minutes',
      'won’t be long',
      'quick pause',
      'pop out for a bit',
      'excuse me ...2 back',
      'come back in ten|five|twenty|#'
    ],
    expected: ['I’ll be back with your answer in 2 minutes'],
    note: 'the customer is left standing with no idea how long they will wait',
    confidence: 0.85,
    examples: ['Brb, grabbing the manager about your refund.', 'One sec, I need to check something.'],
    counterExamples: ['I’ll be back with your answer in 2 minutes.', 'We’ll be right with you — your table is ready in 5 minutes.']
  },
  {
    phrases: [
      'stepped|stepping away|out',
      // Not a bare “Need to step away?”: that asks the customer, who may leave and come back.
      'i|we|i’ll|we’ll|i’m|we’re|i’ve|we’ve|have|has|had|must|gotta to? step away|out',
      'i|we|may|might|will|probably need|needs to step away|out',
      'had to dash|run|leave|step|pop',
      'has to dash|leave|pop',
      'i|we have to dash|run|leave|pop',
      'gotta jump|run|go',
      'got to run',
      'left the call|chat|counter|meeting',
      'left the ...2 call|chat',
      'has left this|the conversation|chat',
      'left early',
      'gone home',
      'because i’m going home',
      'heading off for the weekend',
      'end of shift',
      'my shift is ending|over',
      'away from their|his|her desk'
    ],
    advice: 'Say who will carry on and when, so the customer isn’t left hanging.',
    note: 'the customer is left mid-task by the person who was helping',
    confidence: 0.85,
    examples: ['Sorry, I have to step away now.', 'Your agent has left the chat.'],
    counterExamples: ['Your stylist will step in at 2:15 to finish your colour.']
  },
  {
    phrases: [
      'going on break',
      'going on a break',
      'on my|our|her|his|their break',
      'went on lunch|break',
      'grab lunch',
      'smoke|cigarette|coffee break',
      'finishes|finished their|his|her lunch|break',
      'get back to you after lunch',
      'get back to you after my|the break|lunch|rush'
    ],
    advice: adviceWhen,
    note: 'the customer hears that a break comes before them',
    confidence: 0.85,
    examples: ['I’m going on break, someone will be with you.', 'Your agent went on lunch.'],
    counterExamples: ['Our café is open for lunch from 12 until 3.']
  },
  {
    phrases: [
      'hold while i',
      'on hold while ...6 others|rush|another|other',
      'put you on hold',
      '=park you',
      'let me park',
      'park your ...2 for now',
      'park this conversation|chat',
      'parked until',
      'parked while',
      'call has been parked',
      'put aside while',
      'to one side while',
      'aside while we',
      'aside for now',
      'postponed indefinitely'
    ],
    expected: ['You’re next — we’ll be with you in about 5 minutes'],
    note: 'the customer is parked while the seller deals with something else',
    confidence: 0.85,
    examples: ['Please hold while I help the customer at the counter.', 'Let me park your question for now.'],
    counterExamples: ['You’re next — we’ll be with you in about 5 minutes.']
  },
  {
    phrases: [
      'take another call|customer|appointment|client',
      'serve|help another customer|client',
      'serve|help them|someone|somebody else first',
      'serve this gentleman|lady|person|customer first',
      'serving the|another ...2 first',
      'serving the|other vip|lounge|bar|tables|customers',
      'serving the queue',
      'at the bar first',
      'helping someone|somebody else',
      'helping someone|somebody at the other',
      'walk-in first',
      'take care of a walk-in|delivery',
      'move on to another customer'
    ],
    expected: ['Your order is next; it will be ready in about 5 minutes'],
    note: 'the customer learns that someone else came first',
    confidence: 0.85,
    examples: ['I need to serve this gentleman first.', 'Sorry, I’m helping someone else.'],
    counterExamples: ['Your order is next; it will be ready in about 5 minutes.']
  },
  {
    phrases: [
      'finishing up with someone|somebody',
      'finishing up with her|his|their previous|last|other',
      'finishing|serving|helping|with another client|customer',
      'busy with another client|customer',
      'another customer|client|caller waiting',
      'this|that other customer|client|caller',
      'customer ahead of you',
      'customer|customers behind you',
      'queue behind you',
      'order for another customer',
      'after i finish|help|serve',
      'then i’m all yours',
      'be with you after',
      'finish this phone|other order'
    ],
    expected: ['You’re next — I’ll be with you in a moment'],
    note: 'the customer is told they are waiting behind someone else',
    confidence: 0.85,
    examples: ['I’m finishing up with someone, then I’m all yours.', 'There is a customer ahead of you.'],
    counterExamples: ['You’re next — I’ll be with you in a moment.']
  },
  {
    phrases: [
      'bigger|better|more important client|customer|account',
      'someone|somebody more important',
      'something more important',
      'more urgent|important matter|issue|call|job|customer|client',
      'more urgent cases|tickets|requests',
      'higher-value|high-value accounts|customers|clients',
      'higher-priority client|customer|account',
      'switched|moved to a|another higher-priority|bigger|better|more important client|customer|account',
      'spends a lot more',
      'bigger|larger order first',
      'dealing with a|another bigger|larger order',
      'while we prepped|prep|prepare a|another catering|bigger|large order',
      'bigger|better job|project',
      'reassigned|moved|pulled to a|another priority'
    ],
    advice: 'Say when the customer will be served, and never rank them against others.',
    note: 'the customer is told someone else matters more',
    confidence: 0.85,
    examples: ['I have a more important client waiting.', 'We’re dealing with a bigger order first.'],
    counterExamples: ['Big or small, every order ships within 2 days.']
  },
  {
    phrases: [
      'customer|caller on the phone|line',
      'i|we have|need|got|gotta to take this|a|another call',
      'phone customer waiting',
      'while i take|answer',
      'on the other line',
      'i’m on another call|line|chat',
      'agent|advisor|adviser|rep is on another call|chat',
      'i’m answering the phone',
      'answering the phone',
      'left to answer the phone|call',
      'left to take a call',
      'personal call',
      'other chats|calls|customers|tickets open|waiting',
      'with other chats|calls',
      'a few customers right now',
      'several|other customers right now',
      'juggling'
    ],
    advice: 'Say when the customer will be served, and keep other calls and chats out of it.',
    note: 'the customer hears that the phone or other chats come before them',
    confidence: 0.85,
    examples: ['Sorry, I have to take this call.', 'I’m on another call right now.'],
    counterExamples: ['Call us any time on 0800 123 456.']
  },
  {
    phrases: [
      'busy with other work',
      'in the middle of something',
      'in the middle of a|the stock count|delivery|stocktake',
      'middle of restocking|stocking',
      'while i finish stocking|restocking|cleaning|tidying',
      'restock|restocking the shelves',
      'something in the back',
      'deal with something|somebody|someone in the back',
      'from|in the back ...3 won’t be long',
      'at the back door',
      'deal with a complaint',
      'deal with a|another delivery|call|customer|order'
    ],
    advice: adviceWhen,
    note: 'the customer learns the shelves or the back room come first',
    confidence: 0.85,
    examples: ['I’m in the middle of restocking, give me a minute.', 'I have to deal with something in the back.'],
    counterExamples: ['Fresh bread is on the shelves every morning by 8.']
  },
  {
    phrases: [
      'tied up with another|other',
      'covering two|three|multiple|several departments|tills|registers|stations|sections',
      'also covering',
      'covering the drive-thru|till|front|floor|phones|register',
      'doing another route|job|order|delivery first',
      'short on hands',
      'the only one here',
      'in another meeting',
      'got distracted',
      'what were you saying',
      'interrupting me'
    ],
    advice: 'Say when the customer will be served, and keep the staffing backstage.',
    note: 'the customer hears that the seller has no time for them',
    confidence: 0.85,
    examples: ['I’m covering two tills at once.', 'Sorry, I got distracted.'],
    counterExamples: ['Two tills are open on Sundays from 10 am.']
  },
  {
    phrases: [
      'get back to it|you later',
      'get to you later',
      'deal with you later',
      'deal with you',
      'come back to you',
      'come back to yours',
      'when i get a chance',
      'when someone gets a chance',
      'when things calm down',
      'until our team has capacity',
      'until our team is less busy'
    ],
    expected: ['We’ll get back to you by 3 pm today'],
    note: 'the customer is put off until some unnamed later',
    confidence: 0.85,
    examples: ['I’ll get to you later.', 'We’ll come back to yours when things calm down.'],
    counterExamples: ['We’ll get back to you by 3 pm today.']
  },
  {
    phrases: [
      'someone else might|will|can pick',
      'someone|somebody else ...2 pick this|it up',
      'someone|somebody will|can take over',
      'ask someone else',
      'for whoever’s on next',
      'handing you off',
      'isn’t really my department',
      'not really my department',
      'different territory',
      'moved to another queue|team|desk',
      'been reassigned',
      'reassigned|pulled|moved to another account|client|customer|store',
      'pulled onto|into|off',
      'pulled to|onto|into',
      'jump on another|a',
      'jump to another',
      'moved on to other|another',
      'other enquiries|inquiries'
    ],
    advice: 'Name who will take over and when they will be in touch.',
    note: 'the customer is passed along with no one owning their request',
    confidence: 0.85,
    examples: ['Someone else will pick this up.', 'Your case has been reassigned to another team.'],
    counterExamples: ['Priya will take over your case and call you on Monday.']
  },
  {
    phrases: [
      'rejoin the queue',
      'back of the ...1 queue|pile|line|list',
      'queue again at',
      'wait over there',
      'closing this chat since',
      'closing this chat as',
      'open a new one sometime',
      'start a new one tomorrow',
      'cleared my backlog',
      'can you call back later',
      'to another appointment',
      'for another job|appointment',
      'server|waiter|host seats|seating|seat a|another',
      'lane|till|register is closing ...5 another'
    ],
    advice: 'Keep the customer’s place, or say how they can carry on without starting over.',
    note: 'the customer is sent back to start again',
    confidence: 0.85,
    examples: ['Please rejoin the queue.', 'I’m closing this chat since it’s late.'],
    counterExamples: ['Your place in the queue is saved; we’ll text you when it’s your turn.']
  },
  {
    // Put off until the seller has time, without a time.
    phrases: [
      'when|once|if @someone ever? free|done',
      'when|if time|capacity allows|permits',
      'when|once we|i get round|around',
      'get round to it',
      'when|if we|i have|get time',
      'when|if we|i have|get a minute|moment|chance|sec',
      'get|come to you|yours when|once|if',
      'get|come back to your @request when|once|after',
      'get to your @request once|when|after',
      'pick|picked it|this|yours ...1 up eventually|later|afterwards',
      'to you|yours eventually',
      'back to you|yours|it at some point',
      'might|may|will sit for|in',
      'will have to wait until|till'
    ],
    advice: 'Say when the customer will hear back (a day or an hour), not that it waits for the seller’s time.',
    note: 'the customer is put off until whenever the seller is free',
    confidence: 0.8,
    examples: ['We’ll get to yours when we can.', 'Someone will look at your claim when time allows.', 'Your question might sit for a while.'],
    counterExamples: ['Call us when you’re free: we’re open until 8.', 'We’ll get to your address between 9 and 11 am.']
  },
  {
    // Waiting on the seller's busy spell: the rush, the backlog, the sale.
    phrases: [
      'once|after|when|until the ...3 rush|backlog|sale|stocktake|deadline ...3 over|cleared|done|finished|dies|died|calms|quieter',
      'once|after|when|until the|our ...2 backlog',
      'rush is|has|’s over|died',
      'after the|our|my ...1 rush|stand-up|meeting|break|lunch'
    ],
    advice: 'Say when the customer will be served, not what the seller must get through first.',
    note: 'the customer hears they wait until the seller’s busy spell is over',
    confidence: 0.8,
    examples: ['We’ll pick up your exchange once the Saturday rush dies down.', 'I’ll look into it after my break.'],
    counterExamples: ['Beat the rush: book your table online.', 'Our lunch menu is served until 3.']
  },
  {
    // Others put ahead of the customer, by rank or by group.
    phrases: [
      'deprioritised|deprioritized',
      'low|lower priority',
      'low-priority|lower-priority',
      'prioritising|prioritizing ...1 @otherGroup',
      'focused|focusing|focussing on ...1 @otherGroup',
      '@otherGroup customers|clients|passengers|members|orders|patients|accounts|sellers|guests ...2 first',
      'served|helped|answered|reviewed first|afterwards',
      'more important ones|cases|tickets|requests',
      'higher-priority|high-priority cases|tickets|requests|ones|customers',
      'walk-ins wait|will'
    ],
    advice: 'Say when the customer will be served, and never rank them below other customers.',
    note: 'the customer is told other people come before them',
    confidence: 0.8,
    examples: ['Your ticket has been deprioritised.', 'We are prioritising business customers today.', 'Trade customers are served first.'],
    counterExamples: ['First come, first served: doors open at 9.', 'Priority boarding is included with your seat.']
  },
  {
    // The person helping is away from the post, or about to be.
    phrases: [
      'called away',
      'desk|counter|till|kiosk|station|reception unattended',
      'operator|attendant|cashier|colleague|staff|agent away',
      'gone|out|off for ...1 lunch',
      'staff lunch',
      'on lunch',
      'finishing|finish my|our lunch|coffee|break|tea',
      'off shift',
      'clock|clocking off',
      'not sure who’s|who covering',
      'off on holiday|leave',
      'until i’m back',
      'until i am back',
      'i’m|we’re cashing up',
      'closing up',
      'i’m|i|we’re|we|to ...1 close|closing this|the ...1 lane|till|register|counter',
      'about to close ...1 chat',
      'wrap up here',
      'cut this short',
      'caught me at a bad time'
    ],
    advice: 'Say who will carry on and when, so the customer isn’t left waiting for someone who has gone.',
    note: 'the customer is left waiting while the person helping them is away',
    confidence: 0.8,
    examples: ['Staff member called away.', 'Sorry, I’m off shift in 2 minutes.', 'Desk unattended, please wait.'],
    counterExamples: ['Our desk is staffed from 8 am to 8 pm.', 'Your lunch order is ready to collect.']
  },
  {
    // Something or someone else comes first, right now.
    phrases: [
      'don’t|never interrupt staff|colleagues|us|the',
      'do not interrupt staff|colleagues|us|the',
      'my other line',
      'need|have|got to take|answer this',
      'answer this phone|call',
      'someone’s at the door',
      'someone’s just come|walked',
      '*’s on a|another call|phone',
      '=popping|=nipping to|off|out',
      'something urgent',
      'something’s come up',
      'other stuff on',
      'a lot on',
      'other chats are|to',
      '# other chats|calls|customers|tickets|orders|guests',
      'other guests|patients|callers|customers waiting',
      'to get through first',
      'is|’s|i’m|am with another family|patient|guest|client|customer|caller',
      'attending to other|another',
      'serve this gentleman|lady|person',
      'just serving someone|somebody'
    ],
    advice: 'Say when the customer will be served; keep the other calls, chats and customers out of it.',
    note: 'the customer hears that something else comes before them',
    confidence: 0.8,
    examples: ['Give me a moment, my other line is ringing.', 'I’ve got 40 other chats to answer.', 'Station staff are attending to other cars.'],
    counterExamples: ['Our other stores are open until 9.', 'Next customer, please: till 3 is free.']
  },
  {
    // Left with something in place of a person: a page, a bot, a wait.
    phrases: [
      'leave|leaving you here|with',
      'leave|leaving this with|for',
      'on mute',
      'step aside',
      'wait here while',
      'go and find|fetch|grab|get ...2 manager|supervisor|senior|boss',
      'while i|we find|page|fetch ...1 her|him|them|manager|supervisor',
      'can|could you call|ring|come|message|text|pop back|again',
      'able to call|ring|come back',
      'please call|ring back another|later|tomorrow',
      'hang|hold on ...1 i’m|i’ll|let|just|someone|someone’s|sorry'
    ],
    advice: 'Stay with the customer, or say who takes over and when.',
    note: 'the customer is left with a page, a wait or a stranger instead of the person who was helping',
    confidence: 0.8,
    examples: ['I’ll leave you with our FAQ for now.', 'Can you call back after two?', 'Hang on, let me grab a pen.'],
    counterExamples: ['We’ll leave your parcel in your safe place.', 'Hold on to your receipt in case you need to return it.']
  },
  {
    // The customer's request sent to the back of a line, or bumped for someone else.
    phrases: [
      'queue|line behind',
      'bottom of the pile|queue|list',
      'back in the queue',
      'general queue',
      'queue|list|pile to get through',
      'queue|list of people who',
      'been|was|were|got bumped for|off',
      'bumped to make room',
      'needed elsewhere',
      'left site',
      'moved|moves|gone onto another|other',
      'after|behind @otherGroup ...1 customers|clients|tickets|members|accounts|orders|patients|sign-ups',
      'something else first|up'
    ],
    advice: 'Keep the customer’s place and say when they will be served; leave out who goes before them.',
    note: 'the customer hears their request went to the back of the line',
    confidence: 0.8,
    examples: ['Your order is in the queue behind our trade orders.', 'Your visit was bumped for a sales demo.', 'Your adviser was needed elsewhere.'],
    counterExamples: ['You’re third in the queue; we’ll text you when it’s your turn.', 'Good news: you’ve been bumped up to a bigger room!']
  },
  {
    // The helper's shift or the line ending mid-task.
    phrases: [
      'my shift ends|has|finished',
      'leave|leaving this one for',
      'leave this open',
      'circle|check back later|at',
      'back at some point|stage',
      'will return|resume|continue ...3 when available',
      'try again another day',
      'ping me again'
    ],
    advice: 'Say who carries on and when, so the customer doesn’t have to start again.',
    note: 'the customer is left mid-task when the helper’s day ends',
    confidence: 0.8,
    examples: ['My shift ends in 5 minutes, so I’ll leave this one for the next person.', 'An agent will return to this chat when available.'],
    counterExamples: ['Your agent, Sam, will call you back at 3 pm today.', 'Check back in the app to follow your parcel.']
  },
  {
    // The chat or call closed on the customer, or the helper signing off mid-task.
    phrases: [
      'end|ending|close|closing this|the chat|call|conversation now',
      'going to end|close this|the chat|call|conversation',
      'has|have ended the ...1 call|chat|session',
      'agent|advisor|adviser|rep disconnected|reassigned',
      'can’t stay on this|the ...1 chat|call|line',
      'signing off in|now',
      'before i head off',
      'put your chat|call on hold',
      'mute this thread|chat|conversation'
    ],
    advice: 'Say who carries on and how the customer reaches them, without starting over.',
    note: 'the customer is cut off by the person who was helping them',
    confidence: 0.8,
    examples: ['Sorry, the shop shuts soon, so I’m closing this chat now.', 'Your adviser has ended the phone call.', 'Heads-up, I’m signing off in ten.'],
    counterExamples: ['This chat has ended. Reply here and the next agent will pick it up within 5 minutes.', 'Your call will be recorded for training.']
  },
  {
    // The customer told not to get in touch because the seller is busy.
    phrases: [
      'stop messaging|chasing|pestering',
      'please don’t chase',
      'please do not chase',
      'don’t chase us',
      'don’t|not call|phone|ring|contact|message ...3 during|while',
      'prefer that|if you don’t|didn’t contact|call|chase'
    ],
    advice: 'Say when the customer will hear from you, instead of asking them not to ask.',
    note: 'the customer is told their asking gets in the way of the seller’s work',
    confidence: 0.8,
    examples: [
      'Please stop messaging us while we sort the orders.',
      'Please don’t phone during our Monday stock check.',
      'We’d prefer that you didn’t chase your refund.'
    ],
    counterExamples: ['No need to chase us: we’ll text you the moment your repair is ready.', 'Don’t call us — we’ll call you within the hour.']
  },
  {
    // Swamped: the seller's workload given as the reason the customer waits.
    phrases: [
      'we’re|we|i’m|i|been|so rammed',
      'been flat out',
      'we’re|i’m flat out',
      'less hectic'
    ],
    advice: 'Say when the customer will be served, not how busy the seller is.',
    note: 'the customer hears that the seller’s workload comes before them',
    confidence: 0.8,
    examples: ['Sorry, we’ve been flat out, so I’ll reply next week.', 'We’ll sort your invoice once things are less hectic.'],
    counterExamples: ['Flat out of ideas? Our gift finder picks for you.', 'Swamped with paperwork? Our app files your receipts for you.']
  },
  {
    // Put off to an unnamed later: eventually, sometime, whenever, a spare moment.
    phrases: [
      'looked|reviewed|dealt|answered|handled|processed ...1 in due course',
      'will be ...1 eventually',
      'into it|this sometime',
      'whenever they|we|someone|the ...2 can|next|get|gets',
      'when|once|if we|i|she|he|they|someone|staff|the ...3 spare',
      'reviewed|looked|dealt|answered|handled|revisit ...2 at a later date|time',
      'revisit it|this|your ...1 later',
      'if there’s ...1 time left',
      'if there’s time',
      'no promises on|about when'
    ],
    advice: 'Say when the customer will hear back (a day or an hour), not that it waits for the seller’s time.',
    note: 'the customer is put off to a later nobody has named',
    confidence: 0.8,
    examples: ['Your claim will be reviewed eventually.', 'The vet will ring you when she has a spare minute.', 'We’ll revisit it later.'],
    counterExamples: ['If you have a spare minute, tell us how we did.', 'Your claim will be reviewed by Friday 5 pm.']
  },
  {
    // Others ranked ahead: handled last, after the ranked group, the group that goes first.
    phrases: [
      'are|is|get|gets handled|dealt|reviewed|processed|answered|served|seen|checked ...1 last',
      'after|once our|the ...1 @ranked ...1 @rankedGroup',
      '@ranked ...1 @rankedGroup go|come first',
      'landlords|members|holders|patrons|subscribers go|come first',
      'we’re|we|been|currently prioritising|prioritizing',
      'team|we|we’re|advisers|advisors|staff ...2 focused|focuses|focusing|focussed|concentrating on',
      'hold|paused|suspended|aside while ...6 onboard|attend|attends|focuses|focus|works|paying|higher-value|higher-fare|corporate|partners|briefing',
      'priority low',
      'low on our|the|my list',
      'move|moved|moving you|yours|it down the list|queue'
    ],
    advice: 'Say when the customer will be served, and never rank them below other customers.',
    note: 'the customer is told others are served before them',
    confidence: 0.8,
    examples: [
      'Small repairs like yours are handled last.',
      'Your order will ship after our trade orders go out.',
      'Platinum members go first.',
      'We’re prioritising corporate bookings this month.',
      'Our team is focused on the spring launch, so replies are slow.'
    ],
    counterExamples: [
      'Once the new card arrives, activate it in the app.',
      'We’re prioritising your repair: it will be ready by noon.',
      'Our team is focused on getting your order to you by Friday.'
    ]
  },
  {
    // Sent elsewhere: find someone else, whoever is on next, explain it all again.
    phrases: [
      'find someone|somebody else|from',
      'handing|passing|passed|handed ...3 to someone|somebody else',
      'someone|somebody might|may finish|sort|pick',
      'whoever’s|whoever on ...1 shift|tomorrow|later',
      'explain ...3 from the start|beginning|scratch'
    ],
    advice: 'Name who will take over and when they will be in touch.',
    note: 'the customer is passed along with no one owning their request',
    confidence: 0.8,
    examples: ['You’ll have to find someone from the tile aisle.', 'I’m passing this over to someone else.', 'Please email us and explain it from the start.'],
    counterExamples: ['I’m passing this to Omar in billing, who will call you by 4 pm.']
  },
  {
    // Impatience shown to the customer's face.
    phrases: [
      'ugh|argh|urgh another|again',
      'oh you again',
      'what is it this time',
      'what’s wrong ...4 this time',
      'can we make it|this quick',
      'let’s make it|this quick',
      'let’s keep this|it short|quick',
      'ask me later',
      'can’t talk|chat right now',
      'can this wait',
      'our time is precious',
      'thought we were done'
    ],
    advice: 'Give the customer your attention, or say when you can.',
    note: 'the customer is made to feel they are a nuisance',
    confidence: 0.8,
    examples: ['Ugh, another refund. What’s the order number?', 'Can this wait until after the weekend?', 'Let’s keep this short, I’m busy.'],
    counterExamples: ['We make it quick to return an item: print the label at home.', 'Keep it short and sweet: your review can be a single line.']
  },
  {
    // The helper serving others while the customer waits.
    phrases: [
      'while|i’ll|we’ll|i’m|we’re ...2 help|helping|serve|serving ...1 other|others|couple',
      'help|helping|serve|serving the next person|customer|couple|caller',
      'needs me',
      'went home',
      'gone|popped|nipped to the bank|shop|shops|post',
      'nip|pop|nipping|popping off|out ...1 to another|other'
    ],
    advice: adviceWhen,
    note: 'the customer learns that someone else came first',
    confidence: 0.8,
    examples: [
      'Have a look round while I help the next customer.',
      'I’ll be serving the others first.',
      'Sorry, till 2 needs me.',
      'Your fitter went home early.',
      'Gone to the bank, back shortly.'
    ],
    counterExamples: ['We help other businesses too: ask about our trade account.', 'We’ll help you next: your number is 14.']
  }
]

/** Overlapping a leaving phrase, these make it something else: a timed notice, a hand-over, the customer's own break, money coming back. */
export const notLeaving: readonly PhraseEntry[] = [
  {
    phrases: [
      'back in # ...3 day|days|week|weeks|working',
      'you need|want|have to step away|out',
      'one of our ...1 high-value|higher-value|bigger|better|more',
      'closed|closes for ...2 lunch|break from|until|till|between|#',
      'while i ...8 authorisation|authorization|approval|approve|allowed|permission|sign-off|say-so',
      'hang|hold on ...6 allowed|permission|authorisation|authorization|approval',
      'my shift ends|has|finished ...8 passed|handed|handing|briefed|passing',
      'come back to you in|within|by #',
      'prioritising|prioritizing your|you|safety|urgent|emergency|vulnerable',
      'focused|focuses|focusing|focussed|concentrating on you|your|yours|helping|getting'
    ],
    note: 'a timed notice, a hand-over, the customer’s own break or money coming back, not the seller leaving',
    confidence: 1,
    counterExamples: [
      'Your refund will be back in 3–5 working days.',
      'If you need to step away, this chat stays open for a day.',
      'Thanks for being one of our high-value customers!',
      'The desk is closed for staff lunch from 1 until 1:45.',
      'Please hold while I get approval from my team leader.',
      'My shift ends at 5, so I’ve passed your notes to Kai, who will text you by 6.',
      'I’ll check the back and come back to you in 5 minutes.'
    ]
  }
]

/** A staff member named as busy elsewhere… */
export const staff: readonly PhraseEntry[] = [
  {
    phrases: [
      'staff',
      'team member',
      'associate',
      'seller',
      'salesperson',
      'cashier',
      'barista',
      'florist',
      'clerk',
      'attendant',
      'server',
      'waiter',
      'waitress',
      'host',
      'chef',
      'assistant'
    ],
    expected: ['Your order is next; it will be ready in about 5 minutes'],
    note: 'the customer is put on pause while staff attend to something else',
    confidence: 0.8,
    examples: ['Sorry for the wait, the cashier is on a break.', 'The barista is at lunch, so your drink will take a few minutes.'],
    counterExamples: ['Our staff can help you choose a size.']
  },
  {
    phrases: [
      'designer',
      'specialist',
      'technician',
      'stylist',
      'pharmacist',
      'mechanic',
      'installer',
      'engineer',
      'driver',
      'courier',
      'inspector',
      'receptionist',
      'consultant',
      'groomer',
      'optometrist',
      'keyholder',
      'instructor',
      'crew'
    ],
    advice: 'Say when the customer will be seen, and by whom.',
    note: 'the customer’s appointment waits while the specialist attends to something else',
    confidence: 0.8,
    examples: ['Our stylist is on a break; your appointment will start a little late.', 'Sorry for the wait, the pharmacist is busy with another patient.'],
    counterExamples: ['A pharmacist will call you within 15 minutes to go over your dose.']
  },
  {
    phrases: [
      'agent',
      'advisor',
      'adviser',
      'rep',
      'representative'
    ],
    expected: ['An advisor will be with you in about 5 minutes'],
    note: 'the customer waits on the line while the advisor attends to something else',
    confidence: 0.8,
    examples: ['Your agent is busy with another customer.'],
    counterExamples: ['An advisor will call you back within the hour.']
  }
]

/** …while the customer's service is paused. */
export const sidelined: readonly PhraseEntry[] = [
  {
    phrases: [
      'paused',
      'on pause',
      'restocking',
      'is|are assisting|helping|serving in|another|other',
      'handing ...3 to',
      'on a break',
      'on break',
      'at lunch',
      'dealing with another|other',
      'busy with another|other|our',
      'with another customer',
      'another customer’s|client’s|patient’s',
      'called to another|other',
      'attend|attending another|other',
      'finishing another|other',
      'on deliveries',
      'loading|unloading',
      'unavailable',
      'helping|serving|assisting patients|guests|others',
      'on her|his|their|our break'
    ],
    note: 'service paused for something else',
    confidence: 0.8,
    examples: ['The barista is at lunch, so your drink will take a few minutes.', 'Cashier paused, please use the next till.'],
    counterExamples: ['Your subscription is paused until 3 June; tap Resume to restart it.', 'Your technician is on the way and will arrive by 10 am.']
  }
]
