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
    confidence: 0.95
  },
  {
    phrases: [
      'trade-up',
      'trade-ups'
    ],
    expected: ['Upgrade to premium lenses for $40 more?'],
    note: 'the customer hears a sales move, not an option they can weigh',
    confidence: 0.7
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
    confidence: 0.75
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
    confidence: 0.9
  },
  {
    phrases: [
      'prospect',
      'win-back',
      'winback'
    ],
    expected: ['Welcome back — here’s a special rate'],
    note: 'the customer sees the label the seller files them under',
    confidence: 0.75
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
    confidence: 0.9
  },
  {
    phrases: [
      'sales quota',
      'sales goal|goals',
      'hit|make|made|making quota'
    ],
    expected: ['Is there anything else you need today?'],
    note: 'the customer wonders whether advice is for them or for the seller’s numbers',
    confidence: 0.6
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
    confidence: 0.8
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
    confidence: 0.8
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
    confidence: 0.9
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
    confidence: 0.85
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
    confidence: 0.85
  },
  {
    phrases: [
      'pitch the|this|that|our|a|an'
    ],
    expected: ['A 5-year blade warranty is available if you’d like one'],
    note: 'the customer hears they are about to be pitched',
    confidence: 0.6
  },
  {
    phrases: [
      'pipeline'
    ],
    note: 'in sales talk the customer is a deal in a pipeline; data and build pipelines are fine',
    confidence: 0.45
  },
  {
    phrases: [
      'churn'
    ],
    expected: ['Stay with us and save 20%'],
    note: 'the customer learns they are a churn statistic',
    confidence: 0.7
  },
  {
    phrases: [
      'quota'
    ],
    note: 'a sales quota makes the customer a number; a data or storage quota is fine',
    confidence: 0.3
  },
  {
    phrases: [
      'conversion'
    ],
    note: 'as sales talk the customer is a conversion; currency and unit conversion are fine',
    confidence: 0.2
  }
]
