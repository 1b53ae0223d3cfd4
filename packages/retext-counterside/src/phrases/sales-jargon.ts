import type {PhraseEntry} from '../phrase-table.js'

/**
 * Sales-floor and revenue vocabulary. Words that also have an everyday,
 * customer-side meaning (“commission-free”, “data quota”, “page margin”,
 * “lead time”) are listed only in their sales sense, or with a confidence
 * below the default threshold.
 */
export const salesJargon: readonly PhraseEntry[] = [
  {
    phrases: [
      'upsell',
      'up-sell',
      'suggested attach|add-on',
      'attach opportunity',
      'renewal-at-risk',
      'at-risk account|customer|client',
      'flagging|flagged you as',
      'average order|transaction|basket value|size',
      'high-intent',
      'intent score|segment|signal',
      'offer segment',
      'note to rep|sales|staff',
      'push the premium|upgrade|upsell|add-on|add-ons|warranty|plan|bundle|tier',
      'upsold by',
      'conversion offer',
      'funnel promo',
      'collections bucket',
      'early-arrears',
      'arrears bucket',
      'account is now cured',
      'dunning',
      'attach-rate',
      'highest-margin',
      'average ticket',
      'stage of the funnel',
      'add-on opportunity',
      'basket segment',
      'ancillary alert|revenue|upsell|sale',
      'lead form',
      'qualify you as a lead',
      'as a lead',
      'recommended attach',
      'in your segment',
      'high-propensity',
      'upgrade|sales|our|nurture funnel',
      'anchor high',
      'discount to close',
      'value segment',
      'customer value tier|band',
      'cart abandonment',
      'abandonment follow-up',
      'to close faster',
      're-engagement offer|campaign|flow',
      'dormant accounts|customers',
      'retention save',
      'save offer',
      'high-ltv',
      'ltv list',
      'converted lead',
      'staff use only',
      'basket builder',
      'vip upsell',
      'attach10',
      'crm says|shows',
      'ripe for an upgrade',
      'likely to convert',
      'scored as',
      'attach numbers',
      'my attach',
      'in our ...2 segment',
      'revenue segment|tier|band|bracket',
      'sales note',
      'bargain hunter',
      'acquisition push|campaign|drive',
      'opportunity stage',
      'offer ...3 to close',
      'keep pitching',
      'every no is',
      'closer to a yes',
      'nurture stage',
      'journey stage',
      'next best offer|action',
      'reactivation funnel|campaign|offer|flow',
      'margin booster|builder',
      'logged|counted|tracked as a conversion',
      'high-value|inbound|outbound lead|leads',
      'high value lead|leads',
      'cohort',
      'big spender',
      'big spenders',
      'script step',
      'overcome objection',
      'objection handling',
      're-pitch',
      'spif',
      'maximises|maximizes|boosts|raises our margin',
      'margin on your',
      'lead list',
      'leads list',
      'prospect list',
      'added to our lead|leads|prospect|prospects',
      'retention offer|team|discount|code',
      'bundle attach',
      'attach suggestion|rate|target',
      'upsell target|eligible|candidate',
      'cross-sell eligible|target|candidate',
      'cart recovery',
      'abandoned cart',
      'recovery attempt',
      'retargeting',
      'remarketing',
      'lookalike audience',
      'engagement score',
      'hot|warm|cold prospect',
      'basket value|metrics|building',
      'closing tip|technique|techniques|script',
      'whale customer|account|client|tier',
      'tier whale',
      'upsold',
      'cross-sell',
      'cross sell',
      'crosssell',
      'down-sell',
      'downsell'
    ],
    expected: ['Add a 2-year protection plan?', 'Customers often pair this with…'],
    note: 'the customer learns they are a target of a sales script',
    confidence: 0.95,
    examples: ['Upsell: add the 2-year protection plan for $49 before you pay.', 'Note to staff: push the warranty before printing this receipt.'],
    counterExamples: ['Add-ons you picked: gift wrap and a card message.', 'Upgrade your seat for $30, or keep the one you chose.']
  },
  {
    phrases: [
      'trade-up',
      'trade-ups'
    ],
    expected: ['Upgrade to premium lenses for $40 more?'],
    note: 'the customer hears a sales move, not an option they can weigh',
    confidence: 0.7,
    examples: ['Trade-up offer: premium lenses for $40 more.', 'Ask your stylist about today’s trade-ups.'],
    counterExamples: ['Upgrade to premium lenses for $40 more?', 'Trade in your old phone and get $100 off.']
  },
  {
    phrases: [
      'sales pipeline',
      'my|our pipeline',
      'pipeline push|review|stage|deal|deals',
      'sales funnel',
      'funnel stage',
      'top of funnel',
      'bottom of funnel'
    ],
    expected: ['We’ll follow up by Friday'],
    note: 'the customer hears they are a deal being worked through stages',
    confidence: 0.75,
    examples: ['Thanks for your enquiry, you’re now in our sales pipeline.', 'Our pipeline review is done and your quote is attached.'],
    counterExamples: ['We’ll follow up by Friday with your quote.', 'Your build pipeline finished in 3 minutes.']
  },
  {
    phrases: [
      'sales-qualified',
      'marketing-qualified',
      'sales qualified lead',
      'marketing qualified lead',
      'qualified lead',
      'hot lead',
      'warm lead',
      'cold lead',
      'sales lead',
      'new lead',
      'lead score',
      'lead scoring',
      'lead gen',
      'lead generation',
      'lead source',
      'lead status',
      'lead captured|created|converted|qualified',
      'talk track',
      'sales script',
      'nurture funnel|sequence|campaign|track|stream',
      'drip campaign'
    ],
    expected: ['We’ll follow up with the details you asked for'],
    note: 'the customer is told they are a lead to be scored, not a person to help',
    confidence: 0.9,
    examples: ['Great news: you’re a qualified lead for our premium plan!', 'Lead status: contacted. A rep will call you within 24 hours.'],
    counterExamples: ['We’ll follow up with the details you asked for.', 'Lead time for custom sofas is 6 weeks.']
  },
  {
    phrases: [
      'prospect',
      'win-back',
      'winback'
    ],
    expected: ['Welcome back — here’s a special rate'],
    note: 'the customer sees the label the seller files them under',
    confidence: 0.75,
    examples: ['Win-back offer: 20% off if you rejoin today.', 'Dear prospect, here is the brochure you requested.'],
    counterExamples: ['Welcome back! Here’s 15% off your next visit.']
  },
  {
    phrases: [
      'conversion rate',
      'conversion funnel',
      'close rate',
      'closing rate',
      'close the deal',
      'closing the deal',
      'closed-won',
      'closed won',
      'deal flow'
    ],
    expected: ['Ready when you are'],
    note: 'the customer sees their purchase counted as the seller’s win',
    confidence: 0.9,
    examples: ['Our conversion rate on this plan is 40%, so sign up today!', 'Let’s close the deal: sign by Friday to lock in this price.'],
    counterExamples: ['Ready when you are, and the deal stays open until Sunday.', 'We close at 9 pm; orders placed after that ship Monday.']
  },
  {
    phrases: [
      'sales quota',
      'sales goal|goals',
      'hit|make|made|making quota'
    ],
    expected: ['Is there anything else you need today?'],
    note: 'the customer wonders whether advice is for them or for the seller’s numbers',
    confidence: 0.6,
    examples: ['I’m trying to hit quota this month, so this price ends today.', 'Help our team reach its sales goals: add a warranty today.'],
    counterExamples: ['Is there anything else you need today?', 'Set your savings goals in the app and we’ll track them for you.']
  },
  {
    phrases: [
      'sales commission',
      'commission rate',
      'commission structure',
      'on commission',
      'commission-based'
    ],
    expected: ['Our staff can help you compare options'],
    note: 'the customer wonders whose interest the recommendation serves',
    confidence: 0.8,
    examples: ['All our advisors work on commission, so ask one to help you choose.', 'See our commission rate for referrals on the back of this card.'],
    counterExamples: ['Commission-free currency exchange at every branch.', 'Our staff can help you compare options, with no commission and no pressure.']
  },
  {
    phrases: [
      'profit margin',
      'gross margin',
      'margin target',
      'high-margin',
      'low-margin'
    ],
    expected: ['Built to last, with a 5-year guarantee'],
    note: 'the customer sees what the seller makes on them',
    confidence: 0.8,
    examples: ['High-margin add-ons: cases, chargers, screen protectors.', 'Our profit margin on this sofa is only 10%, so no further discounts.'],
    counterExamples: ['Built to last, with a 5-year guarantee.', 'Set the page margin to 2 cm before printing.']
  },
  {
    phrases: [
      'attach rate',
      'attachment rate',
      'units per transaction',
      'upt',
      'basket size',
      'average basket',
      'aov',
      'average order value',
      'arpu',
      'arpa',
      'clv',
      'ltv',
      'lifetime value',
      'share of wallet',
      'wallet share',
      'kpi',
      'kpis'
    ],
    note: 'the customer sees themselves measured as a revenue metric',
    confidence: 0.9,
    examples: ['Your lifetime value with us so far: $1,240.', 'Boost your basket size: add 2 more items for free delivery.'],
    counterExamples: ['Spend $60 or more and the tote is free.', 'Lifetime warranty on all frames.']
  },
  {
    phrases: [
      'propensity',
      'propensity score',
      'churn risk',
      'churn score',
      'likely to churn',
      'at-risk customer',
      'customer segment',
      'segment tier'
    ],
    expected: ['Save 15% when you add home insurance'],
    note: 'the customer learns they have been profiled and scored',
    confidence: 0.85,
    examples: ['Your churn risk is high, so here’s 15% off to stay.', 'Your propensity score says you’ll love our premium plan.'],
    counterExamples: ['Save 15% when you add home insurance.', 'Thinking of leaving? Tell us what we could do better.']
  },
  {
    phrases: [
      'endcap',
      'end-cap',
      'planogram',
      'shrink rate',
      'shrinkage',
      'sell-through',
      'sell through rate',
      'loss leader',
      'spiff',
      'spiffs',
      'doorbuster quota',
      'add-on target'
    ],
    expected: ['Special offer: crisps 2 for $4'],
    note: 'the customer reads store-operations jargon that means nothing to them',
    confidence: 0.85,
    examples: ['Endcap special: crisps 2 for $4.', 'This item is a loss leader, so limit 2 per customer.'],
    counterExamples: ['Special offer: crisps 2 for $4.', 'Wool may shrink, so wash cold and dry flat.']
  },
  {
    phrases: [
      'pitch the|this|that|our|a|an'
    ],
    expected: ['A 5-year blade warranty is available if you’d like one'],
    note: 'the customer hears they are about to be pitched',
    confidence: 0.6,
    examples: ['Let me pitch the extended warranty before you check out.', 'Our rep will call to pitch a bundle for your home.'],
    counterExamples: ['A 5-year blade warranty is available if you’d like one.', 'Pitch your tent only in the marked areas.']
  },
  {
    phrases: [
      'pipeline'
    ],
    note: 'in sales talk the customer is a deal in a pipeline; data and build pipelines are fine',
    confidence: 0.45,
    examples: ['You’re in the pipeline now: a sales rep will call this week.', 'Pipeline update: your renewal is in the nurture stage.'],
    counterExamples: ['New to data tools? A “pipeline” is a set of steps that moves your files each night.']
  },
  {
    phrases: [
      'churn'
    ],
    expected: ['Stay with us and save 20%'],
    note: 'the customer learns they are a churn statistic',
    confidence: 0.7,
    examples: ['We noticed signs of churn on your account, so stay and save 20%.', 'To reduce churn, we’re giving you a free month.'],
    counterExamples: ['Stay with us and save 20% on your next three months.']
  },
  {
    phrases: [
      'quota'
    ],
    note: 'a sales quota makes the customer a number; a data or storage quota is fine',
    confidence: 0.3,
    examples: ['Help me hit my quota: add the protection plan today.', 'Your rep is one sale from quota, so ask about our bundles.'],
    counterExamples: ['What’s a “quota”? It’s the data your plan includes each month.']
  },
  {
    phrases: [
      'conversion'
    ],
    note: 'as sales talk the customer is a conversion; currency and unit conversion are fine',
    confidence: 0.2,
    examples: ['Congrats on your conversion to a paid member!', 'Your trial conversion is due, so our team will call you.'],
    counterExamples: ['Convert your points to vouchers at checkout.', 'Converting currency? We show the rate before you pay.']
  }
]
