import type {PhraseEntry} from '../phrase-table.js'

const expected = ['Take your time — we’re here when you’re ready', 'Your order is next; it will be ready in about 5 minutes']

/** The seller leaving, parking or sidelining the customer; these say it alone. */
export const leaving: readonly PhraseEntry[] = [
  {
    phrases: [
      'be right back', 'brb', 'stepped|stepping away|out', 'i|we|i’ll|we’ll|i’m|we’re|i’ve|we’ve|need|needs|have|has|had|must|gotta to? step away|out', 'had to dash|run|leave|step|pop', 'has to dash|leave|pop', 'i|we have to dash|run|leave|pop',
      'gotta jump|run|go', 'jump on another|a', 'pulled onto|into|off', 'left the call|chat|counter|meeting', 'left the ...2 call|chat',
      'hold while i', 'on hold while ...6 others|rush|another|other', 'put you on hold', 'park you', 'let me park', 'take another call|customer|appointment|client',
      'to another appointment', 'bigger|better|more important client|customer|account', 'someone else might|will|can pick',
      'get back to it|you later', 'excuse me ...2 back', 'deal with you later', 'phone customer waiting', 'while i take|answer', 'be with you after', 'customer|caller on the phone|line', 'i|we have|need|got|gotta to take this|a|another call', 'customer|customers behind you', 'from|in the back ...3 won’t be long', 'won’t be long', 'going on break', 'going on a break', 'taking my|a break', 'on my break', 'someone|somebody will|can take over', 'left early', 'for another job|appointment', 'other chats|calls|customers|tickets open|waiting', 'more urgent|important matter|issue|call|job|customer|client', 'someone|somebody more important', 'on the other line', 'be back in #', 'back in # min|mins|minutes', 'serving the|other vip|lounge|bar|tables|customers', 'juggling', 'lane|till|register is closing ...5 another', 'will return shortly', 'serving the|another ...2 first', 'rejoin the queue', 'been reassigned', 'something more important', 'isn’t really my department', 'not really my department', 'move on to another customer', 'when someone gets a chance', 'busy with other work', 'grab lunch', 'deal with you', 'park your ...2 for now', 'when things calm down', 'interrupting me', 'come back in ten|five|twenty|#', 'heading off for the weekend', 'someone|somebody else ...2 pick this|it up', 'more urgent cases|tickets|requests', 'for whoever’s on next', 'closing this chat since', 'open a new one sometime', 'postponed indefinitely', 'different territory', 'cleared my backlog', 'wait over there', 'middle of restocking|stocking', 'while i finish stocking|restocking|cleaning|tidying', 'park this conversation|chat', 'closing this chat as', 'end of shift', 'start a new one tomorrow', 'queue again at', 'jump to another', 'when i get a chance', 'come back to yours', 'parked until', 'until our team has capacity', 'until our team is less busy', 'to one side while', 'aside while we', 'aside for now', 'higher-value|high-value accounts|customers|clients', 'with other chats|calls', 'in the middle of something', 'can you call back later', 'back of the queue', 'finish this phone|other order', 'then i’m all yours', 'customer ahead of you', 'my shift is ending|over', 'ask someone else', 'tied up with another|other', 'in the middle of a|the stock count|delivery|stocktake', 'order for another customer', 'away from their|his|her desk', 'pop out for a bit', 'back in #', 'call has been parked', 'parked while', 'got to run', 'dealing with a|another bigger|larger order', 'bigger|larger order first', 'in another meeting', 'get to you later', 'queue behind you', 'get back to you after lunch', 'get back to you after my|the break|lunch|rush', 'finishing up with someone|somebody', 'the only one here', 'moved to another queue|team|desk', 'left to answer the phone|call', 'left to take a call', 'smoke|cigarette|coffee break', 'spends a lot more', 'reassigned|moved|pulled to a|another priority', 'i’m on another call|line|chat', 'be back in a few minutes|mins|moments', 'serve|help another customer|client', 'helping someone|somebody else', 'deal with something|somebody|someone in the back', 'something in the back', 'i’m answering the phone', 'answering the phone', 'come back to you', 'went on lunch|break', 'short on hands', 'serving the queue', 'at the bar first', 'helping someone|somebody at the other', 'finishing up with her|his|their previous|last|other', 'deal with a complaint', 'has left this|the conversation|chat', 'serve this gentleman|lady|person|customer first', 'covering two|three|multiple|several departments|tills|registers|stations|sections', 'finishes|finished their|his|her lunch|break', 'take care of a walk-in|delivery', 'walk-in first', 'put aside while', 'while we prepped|prep|prepare a|another catering|bigger|large order', 'got distracted', 'what were you saying', 'deal with a|another delivery|call|customer|order', 'at the back door', 'personal call', 'handing you off', 'because i’m going home', 'moved on to other|another', 'other enquiries|inquiries', 'server|waiter|host seats|seating|seat a|another',  'also covering', 'covering the drive-thru|till|front|floor|phones|register', 'switched|moved to a|another higher-priority|bigger|better|more important client|customer|account', 'higher-priority client|customer|account', 'quick pause', 'restock|restocking the shelves', 'i’ll be back soon', 'gone home', 'agent|advisor|adviser|rep is on another call|chat', 'a few customers right now', 'several|other customers right now', 'double-booked', 'doing another route|job|order|delivery first', 'pulled to|onto|into', 'bigger|better job|project', 'one sec', 'reassigned|pulled|moved to another account|client|customer|store', 'this|that other customer|client|caller', 'after i finish|help|serve', 'back in a sec|second|minute|min|moment|jiffy|bit', 'another customer|client|caller waiting', 'finishing|serving|helping|with another client|customer', 'busy with another client|customer', 'serve|help them|someone|somebody else first'
    ],
    expected,
    note: 'the customer learns that someone else came first',
    confidence: 0.85
  }
]

/** A staff member named as busy elsewhere… */
export const staff: readonly PhraseEntry[] = [
  {
    phrases: [
      'staff', 'team member', 'associate', 'seller', 'salesperson', 'cashier', 'barista', 'florist', 'designer', 'specialist', 'agent',
      'clerk', 'attendant', 'technician', 'stylist', 'server', 'waiter', 'waitress', 'assistant', 'advisor', 'adviser', 'rep', 'representative',
      'pharmacist', 'mechanic', 'chef', 'host'
    ],
    expected,
    note: 'the customer is put on pause while staff attend to something else',
    confidence: 0.8
  }
]

/** …while the customer's service is paused. */
export const sidelined: readonly PhraseEntry[] = [
  {
    phrases: [
      'paused', 'on pause', 'restocking', 'is|are assisting|helping|serving in|another|other', 'handing ...3 to', 'on a break', 'on break', 'at lunch',
      'dealing with another|other', 'busy with another|other', 'with another customer'
    ],
    note: 'service paused for something else',
    confidence: 0.8
  }
]
