import type {PhraseEntry} from '../phrase-table.js'

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
      'our brand promise',
      'invested millions',
      'our reputation',
      'care about our',
      'our goal is to become',
      'become the number one|#1|best|biggest|leading',
      'worked really|so? hard on our',
      'we hope we got it right',
      'our priority is',
      'as a company',
      'operational efficiency',
      'committed to our growth|shareholders|investors|strategy',
      'our shareholders|investors',
      'we are a proud',
      'we’re a proud',
      'proud family business',
      'our time is valuable',
      'we are a busy',
      'we|i love what',
      'we|i pride ourselves|myself',
      'prides itself',
      'pride ourselves',
      'who we are',
      'what we stand for',
      'we|i love what we|i do',
      'we believe we are',
      'we believe we’re',
      'our company|business|store|team is proud',
      'we are very|so|really pleased with our',
      'pleased with our new',
      'take|takes great? pride in our',
      'proud of everything we',
      'we’ve built the best',
      'we have built the best',
      'best ...2 in the industry',
      'our team deserves',
      'we are the best',
      'we’re the best',
      'our heritage of',
      'speaks for itself',
      'we are proud of it|ourselves',
      'we’re proud of it|ourselves',
      'our company|business|store|brand values|believes|prides',
      'above all else'
    ],
    expected: ['From Monday you can shop until 9 pm'],
    note: 'the customer reads about the seller’s feelings and image, and looks for what is in it for them',
    confidence: 0.8
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
    note: 'the customer reads about the seller’s image; fine as a page title, a hint in a message',
    confidence: 0.4
  },
]

/**
 * The seller's rules, habits and property. These count when first person
 * outweighs second person in the sentence: “We value your feedback”
 * passes, “We value our vehicles” does not.
 */
export const sellerSelf: readonly PhraseEntry[] = [
  {
    phrases: [
      'we|i insist',
      'we|i expect all|customers|everyone|guests|patrons|visitors|patience|respect|understanding',
      'we|i require',
      'we|i demand',
      'we|i reserve the right',
      'we|i do not allow|accept|permit|do|take|issue',
      'we|i don’t allow|accept|permit|do|take|issue',
      'doing things our way',
      'our way or',
      'the way we like it',
      'our policy|policies|rules|procedure|procedures|schedule|operations|compliance|standards',
      'our ...2 team|department|policy|rules requires|require|insists|insist|expects|expect',
      'as set by our',
      'as per our',
      'in line with our',
      'how we’ve always done',
      'how we have always done',
      'the way we do things',
      'to our schedule',
      'our kitchen likes',
      'our finance records',
      'focus on our larger|bigger|key accounts',
      'we set ourselves a goal',
      'us a five-star|5-star review',
      'easier for our billing|finance|accounts|warehouse|kitchen department|team|staff',
      'our team wanted',
      'we’re really happy with',
      'suit our own',
      'operational preferences',
      'we really want to reach',
      'our scores depend',
      'we need the numbers',
      'reconciliation',
      'most convenient for',
      'climb the rankings',
      'we deserve',
      'for us',
      'our workflow',
      'we’re not changing it',
      'we are not changing it',
      'we ask that customers',
      'leave promptly',
      'works for us',
      'we’ve always done it this way',
      'a serious business',
      'don’t entertain',
      'our mission is to be',
      'market leader',
      'plan our day',
      'we decide which|what',
      'not our customers',
      'we are the experts',
      'don’t question our',
      'record profits',
      'save our staff time',
      'pride and joy',
      'keep it our way',
      'we have strict standards',
      'expect our customers',
      'our shop|store our way',
      'we prefer customers|clients|guests who',
      'our investors|shareholders expect',
      'we stand by our processes|process|policies',
      'best in the business',
      'fit our brand|image|profile',
      'market share',
      'grow our business|profits|revenue',
      'we have decided that',
      'we’ve decided that',
      'we would appreciate it if customers',
      'customers respected our',
      'our aim is to maximise|maximize',
      'sales per square foot',
      'we know what we’re doing',
      'keep things simple for ourselves',
      'we won’t tolerate',
      'will not tolerate',
      'we have high standards',
      'don’t lower them',
      'don’t lower our standards',
      'do not lower them',
      'do not lower our standards',
      'we know what’s best',
      'we know best',
      'chosen your ...2 for you',
      'we set the rules',
      'smoothly for us',
      'our success depends',
      'meeting our targets',
      'our founders',
      'we intend to stay',
      'prioritise|prioritize|prioritising|prioritizing our larger|bigger|key|biggest accounts|clients|customers',
      'our insurers|lawyers|accountants|auditors|bank require|requires',
      'make|making no exceptions',
      'don’t make exceptions',
      'do not make exceptions',
      'how we run our',
      'won’t be changing',
      'the traditional way',
      'at our discretion',
      'at our sole discretion',
      'our margins|margin|profits|profit',
      'our bottom line',
      'our ...2 comes first',
      'suits our|us',
      'we have decided to close|stop|no|only',
      'we’ve decided to close|stop|no|only'
    ],
    expected: ['Bring your receipt and we’ll refund you on the spot'],
    note: 'the customer hears the seller’s rules and convenience put ahead of their need',
    confidence: 0.8
  },
  {
    // “We don't offer discounts, but members get free delivery” is often a plain fact.
    phrases: [
      'we|i do not offer|give|provide'
    ],
    expected: ['Members get free delivery instead'],
    note: 'a refusal framed as the seller’s choice; a hint unless the sentence says why it suits the seller',
    confidence: 0.45
  },
  {
    phrases: [
      'we|i only'
    ],
    expected: ['Delivery covers these postcodes: …'],
    note: 'a limit framed as the seller’s choice; often a plain fact, so a hint only',
    confidence: 0.45
  },
  {
    phrases: [
      'we|i value our',
      'we|i love our',
      'we|i protect our',
      'inspect every inch of our',
      'our vehicles|property|equipment|premises'
    ],
    expected: ['Please return the car as you found it — we’ll check it together with you'],
    note: 'the customer hears that the seller’s property matters more than they do',
    confidence: 0.8
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
      'suit|suits us better',
      'a pain for us',
      'records stay tidy',
      'slow our people|staff|team down',
      'easier for us',
      'convenient for us|our',
      'saves|save us',
      'cheapest option for us',
      'fewer support tickets',
      'keep our workflow',
      'to suit our|us',
      'for our convenience',
      'makes our ...2 easier',
      'make life easier for our',
      'come|comes first then your',
      'quicker for our staff|team',
      'so our machine stays',
      'helps our numbers',
      'help us reduce',
      'too much of our time',
      'easier for our team|staff',
      'aligns with our internal',
      'our internal accounting|processes|process',
      'our records tidy',
      'before our annual audit',
      'disrupt our',
      'then your convenience|needs|wishes',
      'before your convenience|needs|wishes',
      'our ...2 comes|come before your',
      'not our customers'
    ],
    expected: ['We open at 9 so your order is fresh'],
    note: 'the customer is told in plain words that they come second',
    confidence: 0.85
  }
]
