import type {PhraseEntry} from '../phrase-table.js'

const backOffice = 'Say what the customer needs to do and why it helps them.'

/**
 * The seller's feelings, pride and image. These count only when the
 * customer is absent from the sentence: “We're proud to pay a living wage —
 * and it shows in the service you get” is about the customer too.
 */
export const sellerPride: readonly PhraseEntry[] = [
  {
    phrases: [
      'we|i are|am very|so|really|incredibly|extremely? pleased|proud|excited|thrilled|delighted|honored|honoured',
      'we’re|i’m very|so|really|incredibly|extremely? pleased|proud|excited|thrilled|delighted',
      'we are very|so|really pleased with our',
      'pleased with our new',
      'we hope we got it right',
      'worked really|so? hard on our',
      'we|i love what',
      'we|i love what we|i do'
    ],
    advice: 'Lead with what changes for the customer (“From Monday you can shop until 9 pm”).',
    note: 'the customer reads about the seller’s feelings and looks for what is in it for them',
    confidence: 0.8,
    examples: ['We’re thrilled to announce our new store logo and colours.', 'We worked so hard on our new menu.'],
    counterExamples: ['We’re pleased to confirm your booking for Friday at 7 pm.', 'Thank you for your order — we’re delighted to have you back.']
  },
  {
    phrases: [
      'we are a proud',
      'we’re a proud',
      'proud family business',
      'we|i pride ourselves|myself',
      'prides itself',
      'pride ourselves',
      'take|takes great? pride in our',
      'proud of everything we',
      'we are proud of it|ourselves',
      'we’re proud of it|ourselves',
      'our company|business|store|team is proud',
      'our company|business|store|brand values|believes|prides'
    ],
    advice: 'Show what the pride gives the customer (“Every loaf is baked here at 5 am”).',
    note: 'the customer hears the seller admiring itself',
    confidence: 0.8,
    examples: ['As a company, we take great pride in our heritage of craftsmanship.', 'We pride ourselves on quality.'],
    counterExamples: ['Every loaf is baked here at 5 am, so it’s fresh when you arrive.']
  },
  {
    phrases: [
      'become the number one|#1|best|biggest|leading',
      'our goal is to become',
      'we’ve built the best',
      'we have built the best',
      'best ...2 in the industry',
      'we are the best',
      'we’re the best',
      'we believe we are',
      'we believe we’re',
      'speaks for itself'
    ],
    advice: 'Give a fact the customer can check (a guarantee, a rating, a price) instead of a claim to be the best.',
    note: 'the customer hears the seller rank itself, and believes it less',
    confidence: 0.8,
    examples: ['We are the best bakery in town.', 'Our goal is to become the leading bank in the region.'],
    counterExamples: ['Rated 4.8 by 2,000 customers, with free returns for 30 days.']
  },
  {
    phrases: [
      'invested millions',
      'committed to our growth|shareholders|investors|strategy',
      'our shareholders|investors',
      'operational efficiency',
      'as a company',
      'our priority is',
      'above all else'
    ],
    advice: 'Say what the change means for the customer.',
    note: 'the customer reads about the seller’s business goals, not their own',
    confidence: 0.8,
    examples: ['We have invested millions in operational efficiency.', 'Our priority is growth this year.'],
    counterExamples: ['New tills mean shorter queues for you from Monday.']
  },
  {
    phrases: [
      'our brand promise',
      'our reputation',
      'care about our',
      'our heritage of',
      'who we are',
      'what we stand for',
      'our team deserves',
      'our time is valuable',
      'we are a busy'
    ],
    advice: 'Say what the customer can expect, in facts, not how the seller sees itself.',
    note: 'the customer reads about the seller’s image instead of what they can expect',
    confidence: 0.8,
    examples: ['Our reputation matters a great deal.', 'This is who we are.'],
    counterExamples: ['Every order is checked by hand before it ships.']
  },
  {
    // The seller's effort and passion, told for its own sake.
    phrases: [
      'we’ve worked really|so|very? hard on this|to',
      'we have worked really|so|very? hard on this|to',
      'put|putting a lot of work|love|effort|heart into',
      'we’re really|so|very? passionate about',
      'we are really|so|very? passionate about',
      'we believe in us|ourselves',
      'strive|striving to be the',
      'committed to being the',
      'proudest of',
      'we’re pretty|super proud',
      'obsessed with our|the new',
      'so happy with how our'
    ],
    advice: 'Say what the work gives the customer (“Checkout now takes two taps”).',
    note: 'the customer reads about the seller’s hard work and passion, and looks for what it means for them',
    confidence: 0.8,
    examples: ['We’ve worked so hard on this new menu.', 'At our studio we’re passionate about our craft.'],
    counterExamples: ['Checkout now takes two taps, so you’re done in seconds.', 'Our bakers start at 5 am so the bread is fresh when you arrive.']
  },
  {
    // “Our Story” is a navigation link on every shop; only a hint.
    phrases: [
      'our mission',
      'our values',
      'our brand',
      'our vision',
      'our journey',
      'our story',
      'our passion',
      'our heritage',
      'our legacy'
    ],
    advice: 'Fine as a page title; in a message, say what it means for the customer.',
    note: 'the customer reads about the seller’s image; fine as a page title, a hint in a message',
    confidence: 0.4,
    examples: ['Read our story: three generations of bakers since 1952.', 'Sustainability sits at the heart of our mission this season.'],
    counterExamples: ['Our values matter to you and your family.', 'Tell us about your journey with the app in a two-minute survey.']
  }
]

/**
 * The seller's rules, habits and property. These count when first person
 * outweighs second person in the sentence: “We value your feedback”
 * passes, “We value our vehicles” does not.
 */
export const sellerSelf: readonly PhraseEntry[] = [
  {
    phrases: [
      'our policy|policies|rules|procedure|procedures|schedule|operations|compliance|standards',
      'our ...2 team|department|policy|rules requires|require|insists|insist|expects|expect',
      'as set by our',
      'as per our',
      'in line with our',
      'we stand by our processes|process|policies',
      'at our discretion',
      'at our sole discretion',
      'we|i reserve the right',
      'our insurers|lawyers|accountants|auditors|bank require|requires'
    ],
    advice: 'Say what the customer needs to do and what they get, not what the policy says.',
    note: 'the customer hears the seller’s rules put ahead of their need',
    confidence: 0.8,
    examples: ['Our policy requires a receipt for all returns.', 'We reserve the right to refuse entry to anyone without a booking.'],
    counterExamples: ['Our policy means you can return anything within 30 days.', 'Your policy documents are attached, and you can cancel within 14 days.']
  },
  {
    phrases: [
      'we|i insist',
      'we|i expect all|customers|everyone|guests|patrons|visitors|patience|respect|understanding',
      'we|i require',
      'we|i demand',
      'we ask that customers',
      'we would appreciate it if customers',
      'customers respected our',
      'expect our customers',
      'we prefer customers|clients|guests who',
      'leave promptly',
      'don’t question our',
      'we won’t tolerate',
      'will not tolerate',
      'don’t entertain'
    ],
    advice: 'Ask for what you need and say how it helps the customer (“Please arrive 10 minutes early so your treatment starts on time”).',
    note: 'the customer is told what the seller demands of them',
    confidence: 0.8,
    examples: ['We insist that all guests arrive on time.', 'We will not tolerate late payments.'],
    counterExamples: ['Please arrive 10 minutes early so your treatment starts on time.']
  },
  {
    phrases: [
      'we|i do not allow|accept|permit|do|take|issue',
      'we|i don’t allow|accept|permit|do|take|issue',
      'make|making no exceptions',
      'don’t make exceptions',
      'do not make exceptions',
      'we’re not changing it',
      'we are not changing it',
      'won’t be changing',
      'we have decided that',
      'we’ve decided that',
      'we have decided to close|stop|no|only',
      'we’ve decided to close|stop|no|only',
      'we decide which|what'
    ],
    advice: 'Say what the customer can do instead (“Members get free delivery”).',
    note: 'the customer hears a flat no, framed as the seller’s choice',
    confidence: 0.8,
    examples: ['We don’t accept cheques.', 'We make no exceptions for late returns.'],
    counterExamples: ['Pay by card or cash; members get free delivery.']
  },
  {
    phrases: [
      'doing things our way',
      'our way or',
      'the way we like it',
      'how we’ve always done',
      'how we have always done',
      'the way we do things',
      'we’ve always done it this way',
      'keep it our way',
      'our shop|store our way',
      'how we run our',
      'the traditional way',
      'we set the rules',
      'we know best',
      'we know what’s best',
      'we know what we’re doing',
      'we are the experts'
    ],
    advice: 'Say what the customer gets from the way you work, or offer a choice.',
    note: 'the customer hears that the seller’s habits matter more than what they need',
    confidence: 0.8,
    examples: ['We like doing things our way.', 'We know best what our guests want.'],
    counterExamples: ['Choose a morning or an evening slot, whichever suits you.']
  },
  {
    phrases: [
      'to our schedule',
      'our kitchen likes',
      'our team wanted',
      'suit our own',
      'operational preferences',
      'most convenient for',
      'for us',
      'works for us',
      'suits our|us',
      'smoothly for us',
      'keep things simple for ourselves',
      'plan our day',
      'save our staff time'
    ],
    advice: 'Say what the arrangement gives the customer, or change it.',
    note: 'the customer hears the seller’s convenience put ahead of theirs',
    confidence: 0.8,
    examples: ['Deliveries run to our schedule.', 'Morning slots work for us.'],
    counterExamples: ['Pick any delivery slot that works for you.']
  },
  {
    phrases: [
      'our finance records',
      'easier for our billing|finance|accounts|warehouse|kitchen department|team|staff',
      'reconciliation',
      'our workflow',
      'chosen your ...2 for you',
      'focus on our larger|bigger|key accounts',
      'prioritise|prioritize|prioritising|prioritizing our larger|bigger|key|biggest accounts|clients|customers'
    ],
    advice: backOffice,
    note: 'the customer reads about the seller’s back office',
    confidence: 0.8,
    examples: ['We need the form for our finance records.', 'We focus on our larger accounts.'],
    counterExamples: ['Keep this receipt: you’ll need it to claim your warranty.']
  },
  {
    phrases: [
      'we set ourselves a goal',
      'us a five-star|5-star review',
      'we really want to reach',
      'our scores depend',
      'we need the numbers',
      'climb the rankings',
      'meeting our targets',
      'our success depends',
      'we deserve'
    ],
    advice: 'Ask for feedback in the customer’s terms (“Tell us how we did”), with no score to hit.',
    note: 'the customer is asked to help the seller’s scores and targets',
    confidence: 0.8,
    examples: ['Please give us a five-star review, our scores depend on it.', 'We really want to reach 100 reviews.'],
    counterExamples: ['Tell us how we did: it takes a minute.']
  },
  {
    phrases: [
      'record profits',
      'market share',
      'grow our business|profits|revenue',
      'our investors|shareholders expect',
      'our aim is to maximise|maximize',
      'sales per square foot',
      'our margins|margin|profits|profit',
      'our bottom line',
      'market leader',
      'our mission is to be',
      'best in the business',
      'our founders',
      'we intend to stay'
    ],
    advice: 'Say what the customer gets; the seller’s profits stay backstage.',
    note: 'the customer reads about the seller’s profits and ambitions',
    confidence: 0.8,
    examples: ['We want to grow our profits this year.', 'Our aim is to maximise sales per square foot.'],
    counterExamples: ['Prices on 200 everyday items are lower from today.']
  },
  {
    phrases: [
      'a serious business',
      'we have high standards',
      'don’t lower them',
      'don’t lower our standards',
      'do not lower them',
      'do not lower our standards',
      'we have strict standards',
      'fit our brand|image|profile',
      'pride and joy',
      'not our customers',
      'our ...2 comes first',
      'we’re really happy with'
    ],
    advice: 'Say what the standard means for the customer (“Every car is cleaned before you collect it”).',
    note: 'the customer hears the seller’s standards and image put before them',
    confidence: 0.8,
    examples: ['We are a serious business with high standards.', 'We have strict standards and don’t lower them.'],
    counterExamples: ['Every car is cleaned before you collect it.']
  },
  {
    // The seller's likes and dislikes, told as the customer's rule.
    phrases: [
      'we prefer',
      'we’d prefer',
      'we would prefer',
      'our preference is',
      'our team|staff|crew|partners|chef|chefs|doctors prefer|prefers|hate|hates|dislike|dislikes',
      'our pharmacists|technicians|engineers|drivers|installers|booksellers prefer|hate|dislike',
      'we don’t like it when',
      'we do not like it when',
      'we hate it when',
      'we just|really? like|love it when',
      'we like to keep',
      'we’re not fans of',
      'we are not fans of',
      'feel strongly that',
      'important to us that our',
      'don’t like being asked'
    ],
    advice: 'Say what the customer should do and what it gets them, not what the seller likes.',
    note: 'the customer is handed the seller’s tastes as a rule',
    confidence: 0.8,
    examples: ['We prefer card payments in the shop.', 'We don’t like it when guests move the tables.'],
    counterExamples: ['Pay however you prefer: card, cash or phone.', 'Tell us which seat you prefer and we’ll hold it.']
  },
  {
    // The seller's targets, numbers and growth, given as the reason (a target already hit, celebrated, is seller-celebration's).
    phrases: [
      'need|want|trying to hit|reach|beat our',
      '=help|=helps us hit|reach|beat|meet our',
      'our ...2 goals|kpi|kpis|quota|forecast',
      'we want more',
      'we need ...2 more bookings|reviews|sign-ups|customers|members|referrals|followers',
      'we want to grow|be',
      'we want your business|loyalty|referrals',
      'we need your reviews|referrals',
      'grow our ...2 list|membership|practice|following|numbers',
      'our aim|goal this year|quarter|month',
      'our aim|goal is to be|grow|hit'
    ],
    advice: 'Ask for what you need with the customer’s reason, or leave the seller’s target out.',
    note: 'the customer hears they are a number in the seller’s target',
    confidence: 0.8,
    examples: ['We need to hit our numbers this week.', 'Our goal this year is to double our membership.'],
    counterExamples: ['Your order helps you hit your step goal: the watch tracks it.', 'Meet our team of stylists.']
  },
  {
    // The seller's records and systems, given as the reason for asking.
    phrases: [
      'for our records|files|database|marketing|analysis|stats|statistics',
      'our records|books accurate|tidy|complete|straight|clean',
      'complete|update our records',
      'so our system|systems|servers|billing|depot|tills|cleaners|books|diaries',
      'so we can get paid',
      'so we can hit|meet'
    ],
    advice: 'Say what the customer gets by giving it (“so we can text you when it’s ready”), or don’t ask.',
    note: 'the customer is asked to give something so the seller’s books look right',
    confidence: 0.8,
    examples: ['We need a phone number for our records.', 'Please pay by Friday so our books stay tidy.'],
    counterExamples: ['Keep this receipt for your records.', 'Add a phone number so we can text you when it’s ready.']
  },
  {
    // The seller's workload told as the customer's problem.
    phrases: [
      'time is extremely|very|so? valuable|precious',
      'well-earned break',
      'we’ve earned a break',
      'focusing on our own'
    ],
    advice: 'Say when the customer will hear back, not how busy the seller is.',
    note: 'the customer hears that the seller’s day matters more than their question',
    confidence: 0.75,
    examples: ['We’re taking a well-earned break this week.', 'Our stylists’ time is precious.'],
    counterExamples: ['We’ll reply within 2 working days.', 'Your time is precious, so booking takes one tap.']
  },
  {
    // “We don't offer discounts, but members get free delivery” is often a plain fact.
    phrases: [
      'we|i do not offer|give|provide'
    ],
    advice: 'Say what the customer can have instead, if anything.',
    note: 'a refusal framed as the seller’s choice; a hint unless the sentence says why it suits the seller',
    confidence: 0.45,
    examples: ['We do not offer refunds on sale items.', 'We do not provide carrier bags at the self-checkout.'],
    counterExamples: ['If we do not provide your refund within 5 days, you get £10 credit.']
  },
  {
    phrases: [
      'we|i only'
    ],
    advice: 'State the limit as a fact about what the customer can do (“Card payments only after 6 pm”).',
    note: 'a limit framed as the seller’s choice; often a plain fact, so a hint only',
    confidence: 0.45,
    examples: ['We only accept card payments after 6 pm.', 'We only take table bookings for groups of six or more.'],
    counterExamples: ['We only need your postcode to show you delivery times.']
  },
  {
    phrases: [
      'we|i value our',
      'we|i love our',
      'we|i protect our',
      'inspect every inch of our',
      'our vehicles|property|equipment|premises'
    ],
    advice: 'Say what the customer needs to do with the property, and what you will check together.',
    note: 'the customer hears that the seller’s property matters more than they do',
    confidence: 0.8,
    examples: ['We value our vehicles and inspect every inch on return.', 'Our premises are monitored by CCTV at all times.'],
    counterExamples: ['You’re welcome to use our equipment free of charge during your stay.']
  }
]

/**
 * The seller's wishes about the customer's conduct, and house rules told in
 * the company's name. These count when the seller is at least as present as
 * the customer: “We'd rather you didn't call” names both once; “Company
 * policy states…” names neither; “You can return it — it's our policy” is
 * about the customer.
 */
export const sellerAsks: readonly PhraseEntry[] = [
  {
    phrases: [
      'we’d rather you|customers|people|guests|everyone',
      'we would rather you|customers|people|guests|everyone',
      'we’d prefer it|you|that',
      'we would prefer it|you|that',
      'we prefer that you|customers|guests|people',
      '=help|=helps us out',
      'it’d ...2 help us out|hugely|a lot',
      'it would ...2 help us out|hugely|a lot',
      'helps us a lot|hugely',
      'we’d|we really? appreciate it if you|everyone|people|customers',
      'we would really? appreciate it if you|everyone|people|customers',
      'would|it’d mean a lot|so much to us',
      'it means so much to us'
    ],
    advice: 'Ask plainly and give the customer’s reason (“Please book ahead so your table is ready”), or don’t ask.',
    note: 'the customer is asked to behave for the seller’s sake',
    confidence: 0.8,
    examples: ['We’d rather you didn’t ring for updates.', 'It’d really help us out if you paid by card.'],
    counterExamples: ['Pay by card or cash, whichever suits you.', 'Tell us if anything would help you.']
  },
  {
    phrases: [
      'company|store|house|shop policy states|says|is|requires|dictates',
      'it is company|store|house|shop policy',
      'it’s company|store|house|shop policy',
      'company|house|store rules state|say|are',
      'company rules',
      'company procedure|procedures',
      'retains|retain|reserves|reserve the full|absolute|sole? right|discretion',
      'retains|retain full|absolute|sole discretion',
      'discretion applies',
      'accepts|accept no liability',
      'is|are not liable for',
      'does|do not tolerate',
      'management|trustees|partners|owners|directors has|have decided'
    ],
    advice: 'State the fact from the customer’s side (“Gift cards never expire”), without the company’s authority.',
    note: 'the customer hears the company’s authority and rules instead of what they can do',
    confidence: 0.8,
    examples: ['Company policy states that receipts are not reprinted.', 'The management retains full discretion over refunds.'],
    counterExamples: ['You can return anything within 30 days, no receipt needed.', 'Our policy means you can swap sizes for free.']
  }
]

/**
 * The seller ranked above the customer in so many words. No person count
 * needed: the sentence names both and puts the seller first.
 */
export const sellerFirst: readonly PhraseEntry[] = [
  {
    phrases: [
      'our ...2 day so much easier',
      'makes our ...3 easier',
      'makes our ...2 easier',
      'make life easier for our',
      'easier for us',
      'easier for our team|staff',
      'quicker for our staff|team',
      'suit|suits us better',
      'to suit our|us',
      'convenient for us|our',
      'for our convenience',
      'a pain for us',
      'slow our people|staff|team down',
      'saves|save us',
      'too much of our time',
      'cheapest option for us'
    ],
    advice: 'Say what the customer gains from it (“so your order is fresh”), or drop the request.',
    note: 'the customer is told in plain words that the seller’s ease comes first',
    confidence: 0.85,
    examples: ['Please use the self-service kiosk, as it saves us a lot of time.', 'Card payments are easier for us.'],
    counterExamples: ['Pay by direct debit and save yourself a trip to the post office.', 'Choose whichever pickup time is easier for you.']
  },
  {
    phrases: [
      'records stay tidy',
      'our records tidy',
      'fewer support tickets',
      'keep our workflow',
      'so our machine stays',
      'helps our numbers',
      'help us reduce',
      'aligns with our internal',
      'our internal accounting|processes|process',
      'before our annual audit',
      'disrupt our'
    ],
    advice: backOffice,
    note: 'the customer is asked to fit the seller’s internal processes',
    confidence: 0.85,
    examples: ['Please pay by the 1st so our records stay tidy.', 'Paper forms disrupt our process.'],
    counterExamples: ['Pay by the 1st to keep your discount.']
  },
  {
    phrases: [
      'come|comes first then your',
      'then your convenience|needs|wishes',
      'before your convenience|needs|wishes',
      'our ...2 comes|come before your',
      'not our customers'
    ],
    advice: 'Put the customer’s need first, or leave the ranking out.',
    note: 'the customer is told in so many words that they come second',
    confidence: 0.85,
    examples: ['Deliveries are planned to suit our drivers first, then your needs.', 'Our safety comes before your convenience.'],
    counterExamples: ['Your safety comes first, so every ride is checked before you board.']
  }
]
