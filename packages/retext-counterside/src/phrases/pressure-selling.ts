import type {PhraseEntry} from '../phrase-table.js'
import type {WordClasses} from '../pattern.js'

export const pressureClasses: WordClasses = {
  // A countdown in seconds is theatre; minutes and hours are often a real
  // cut-off (“order within 40 minutes for same-day delivery”).
  seconds: ['second', 'seconds', 'sec', 'secs'],
  minutes: ['minute', 'minutes', 'min', 'mins'],
  hours: ['hour', 'hours', 'hr', 'hrs'],
  // What a seller wants the customer to do before the clock runs out.
  buy: [
    'buy', 'book', 'order', 'upgrade', 'finish', 'complete', 'sign', 'enrol', 'enroll', 'join', 'subscribe', 'switch', 'renew', 'pay',
    'checkout', 'reserve', 'grab', 'claim', 'commit', 'add'
  ],
  // Those the customer is measured against (“most sensible owners”, “real parents”).
  people: [
    'people', 'customers', 'owners', 'parents', 'drivers', 'shoppers', 'buyers', 'patients', 'members', 'families', 'travellers', 'travelers',
    'homeowners', 'guests', 'neighbours', 'neighbors', 'friends', 'colleagues', 'students', 'riders', 'fans', 'foodies', 'athletes', 'grown-ups',
    'adults', 'gamers', 'donors', 'investors', 'savers', 'residents', 'teams', 'admins', 'candidates', 'visitors', 'movers', 'temps', 'couples',
    'supporters', 'users', 'subscribers'
  ],
  // Whom the customer is told they are letting down or leaving exposed.
  loved: ['kids', 'children', 'family', 'child', 'daughter', 'son', 'partner', 'pets', 'dog', 'cat', 'parents', 'loved']
}

/**
 * Manufactured urgency, shaming and now-or-never ultimatums. Plain facts
 * (“Sale ends Sunday”, “3 in stock”, “Last showing is at 9:40”) are not here.
 */
export const pressureSelling: readonly PhraseEntry[] = [
  {
    phrases: [
      'in the next # @seconds',
      'within # @seconds',
      'in the next # @minutes or',
      'next # @minutes or',
      'decide in|within # @seconds|@minutes',
      'expires|ends|disappears|vanishes|gone in # @seconds',
      'offer|deal|price|discount ends|expires in # @minutes',
      'you have # @seconds|@minutes'
    ],
    expected: ['Offer ends Sunday at midnight', 'This price is held for you until 6 pm'],
    note: 'a countdown in seconds or minutes tells the customer the seller won’t let them think',
    confidence: 0.85,
    examples: ['Decide in 60 seconds to keep this price.', 'Heads up: your discount expires in 30 seconds!'],
    counterExamples: ['Order within 40 minutes for same-day delivery.', 'We’ll hold your seats for 10 minutes while you pay.']
  },
  {
    phrases: [
      'or pay double',
      'or pay more',
      'or lose it',
      'or lose out',
      'or miss out',
      'or it’s gone',
      'or it is gone',
      'or regret it',
      'or forget about this price|deal|offer',
      'or the|your bonus|discount|offer|deal|price|gift disappears|vanishes|expires|goes',
      'or the|your rate|price|cost|fee doubles|triples|goes|increases|rises|jumps',
      'or you’ll regret'
    ],
    expected: ['The offer runs until Friday — take your time'],
    note: 'an “or else” makes the customer feel cornered, not helped',
    confidence: 0.9,
    examples: ['Book your boiler service today or pay double next month.', 'Sign up now or miss out.'],
    counterExamples: ['Your price is locked in and won’t change while your contract runs.']
  },
  {
    phrases: [
      'regret it forever',
      'you’ll regret it',
      'you will regret it',
      'most people regret',
      'always regret it',
      'you’ll wish you had',
      'kick yourself'
    ],
    advice: 'Say what the customer gets, and leave their future feelings out of it.',
    note: 'the customer is told they will regret saying no',
    confidence: 0.9,
    examples: ['Skip this upgrade and you’ll regret it.', 'Don’t kick yourself later: book today.'],
    counterExamples: ['Not sure yet? You can add the upgrade any time before you travel.']
  },
  {
    phrases: [
      'now or never',
      'final warning',
      'last warning',
      'last chance ever',
      'your last opportunity',
      'last opportunity ever',
      'final chance',
      'once-in-a-lifetime',
      'once in a lifetime',
      'won’t be repeated',
      'never be repeated',
      'won’t come around|back again',
      'ever see this price|deal|offer again',
      'won’t ever get this price|deal|offer',
      'lose this rate for good',
      'lose ...3 forever',
      'gone forever',
      'about to expire forever',
      'self-destruct',
      'self destruct'
    ],
    expected: ['This price is available until 30 June'],
    note: 'the customer is told this is their only chance, and rarely believes it',
    confidence: 0.9,
    examples: ['This is a once-in-a-lifetime deal.', 'Final chance to claim your free gift.'],
    counterExamples: ['This price is available until 30 June.']
  },
  {
    phrases: [
      'only good|valid while',
      'until this chat|call|conversation|session ends',
      'once we hang up',
      'people who join on this call',
      'on this call only',
      'while we’re on the phone',
      'once you hang up',
      'while you’re on the phone|line',
      'if you hang|log up|off',
      'if you leave|close now',
      'closes the moment you',
      'the moment you close|leave',
      'after this message',
      'locked to this screen|page',
      'leave and it’s gone',
      'won’t be here when you come back',
      'cart|basket will be emptied|cleared in'
    ],
    expected: ['You can decide later — this offer is open until Friday'],
    note: 'the customer is told the offer dies the moment they stop to think',
    confidence: 0.9,
    examples: ['This rate is on this call only.', 'Leave and it’s gone.'],
    counterExamples: ['You can decide later — this offer is open until Friday.']
  },
  {
    phrases: [
      'decide now',
      'just buy it',
      'buy it already',
      'buy it now',
      'seriously buy',
      'say yes in|within the next minute',
      'say yes now',
      'don’t think too long',
      'don’t overthink',
      'act fast',
      'so don’t wait',
      'walk away now',
      'before you finish reading',
      'looking at this for ages',
      'we can’t promise anything'
    ],
    expected: ['Take your time to decide; this price holds until Friday'],
    note: 'the customer is pushed to decide before they have had time to think',
    confidence: 0.9,
    examples: ['Don’t overthink it, just buy it.', 'Act fast to get yours.'],
    counterExamples: ['Take your time to decide; this price holds until Friday.']
  },
  {
    phrases: [
      'no thanks i don’t like|want|care|need',
      'no thanks i prefer|like|love|enjoy paying|overpaying|full',
      'no thanks i’d rather pay|miss|lose',
      'prefer paying full price',
      'don’t care about protecting|saving',
      'are you sure you want to risk|skip|miss|lose',
      'are you really going to miss|pass|skip',
      'walk away from savings',
      'happy to pay full price',
      'happy paying more'
    ],
    advice: 'Label the “no” plainly (“No thanks”) and don’t argue with the choice.',
    note: 'the “no” button insults the customer for declining',
    confidence: 0.9,
    examples: ['No thanks, I prefer paying full price.', 'Are you sure you want to risk losing your data?'],
    counterExamples: ['No thanks, maybe later.']
  },
  {
    phrases: [
      'only fools|idiots|losers say no',
      'only idiots',
      'idiots miss|pay|wait',
      'crazy|mad|foolish|silly to say no|miss|pass',
      'you’d be crazy|mad|foolish',
      'you’d be silly|crazy|mad to leave',
      'say no to a deal like this',
      'embarrassing right',
      'be the person|one who paid full price',
      'pay full price like',
      'if i were you',
      'the only one ...3 without'
    ],
    advice: 'State the saving plainly and let a “no” stand.',
    note: 'the customer is told only a fool would say no',
    confidence: 0.9,
    examples: ['Only idiots pay full price.', 'You’d be crazy to say no to this.'],
    counterExamples: ['Members save 20% on every order.']
  },
  {
    phrases: [
      'smart customers have already',
      'most people in your situation',
      'only smart|serious travellers|travelers|shoppers|people|customers',
      'serious about their money',
      'if you’re happy with dull|bad|worse|average',
      'be left paying more',
      'people who wait'
    ],
    advice: 'Say what the customer gets and why it might suit them, without comparing them to others.',
    note: 'the customer is measured against “smart” buyers to make them feel behind',
    confidence: 0.9,
    examples: ['Smart customers have already switched.', 'Most people in your situation take the cover.'],
    counterExamples: ['If you travel often, annual cover may cost less than single trips.']
  },
  {
    phrases: [
      'everyone|everybody is upgrading|switching|buying|getting|joining',
      'everyone|everybody else is|are|has|have getting|buying|upgraded|switched|got',
      'everyone ...4 has|have already',
      'everyone who saw this bought',
      'everyone who missed',
      'everyone else at|in your',
      'already grabbed theirs',
      'don’t be left behind',
      'don’t let your neighbours|neighbors|friends get',
      'competitors pull ahead',
      'people are buying them|these right now',
      '# people just bought|booked|ordered',
      'snapping these|them up',
      '# others|people have this in their basket|cart|bag',
      'in their basket|cart right now',
      'someone else gets them|it',
      'be the last one',
      'get the better deal',
      'vanishing fast',
      'grab one while you can'
    ],
    advice: 'Give the facts the customer can weigh (price, stock, dates), not what others did.',
    note: 'the customer is told everyone else is buying, to make them feel left behind',
    confidence: 0.9,
    examples: ['Everyone is upgrading this week.', '12 people just booked this room.'],
    counterExamples: ['This room has a sea view and free breakfast.']
  },
  {
    phrases: [
      'tick tock',
      'tick-tock',
      'clock is ticking',
      'countdown is real',
      'and counting',
      'timer hits|reaches zero',
      'before the timer',
      'when this|the timer',
      '# @seconds|@minutes left to',
      'you only have # @seconds|@minutes',
      'every minute|second you wait',
      'you snooze',
      'snooze you lose',
      'before it’s too late'
    ],
    expected: ['The offer closes on Sunday at midnight'],
    note: 'a ticking clock makes the customer feel rushed, not informed',
    confidence: 0.9,
    examples: ['Tick tock, your deal is waiting.', 'The clock is ticking on your upgrade — claim it before midnight!'],
    counterExamples: ['The offer closes on Sunday at midnight.', 'You won’t pay extra if you book later: this fare holds until 30 June.']
  },
  {
    phrases: [
      'before prices go up for everyone',
      'price jump',
      'prices|price rise|rises|go|goes up in # @minutes|@seconds',
      'price|prices go|goes up if you wait',
      'goes up for you',
      'twice as much later',
      'pay more later',
      'this price|offer|deal disappears|vanishes',
      'discount|offer|deal|price is gone',
      'discount|offer|deal|price will be gone',
      'wipes it out',
      'won’t find this price anywhere else',
      'cancel anyway and watch',
      'left to claim',
      'don’t get caught out',
      'lose your place in line',
      'forget about this price'
    ],
    expected: ['This price is fixed until 30 June'],
    note: 'the customer is threatened with a higher price for taking their time',
    confidence: 0.9,
    examples: ['Book now before prices go up for everyone.', 'Wait and you’ll pay more later.'],
    counterExamples: ['This price is fixed until 30 June.']
  },
  {
    phrases: [
      'you’ll lose this|the|your offer|deal|price|discount|rate|seat|spot',
      'you will lose this|the|your offer|deal|price|discount|rate|seat|spot',
      'lose this offer|deal|price|discount for good',
      'gone for good',
      'log off now',
      'leave now and'
    ],
    expected: ['This offer is open until Friday if you’d like to think it over'],
    note: 'threatening a loss if they pause makes the customer feel trapped',
    confidence: 0.85,
    examples: ['Leave now and we can’t hold this price for you.', 'Close this page and you’ll lose your seat on the 9:40 train.'],
    counterExamples: ['You won’t lose your discount: it’s saved in your basket for 7 days.']
  },
  {
    phrases: [
      'don’t miss out',
      'do not miss out',
      'don’t you dare',
      'dont you dare',
      'don’t be the one|only',
      'don’t be left out',
      'fomo',
      'losers|suckers|fools pay|buy|wait',
      'only a fool|fools|losers',
      'smart|savvy shoppers|buyers|customers don’t wait',
      'you don’t want to be the only',
      'what are you waiting for'
    ],
    advice: 'Say what the offer is and what the customer gets from it; let them choose.',
    note: 'shaming or fear of missing out pushes the customer instead of informing them',
    confidence: 0.85,
    examples: ['Don’t miss out on our biggest sale of the year.', 'What are you waiting for? Upgrade to fibre today.'],
    counterExamples: ['Don’t miss your appointment: reply Y to confirm.', 'We’re waiting for your documents before we can ship your order.']
  },
  {
    phrases: [
      'before someone else does',
      'someone|somebody else is|are looking|viewing|eyeing',
      'others|people are looking|viewing|eyeing at? this',
      '# people|others are viewing|looking|eyeing',
      'before somebody else does',
      'before it’s gone',
      'before it is gone',
      'before they’re gone',
      'before it blows up',
      'going going',
      'almost gone',
      'flying off the shelves',
      'selling fast',
      'selling out fast',
      'seats|tickets|they are flying',
      'they’re flying'
    ],
    expected: ['3 left in stock'],
    note: 'manufactured scarcity makes the customer feel rushed; state the real stock instead',
    confidence: 0.8,
    examples: ['These winter boots are selling fast.', 'Book your delivery slot before someone else does.'],
    counterExamples: ['3 left in your size.', 'Our support team is looking at your request now.']
  },
  {
    phrases: [
      'act now',
      'buy now before',
      'hurry',
      'hurry up',
      'order now before',
      'limited time only',
      'today only',
      'won’t last',
      'will not last',
      'last call'
    ],
    expected: ['Sale ends Sunday'],
    note: 'urgency without a fact behind it reads as a push',
    confidence: 0.55,
    examples: ['Hurry, these prices won’t last!', 'Today only: 20% off all coats in store.'],
    counterExamples: ['Our winter sale lasts until Sunday.', 'Your order ships today and arrives Thursday.']
  },
  {
    phrases: [
      'only # left',
      'only # remaining',
      'last chance'
    ],
    expected: ['2 in stock'],
    note: 'scarcity is fine as a fact; with “only” it can read as a push',
    confidence: 0.4,
    examples: ['Only 3 remaining at this fare.', 'Last chance to book at this price.'],
    counterExamples: ['2 in stock.', 'Only you can see your order history.']
  },
  {
    // A clock on the purchase: act within minutes or hours, or the price goes.
    phrases: [
      '@buy ...4 in|within the next # ...1 @minutes|@hours',
      'in|within the next # ...1 @minutes|@hours or',
      'only # ...3 left at this price|rate|fare'
    ],
    expected: ['This price is held for you until 6 pm'],
    note: 'a clock on the purchase tells the customer the seller won’t let them think',
    confidence: 0.85,
    examples: ['Upgrade in the next 10 minutes to keep this price!', 'Only 2 rooms left at this price!'],
    counterExamples: ['Your driver will arrive in the next 10 minutes.', 'Order within 2 hours for delivery tomorrow.', 'Only 2 rooms left.']
  },
  {
    // The opt-out button worded as a confession (“No thanks, I’ll risk it”).
    phrases: [
      'no ...2 i’ll risk',
      'no ...2 i will risk',
      'no ...2 i’m happy with|to',
      'no ...2 i don’t care',
      'no ...2 i’d rather keep|stay|risk|lose|waste',
      'no ...2 i prefer to',
      'skip|decline|no ...4 not recommended'
    ],
    expected: ['No thanks'],
    note: 'the customer is made to call themselves careless to say no',
    confidence: 0.85,
    examples: ['No thanks, I’ll risk it', 'No, I’m happy with slow internet', 'Skip insurance (not recommended)'],
    counterExamples: ['No thanks', 'No thanks, I’ll pay at the desk', 'Not recommended for children under 3.']
  },
  {
    // Measured against others: “most sensible owners”, “real parents choose…”.
    phrases: [
      // A verdict on who buys, not a fact about what most buy (“most people go up a size”).
      'most ...1 sensible|smart|responsible|savvy|loyal|good|caring|careful|serious|clever @people',
      'most ...2 @people ...3 already',
      'most ...2 @people who ...5 regret|regretting|wish',
      'real|true @people always|choose|don’t|never|wouldn’t|go|add|pay',
      'only real',
      'be the only one|ones',
      'don’t be the parent|person|customer|family|owner|driver who',
      '@people ...3 in your area|street|office|class ...3 already'
    ],
    advice: 'Say what the option gives the customer, and let them choose without measuring them against others.',
    note: 'the customer is told a good person would have bought it already',
    confidence: 0.85,
    examples: [
      'Most sensible owners choose the annual plan.',
      'Real parents always add the car seat.',
      'You’ll be the only one on your street still paying full price.'
    ],
    counterExamples: [
      'Most customers get their parcel within two days.',
      'It runs small, so most people go up a size.',
      'Only you can see this.',
      'Real fruit, no added sugar.'
    ]
  },
  {
    // Guilt: the seller’s hurt, or the customer’s family, held over the decision.
    phrases: [
      'don’t let us|them|me down',
      'if you really loved|cared',
      'think of|about your @loved',
      'a shame to|if',
      'we’d hate for you|anything|them',
      'we’d hate to lose|see|miss',
      'we would hate for you|anything|them',
      'we would hate to lose|see|miss',
      'end up regretting',
      'often regret',
      'biggest mistake',
      'can you really afford',
      'are you really going to'
    ],
    advice: 'Give the facts of the offer and let the customer decide; their family and the seller’s feelings are not arguments.',
    note: 'the customer is made to feel guilty for thinking it over',
    confidence: 0.85,
    examples: ['Please don’t let us down.', 'If you really loved your dog, you’d upgrade.', 'It’d be a shame to miss out.', 'We’d hate to lose you.'],
    counterExamples: [
      'Think of a name for your team.',
      'What a shame the weather turned on your trip!',
      'We’d hate for our queue to slow you down, so we’ve opened a second till.'
    ]
  },
  {
    // Loss said indirectly: the price or the place goes to someone else, or is gone tomorrow.
    phrases: [
      'someone else may|might|could|will get|grab|take|book',
      'go to someone else',
      'might|may|will be too late',
      'leave it too late',
      'every day|hour|week you wait',
      'won’t be there for long',
      'won’t exist|last tomorrow',
      'will never come back',
      'never last',
      '# people|others ...3 looking at|viewing this ...1 right now',
      '# people|others ...3 in the last hour|minute'
    ],
    advice: 'State the real deadline or stock level, and let the customer decide in their own time.',
    note: 'the customer is told they will lose out by thinking it over',
    confidence: 0.85,
    examples: [
      'After that, someone else may get these seats.',
      'Tomorrow might be too late.',
      '17 people are looking at this right now.'
    ],
    counterExamples: ['If you can’t come, tell us and we’ll give your slot to the waiting list.', '3 people have reviewed this product.']
  },
  {
    phrases: [
      'let’s just get it done',
      'can’t promise ...3 tomorrow|later',
      'won’t be here tomorrow',
      'might not be here tomorrow',
      'let’s get this done now',
      'sign here now',
      'just say yes'
    ],
    expected: ['Take your time — I’m here if you have questions'],
    note: 'the customer feels hurried toward the seller’s close',
    confidence: 0.7,
    examples: ['Just say yes and I’ll send the contract over.', 'Let’s get this done now so you can relax tonight.'],
    counterExamples: ['Take your time — I’m here if you have questions.', 'We can send the contract tomorrow, whenever it suits you.']
  },
  {
    // Someone else wants it: others waiting, eyeing it, or next in line for it.
    phrases: [
      'eyeing|eying',
      'other|others @people ...3 ready|interested',
      'other|others @people ...3 waiting for these|this|that|your',
      'other @people ...3 asked|asking about this|these|that|your',
      'others|other ...2 have|has it|this|them ...1 saved|too',
      'before someone|somebody else grabs|takes|gets|books|snaps',
      'to another customer|buyer|guest|person|shopper|couple|bidder unless',
      'to the next customer|buyer|guest|person|shopper|couple|bidder unless',
      'person|people|couple|customer|one behind|before you ...4 might|may|could|nearly|took',
      'next person|buyer|customer won’t',
      'others aren’t',
      'hasn’t|haven’t got all day'
    ],
    advice: 'State the real stock or the real hold, and leave other buyers out of it.',
    note: 'the customer is told someone else will take it if they stop to think',
    confidence: 0.8,
    examples: [
      'Other shoppers are waiting for this slot.',
      'The person behind you might take this seat.',
      'Your basket will go to another customer unless you pay now.',
      'A couple of buyers are eyeing this van.'
    ],
    counterExamples: [
      'Other customers asked: does it come in blue?',
      'If you can’t make it, we’ll offer your slot to the next person on the waiting list.'
    ]
  },
  {
    // Measured against others, said more ways: good owners, your rivals, those who skipped it.
    phrases: [
      'good|sensible|serious|responsible|careful|caring|wise @people ...2 always|choose|chose|invest|buy|upgrade|upgraded|add|pick',
      'smart|savvy|clever @people ...2 always|chose|invest|upgraded|add|pick',
      'most ...1 @people ...2 at this point|stage',
      '@people ...2 in your position|shoes',
      'only careless|lazy|reckless|irresponsible|procrastinators|cheapskates',
      'competitors|rivals|neighbours|neighbors|classmates ...2 already',
      'thousands|hundreds|millions of @people ...2 already',
      'everyone’s|everybody’s upgrading|switching|buying|getting|joining|booking',
      'wish|wishes|wished they’d',
      'wish|wishes|wished they hadn’t',
      '@people who ...2 skip|skipped|pause|paused|wait|waited|leave|left|cancel|cancelled|decline|declined ...6 usually|rarely|often|likely|lose|lost',
      '@people who ...2 skip|skipped|pause|paused|wait|waited|leave|left|cancel|cancelled|decline|declined ...6 regret|wish|wished',
      'lapsed|former members ...1 rarely|never',
      '@people without our|this ...3 lost|lose|paid'
    ],
    advice: 'Say what the option gives the customer, and let them choose without measuring them against others.',
    note: 'the customer is told people like them have already bought it, or regret not buying',
    confidence: 0.8,
    examples: [
      'Good owners always add the warranty.',
      'Most riders upgrade at this point.',
      'Only careless travellers skip cover.',
      'Your rivals are already on the Pro plan.',
      'Everyone’s switching to fibre.',
      'Plenty of guests wish they’d booked the spa.',
      'Members who pause usually lose their slot.'
    ],
    counterExamples: [
      'Most customers get their parcel within two days.',
      'Members who pause keep their points for a year.',
      'If you travel often, annual cover may cost less than single trips.'
    ]
  },
  {
    // The seller's hurt held over the decision (the seller's own target is seller-celebration's).
    phrases: [
      'we’ll miss you',
      'we will miss you',
      'hurt|disappointed|upset|sad ...1 if you don’t|go|leave|cancel|didn’t|won’t',
      'love it if you stayed|kept|renewed|didn’t',
      'so sad|disappointed to see you go|leave'
    ],
    advice: 'Give the facts of the offer; the seller’s feelings are not the customer’s reasons to buy.',
    note: 'the customer is made responsible for the seller’s feelings',
    confidence: 0.8,
    examples: [
      'We’ll miss you so much if you cancel.',
      'Your groomer will be so sad if you don’t buy the shampoo.',
      'We’d really love it if you stayed.',
      'We’re so sad to see you go. Are you sure?'
    ],
    counterExamples: ['We’d love it if you told us how we did.', 'Sorry to see you go: your plan ends on 3 June.']
  },
  {
    // Fear: what will happen to the customer who says no.
    phrases: [
      'hope nothing',
      'didn’t warn you',
      'on your own when|if',
      'on you if',
      'will be on you',
      'come crying',
      'won’t thank you',
      'could|might be next',
      'hope your ...2 insured|covered'
    ],
    advice: 'Say what the cover or product does, plainly, and let the customer weigh the risk.',
    note: 'the customer is frightened into buying',
    confidence: 0.8,
    examples: [
      'Skip cover? Hope nothing breaks.',
      'Don’t say we didn’t warn you.',
      'Cancel and you’re on your own when the boiler fails.',
      'Your wallet won’t thank you.'
    ],
    counterExamples: ['You’re never on your own: call us any time.', 'If a part fails, the repair is on us.']
  },
  {
    // An ultimatum: lose it unless you pay, act now or else.
    phrases: [
      'lost|lose|deleted|released|expire|expires|gone|disappear|disappears|vanish|vanishes ...6 unless you',
      'now or we’ll|they|she’ll|he’ll|your|you’ll|they’ll',
      'or we can’t promise',
      'and you’ll abandon',
      'and you accept ...3 risk|liability',
      'and lose everything',
      'or lose them',
      'use it|them or lose',
      '# ...1 away from losing'
    ],
    advice: 'Say what happens and when, as a fact, without an “or else”.',
    note: 'an “or else” makes the customer feel cornered, not helped',
    confidence: 0.8,
    examples: [
      'Your account will be deleted in 24 hours unless you upgrade.',
      'Renew now or we’ll move you to our dearest tariff.',
      'Use them or lose them!',
      'You’re 2 visits away from losing your status.'
    ],
    counterExamples: ['Your draft will be lost unless you save it.', 'Pay now or at the counter when you collect.']
  },
  {
    // A clock on the offer in minutes or hours, said other ways.
    phrases: [
      'in|within the next ...2 @minutes|@hours|hour|minute to keep|lock|secure|save|claim',
      'quote|offer|price|deal|discount|rate ...3 valid|good|available for the next',
      'sale|offer|deal ...2 # @minutes|@hours only',
      'could|might|may end|disappear|vanish|expire|go at? any minute|moment',
      'sell out within|in hours|minutes|days',
      'likely to sell out'
    ],
    advice: 'State the real closing date, or hold the offer long enough to think it over.',
    note: 'a clock on the offer tells the customer the seller won’t let them think',
    confidence: 0.8,
    examples: [
      'Reply YES in the next hour to keep your place.',
      'This quote is valid for the next 15 minutes.',
      'Flash sale: 20 minutes only!',
      'The deal could end any minute.',
      'Likely to sell out within hours.'
    ],
    counterExamples: ['Your code is valid for the next 10 minutes.', 'Your driver could arrive any minute now.']
  },
  {
    // It won't last: prices creeping up, gone while you think.
    phrases: [
      'while you can',
      'while it’s still on|available|there',
      'won’t stay ...2 long',
      'won’t be around after|for|much',
      'never coming back',
      'this cheap|low again',
      'prices|price|rates|fares ...5 creeping|habit',
      'prices|price|rates|fares|rent ...5 likely to rise|increase',
      'prices|fares change|changing fast|quickly',
      'sooner rather than later'
    ],
    advice: 'Give the date the price or offer really changes, or none.',
    note: 'the customer is told the price will slip away while they think',
    confidence: 0.8,
    examples: [
      'Book it while you can.',
      'Rates this low won’t stay around for long.',
      'Prices for your dates have been creeping up.',
      'Worth booking sooner rather than later.'
    ],
    counterExamples: ['Prices change on 1 April; see the new list here.', 'Your booking is held while you pay.']
  },
  {
    // The opt-out worded as a confession, said more ways.
    phrases: [
      'take my chances',
      'go|going back to boring|slow|dull|plain|ordinary',
      'i’ll stay|settle|remain|stick ...2 boring|unfit|slow|worse|basic|dull|ordinary',
      'no ...2 i enjoy|love|like ...1 slow|paying|boring|overpaying|wasting|missing',
      'later|thanks|no|skip|decline ...3 and miss the|out|my|your'
    ],
    expected: ['No thanks'],
    note: 'the customer is made to call themselves careless to say no',
    confidence: 0.8,
    examples: ['No thanks, I’ll take my chances', 'Go back to boring breakfasts', 'No, I’ll settle for a slow laptop', 'Maybe later (and miss the sale)'],
    counterExamples: ['No thanks, I like it as it is', 'Go back to your basket', 'Skip this step and pay at the desk']
  },
  {
    // Scarcity said more ways: nearly gone, filling fast, usually sells out.
    phrases: [
      'nearly|practically gone',
      'probably|likely be gone|sold',
      'usually|always|often sells|sell out',
      'filling up? fast|quickly',
      'moving|going|selling quicker|faster than',
      'extremely limited',
      'don’t come up often',
      'sold loads|lots|heaps|tons of these|them',
      'final hours'
    ],
    expected: ['3 left in stock'],
    note: 'manufactured scarcity makes the customer feel rushed; state the real stock instead',
    confidence: 0.8,
    examples: [
      'Your size is nearly gone.',
      'This one usually sells out by Friday.',
      'Places are filling fast!',
      'Stock is extremely limited.',
      'Final hours: 30% off boots.'
    ],
    counterExamples: ['3 left in your size.', 'Seats fill up on Saturdays, so we open more at 10.']
  }
]

/** Overlapping a pressure phrase, these make it something else: a warning that protects the customer's own work. */
export const notPressure: readonly PhraseEntry[] = [
  {
    // “If you close now, your edits will be lost”: the customer's unsaved work, not an offer that dies.
    phrases: [
      'if you leave|close now ...8 changes|edits|draft|drafts|answers|entries|unsaved|typed',
      'leave|close now and ...8 changes|edits|draft|drafts|answers|entries|unsaved|typed',
      // “… will be lost unless you save it”: the customer's own work again.
      'unless you save|saved|keep|download|export|back'
    ],
    note: 'a warning about the customer’s unsaved work, not pressure',
    confidence: 1,
    counterExamples: [
      'If you close now, the answers you typed will not be kept.',
      'Leave now and your edits to this page will be thrown away.',
      'Your draft will be lost unless you save it.'
    ]
  }
]
