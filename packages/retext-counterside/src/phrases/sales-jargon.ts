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
      'upsold',
      'upsold by',
      'cross-sell',
      'cross sell',
      'crosssell',
      'down-sell',
      'downsell',
      'vip upsell',
      'upsell target|eligible|candidate',
      'cross-sell eligible|target|candidate',
      'ancillary alert|revenue|upsell|sale'
    ],
    advice: 'Offer the extra as a choice, with its price and what it does for the customer.',
    note: 'the customer learns they are the target of an upsell',
    confidence: 0.95,
    examples: ['Upsell: add the 2-year protection plan for $49 before you pay.', 'You were upsold by our best advisor.'],
    counterExamples: ['Add-ons you picked: gift wrap and a card message.', 'Upgrade your seat for $30, or keep the one you chose.']
  },
  {
    phrases: [
      'suggested attach|add-on',
      'attach opportunity',
      'recommended attach',
      'attach-rate',
      'attach numbers',
      'my attach',
      'attach10',
      'bundle attach',
      'attach suggestion|rate|target',
      'add-on opportunity',
      'push the premium|upgrade|upsell|add-on|add-ons|warranty|plan|bundle|tier',
      'basket builder',
      'margin booster|builder'
    ],
    expected: ['Customers often pair this with…'],
    note: 'the customer hears the extra was pushed to hit the seller’s attach numbers',
    confidence: 0.95,
    examples: ['Note to staff: push the warranty before printing this receipt.', 'Suggested attach: phone case.'],
    counterExamples: ['Customers often pair this with a screen protector.']
  },
  {
    phrases: [
      'renewal-at-risk',
      'at-risk account|customer|client',
      'collections bucket',
      'early-arrears',
      'arrears bucket',
      'account is now cured',
      'dunning'
    ],
    advice: 'Say plainly what is owed, by when, and how the customer can pay or get help.',
    note: 'the customer reads the seller’s collections labels for their own money trouble',
    confidence: 0.95,
    examples: ['Your account is in the early-arrears bucket.', 'Dunning notice: payment overdue.'],
    counterExamples: ['Your payment of $40 is overdue; pay by 5 May or call us to set up a plan.']
  },
  {
    phrases: [
      'flagging|flagged you as',
      'high-intent',
      'intent score|segment|signal',
      'high-propensity',
      'scored as',
      'engagement score',
      'likely to convert',
      'ripe for an upgrade',
      'lookalike audience',
      'cohort',
      'high-ltv',
      'ltv list'
    ],
    advice: 'Say what the offer is and why it may suit the customer, without the profile behind it.',
    note: 'the customer learns they have been profiled and scored',
    confidence: 0.95,
    examples: ['Our system flagged you as high-intent.', 'You are likely to convert, so here is 10% off.'],
    counterExamples: ['Here is 10% off your first order.']
  },
  {
    phrases: [
      'offer segment',
      'basket segment',
      'in your segment',
      'in our ...2 segment',
      'value segment',
      'revenue segment|tier|band|bracket',
      'customer value tier|band',
      'whale customer|account|client|tier',
      'tier whale',
      'big spender',
      'big spenders',
      'bargain hunter'
    ],
    advice: 'Name the offer or the membership level in the customer’s words (“As a Gold member…”).',
    note: 'the customer sees the label the seller files them under',
    confidence: 0.95,
    examples: ['As a big spender, you get early access.', 'Offers for customers in your segment.'],
    counterExamples: ['As a Gold member, you get early access to the sale.']
  },
  {
    phrases: [
      'stage of the funnel',
      'upgrade|sales|our|nurture funnel',
      'funnel promo',
      'conversion offer',
      'nurture stage',
      'journey stage',
      'opportunity stage',
      'next best offer|action',
      'acquisition push|campaign|drive'
    ],
    advice: 'Say what the offer is and what it gives the customer.',
    note: 'the customer hears they are being moved through the seller’s funnel',
    confidence: 0.95,
    examples: ['Funnel promo: 10% off your first box.', 'Your next best offer is our premium plan.'],
    counterExamples: ['Get 10% off your first box.']
  },
  {
    phrases: [
      'reactivation funnel|campaign|offer|flow',
      're-engagement offer|campaign|flow',
      'dormant accounts|customers',
      'retention save',
      'save offer',
      'retention offer|team|discount|code'
    ],
    advice: 'Make the offer directly (“Here’s 20% off if you stay”), without naming the campaign.',
    note: 'the customer sees the campaign meant to keep them, and doubts the offer',
    confidence: 0.95,
    examples: ['Retention offer: 3 months at half price.', 'You are in our reactivation campaign.'],
    counterExamples: ['Stay for 3 more months at half price.']
  },
  {
    phrases: [
      'cart abandonment',
      'abandonment follow-up',
      'cart recovery',
      'abandoned cart',
      'recovery attempt',
      'retargeting',
      'remarketing'
    ],
    expected: ['You left something in your basket'],
    note: 'the customer learns they were tracked leaving the page',
    confidence: 0.95,
    examples: ['Abandoned cart: your items are waiting.', 'This is a cart recovery e-mail.'],
    counterExamples: ['You left something in your basket.']
  },
  {
    phrases: [
      'lead form',
      'qualify you as a lead',
      'as a lead',
      'converted lead',
      'high-value|inbound|outbound lead|leads',
      'high value lead|leads',
      'lead list',
      'leads list',
      'prospect list',
      'added to our lead|leads|prospect|prospects',
      'hot|warm|cold prospect'
    ],
    advice: 'Say what you will send or do for the customer, and how they can opt out.',
    note: 'the customer learns they are on a list of leads',
    confidence: 0.95,
    examples: ['Thanks, you have been added to our leads list.', 'Fill in the lead form to get a quote.'],
    counterExamples: ['Fill in the form and we’ll e-mail your quote today.']
  },
  {
    phrases: [
      'note to rep|sales|staff',
      'staff use only',
      'sales note',
      'crm says|shows',
      'anchor high',
      'discount to close',
      'to close faster',
      'offer ...3 to close',
      'keep pitching',
      'every no is',
      'closer to a yes',
      'script step',
      'overcome objection',
      'objection handling',
      're-pitch',
      'closing tip|technique|techniques|script'
    ],
    advice: 'Keep staff notes and sales tactics out of customer copy; say what the customer gets.',
    note: 'the customer reads the seller’s script and tactics, meant for staff',
    confidence: 0.95,
    examples: ['Sales note: anchor high on the first quote.', 'Objection handling: mention the free trial.'],
    counterExamples: ['Your first month is free, and you can cancel any time.']
  },
  {
    phrases: [
      'average order|transaction|basket value|size',
      'highest-margin',
      'average ticket',
      'maximises|maximizes|boosts|raises our margin',
      'margin on your',
      'spif',
      'basket value|metrics|building',
      'logged|counted|tracked as a conversion'
    ],
    advice: 'Say what the customer gets; the seller’s margins and metrics stay backstage.',
    note: 'the customer sees what the seller makes or measures on them',
    confidence: 0.95,
    examples: ['This bundle maximises our margin on your order.', 'Your order counted as a conversion.'],
    counterExamples: ['This bundle saves you $12 on your order.']
  },
  {
    phrases: [
      'trade-up',
      'trade-ups'
    ],
    advice: 'Offer the upgrade as a choice with its price (“Upgrade for $40 more?”).',
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
      'prospect'
    ],
    advice: 'Call the reader what they are to you: a customer, a guest, or by name.',
    note: 'the customer sees the label the seller files them under before they have bought anything',
    confidence: 0.75,
    examples: ['Dear prospect, here is the brochure you requested.'],
    counterExamples: ['Dear customer, here is the brochure you requested.']
  },
  {
    phrases: [
      'win-back',
      'winback'
    ],
    expected: ['welcome-back'],
    note: 'the customer hears they are a lost sale to be won back',
    confidence: 0.75,
    examples: ['Win-back offer: 20% off if you rejoin today.'],
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
    advice: 'Say what the customer gets for the price (quality, a guarantee), not what the seller makes.',
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
    advice: 'Say what the customer gets (“Spend $60 for free delivery”), not the metric.',
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
    advice: 'Make the offer without the score behind it.',
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
    advice: 'Use the shopper’s words (“Special offer”, “Featured”) instead of store-operations terms.',
    note: 'the customer reads store-operations jargon that means nothing to them',
    confidence: 0.85,
    examples: ['Endcap special: crisps 2 for $4.', 'This item is a loss leader, so limit 2 per customer.'],
    counterExamples: ['Special offer: crisps 2 for $4.', 'Wool may shrink, so wash cold and dry flat.']
  },
  {
    phrases: [
      'pitch the|this|that|our|a|an'
    ],
    advice: 'Offer it as an option the customer can weigh (“A 5-year warranty is available if you’d like one”).',
    note: 'the customer hears they are about to be pitched',
    confidence: 0.6,
    examples: ['Let me pitch the extended warranty before you check out.', 'Our rep will call to pitch a bundle for your home.'],
    counterExamples: ['A 5-year blade warranty is available if you’d like one.', 'Pitch your tent only in the marked areas.']
  },
  {
    phrases: [
      'pipeline'
    ],
    advice: 'Say what happens next for the customer and when, without the pipeline.',
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
    advice: 'Say what the customer gets; the seller’s quota stays backstage.',
    note: 'a sales quota makes the customer a number; a data or storage quota is fine',
    confidence: 0.3,
    examples: ['Help me hit my quota: add the protection plan today.', 'Your rep is one sale from quota, so ask about our bundles.'],
    counterExamples: ['What’s a “quota”? It’s the data your plan includes each month.']
  },
  {
    phrases: [
      'conversion'
    ],
    advice: 'Say what the customer did in their words (“your upgrade”, “your membership”).',
    note: 'as sales talk the customer is a conversion; currency and unit conversion are fine',
    confidence: 0.2,
    examples: ['Congrats on your conversion to a paid member!', 'Your trial conversion is due, so our team will call you.'],
    counterExamples: ['Convert your points to vouchers at checkout.', 'Converting currency? We show the rate before you pay.']
  }
]
