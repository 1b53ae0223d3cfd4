import type {PhraseEntry} from '../phrase-table.js'

/** The seller's win, celebrated in front of the customer; these say it alone. */
export const celebrations: readonly PhraseEntry[] = [
  {
    phrases: [
      'employee|seller|salesperson|associate|agent of the week|month|year|quarter',
      'staff member of the week|month|year',
      'of the week|month|year goes to',
      'rep|cashier|barista|server|stylist|advisor|adviser of the week|month|year',
      'top renter|seller|closer|booker of the month|week|year',
      'top performer of the',
      'top seller in the',
      'top seller|salesperson|cashier|associate|agent|rep|earner for|of the|this',
      'makes|made me top seller|salesperson|rep|agent',
      'became the ...2 top',
      'gold star for',
      'gets|earns|earned|got a gold star',
      'store|branch|shop|team of the quarter|month|year|week'
    ],
    advice: 'Thank the customer for what they chose, and keep staff awards for the staff room.',
    note: 'the customer learns their purchase earned a staff member a title',
    confidence: 0.85,
    examples: ['Thanks for upgrading today, you just helped Sam win employee of the month.', 'Gold star for Priya, who sold you this sofa.'],
    counterExamples: ['Your advisor today was Sam; reply to this e-mail to reach him.']
  },
  {
    phrases: [
      'sales contest',
      'sales competition',
      'sales sprint|challenge|competition',
      'win|won|winning the staff|sales|team|store competition|contest|challenge|prize',
      'sales trophy|award|prize',
      'team|store|branch|pharmacy|kitchen|staff|shop won the ...2 award|trophy|prize|contest',
      'won our store|team|branch',
      'won me the',
      'close to taking|winning the',
      'cashier|staff|sales|team|store|seller leaderboard',
      'top of ...3 leaderboard',
      'top of the ...2 leaderboard',
      'top of the leaderboard',
      'top of the league|table|leaderboard|rankings',
      'ahead of ...2 on the board|leaderboard',
      'top agent|rep|seller|cashier on the leaderboard',
      'on the leaderboard',
      'our sales chart'
    ],
    advice: 'Leave the contest out, and tell the customer what they get.',
    note: 'the customer finds out they were points in a staff competition',
    confidence: 0.85,
    examples: ['Your order puts me top of the leaderboard this week.', 'Thanks to you, our branch won the sales contest.'],
    counterExamples: ['Enter our photo contest for a chance to win a weekend away.']
  },
  {
    phrases: [
      'sales bell',
      'rang|rung|ring|ringing the bell',
      'cha-ching',
      'ka-ching',
      'kaching',
      'ching-ching',
      'ding ding',
      'i’m on fire',
      'on a roll',
      'winning streak'
    ],
    expected: ['Thank you for your order'],
    note: 'the customer hears the till ring for the seller, not for them',
    confidence: 0.85,
    examples: ['Ka-ching! Your receipt for order 4412 is attached.', 'Another booking, I’m on fire today.'],
    counterExamples: ['Your table is ready — the host will ring a bell when your food is up.']
  },
  {
    phrases: [
      'popping champagne',
      'popping the champagne',
      'high fives all round|around',
      'high-fives all round|around',
      'high five|five to',
      'high-fiving',
      'high fiving',
      'cheers to that',
      'drinks are on me|us',
      'toasting the|our',
      'pizza party',
      'team’s pizza',
      'team got pizza|cake|drinks|lunch',
      'party in the kitchen|office|store|back',
      'whole office|team|store|shop cheered',
      'crew|team|staff is|are celebrating',
      'owes me lunch|drinks|dinner',
      'owes me a drink|coffee|beer',
      'on the house for us|me',
      'on the house for the team'
    ],
    advice: 'Thank the customer, and keep the party backstage.',
    note: 'the customer hears the staff celebrating the money they just spent',
    confidence: 0.85,
    examples: ['Drinks are on me tonight, thanks to your order.', 'The whole team cheered when your order came in.'],
    counterExamples: ['Your drinks are on the house tonight: happy birthday!']
  },
  {
    phrases: [
      'congratulations|congrats on another ...2 deal|deals|sale|sales|order|orders|win|one|close',
      'another ...3 sold|closed|booked|signed',
      'another order|sale|deal|one for the team',
      'sale|deal closed',
      'closed another',
      'sealed it',
      'another sale|deal|order in the bag',
      'another sale|order|booking|signup|sign-up for our|the|my',
      'sale|order|booking|signup made my|our week|day|month',
      'my first ever sale',
      'first-ever sale',
      'nice one for us',
      'good news for us',
      'great news for us',
      'great day for the store|shop|team|us|business',
      'one more sale and i|we'
    ],
    expected: ['Thank you — your order is confirmed'],
    note: 'the customer learns they were somebody’s win, not the point',
    confidence: 0.85,
    examples: ['Another one sold, thanks for your order.', 'Deal closed: your contract is attached.'],
    counterExamples: ['Thank you — your order is confirmed.', 'Congratulations on your new car! Your first service is on us.']
  },
  {
    phrases: [
      'my|our # sale|warranty|upgrade|plan|membership|signup|sign-up|booking',
      'her|his|their # sale|sales|booking|signup',
      'my|our first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth today|this',
      'my|our # today',
      'my|our first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth warranty|sale|upgrade|plan|membership|card|signup|sign-up today|this',
      'that makes # upgrades|sales|warranties|plans|signups|sign-ups|memberships|bookings',
      'celebrating his|her|their|my #',
      '# renewals|sales|upgrades|deals|signups|bookings in a row',
      'in a row for me|us',
      '# sold this|today|so',
      'sold this week|month|quarter|year',
      'hit # covers|sales|orders|bookings|tables',
      'our # subscriber|customer|member|booking|order|sign-up|signup',
      'signed our # millionth|thousandth',
      'millionth customer|policyholder|member|subscriber|order',
      'never sold so many',
      'sold more ...3 than any other',
      'gone by noon|lunch|lunchtime'
    ],
    advice: 'Confirm what the customer bought, without counting it.',
    note: 'the customer hears they were counted as a number in the seller’s tally',
    confidence: 0.85,
    examples: ['That’s my 5 sale today, thanks!', 'You are our 1000 subscriber this month.'],
    counterExamples: ['Your order number is 5512; keep it for returns.']
  },
  {
    phrases: [
      'hit|smashed|crushed|beat|exceeded|reached our|my|its|their ...2 target|targets|quota|goal|goals',
      'made our|my quota',
      'our|the team crushed|smashed|beat|hit',
      'put|puts|pushed|pushes our|the|this ...2 over|past its|our ...2 target|targets|quota|goal|threshold',
      'me|us over my|our ...2 target|targets|quota|goal',
      'puts|put|pushes|pushed|gets|got me|us over|past my|our|the target|targets|quota|goal',
      'puts|put|pushes|pushed|gets|got the team over|past my|our|the|its target|targets|quota|goal',
      'pushed us over our',
      'that’s quota|target for the',
      'that’s my|our quota|target',
      'hitting target',
      'away from my|our bonus|target|goal|quota',
      '# more and we|i beat|hit|make|reach',
      'helped me|us win|hit|reach|make|beat'
    ],
    advice: 'Thank the customer for their choice; targets stay backstage.',
    note: 'the customer learns their purchase was counted toward the seller’s target',
    confidence: 0.85,
    examples: ['Your upgrade pushed us over our target for the month.', 'We smashed our quarterly target thanks to orders like yours.'],
    counterExamples: ['You reached your savings goal for the month.']
  },
  {
    phrases: [
      'team bonus unlocked',
      'bonus unlocked',
      'bonus pool',
      'staff bonus',
      'bonus threshold',
      'earned|got their|our ...1 bonus',
      'unlocks|unlocked my|our ...2 bonus|commission',
      'bumped|boosted|upped my|our commission|bonus|numbers',
      'got me my|a ...1 bonus|commission|raise|promotion',
      'my commission thanks',
      'commission thanks you',
      'i qualify for the ...2 trip|bonus|incentive',
      'our branch|store|team|office gets|earns|got|earned a? bonus',
      'bonus for every',
      'team got a bonus',
      'got|gets|getting me|us to gold|silver|platinum|top'
    ],
    advice: 'Leave bonuses and commission out, and say what the customer gets.',
    note: 'the customer learns their money went toward a staff bonus, and wonders whose interest the advice served',
    confidence: 0.85,
    examples: ['Team bonus unlocked, thanks to your order!', 'Your plan got me my bonus this month.'],
    counterExamples: ['Bonus points unlocked: 200 points are in your account.']
  },
  {
    phrases: [
      'record sales',
      'sales record',
      'best sales day|week|month',
      'record revenue',
      'biggest|best|record revenue day|week|month|quarter|year',
      'biggest|best|record sales day|week|month|year',
      'highest-grossing shift|day|week|month',
      'highest grossing shift|day|week|month',
      'beat last year’s number|numbers|sales|record',
      'best booking|sales|selling week|month|day|year since|ever',
      'fastest-ever sellout|sale',
      'fastest ever sellout|sale',
      'crossed # million|thousand',
      'biggest renewal|order|contract of the quarter|month|year|week|day',
      'biggest|best|largest sale|sales|order|day ever'
    ],
    advice: 'Say what it means for the customer (new stock, longer hours), or leave it out.',
    note: 'the customer hears the seller boasting of record takings',
    confidence: 0.85,
    examples: ['Record sales this weekend, thank you all.', 'Our highest-grossing day ever, thanks to shoppers like you.'],
    counterExamples: ['Record cold is forecast, so our heated seats are ready for you.']
  },
  {
    phrases: [
      'record-breaking',
      'new store|shop|branch|team record',
      'store record',
      'new record',
      'new high',
      'celebrated|celebrating our biggest|best|record',
      'best month|week|day|year|quarter|season ever',
      'had its|our|my best',
      'busiest|best|biggest day|night|week|month|saturday|sunday|friday|shift ...2 on record',
      'on record for us|me',
      'record night|day|week|month|quarter|shift',
      'personal best|record for me|us|our|my',
      'our ...3 set a new personal best|record',
      'my best day|week|shift on the floor',
      'best day|week|shift on the floor'
    ],
    advice: 'Celebrate what the customer gets, or leave the record out.',
    note: 'the customer is shown the seller’s scoreboard instead of what they get',
    confidence: 0.85,
    examples: ['New store record today!', 'Best month ever for our team.'],
    counterExamples: ['A new range of sofas arrives in store today.']
  },
  {
    phrases: [
      'series a|b|c|d',
      'funding round',
      'fastest-growing',
      'just named the',
      'weeks|months|years running',
      'consecutive year',
      'ranked the number one',
      'was|were just? ranked first|top|number',
      'number one in the region|country|district|area|city',
      'now # in the region|country|district|area|city',
      'top-performing|best-performing|top-selling|best-selling branch|store|team|location|agent|rep|cashier',
      'top|best performing|selling branch|store|team|location|agent|rep|cashier',
      'location|store|branch in the chain'
    ],
    advice: 'Say what the ranking or funding means for the customer, or leave it out.',
    note: 'the customer is told about the seller’s rankings and funding, which do nothing for them',
    confidence: 0.85,
    examples: ['We just closed our Series B!', 'Our branch was ranked first in the region.'],
    counterExamples: ['Our branch is open until 8 pm on weekdays.']
  },
  {
    phrases: [
      'couldn’t be prouder',
      'could not be prouder',
      'could not be prouder of ourselves',
      'prouder of ourselves',
      'we did it',
      'congrats|congratulations to us|me|ourselves',
      'congrats|congratulations to the|our team',
      'congrats|congratulations to our|the sales|store|whole|front team',
      'beat ...4 sales',
      'for the growth|sales|retention|revenue team',
      'gonna love me|us',
      'going to love me|us'
    ],
    advice: 'Congratulate the customer on what they got, or simply say thank you.',
    note: 'the customer watches the seller congratulate itself',
    confidence: 0.85,
    examples: ['We did it, thanks for your order!', 'Congrats to the sales team on another great month.'],
    counterExamples: ['Congrats on your new home — your keys are ready at the desk.']
  }
]

/** A gain that belongs to the seller… */
export const sellerWins: readonly PhraseEntry[] = [
  {
    phrases: [
      'my|our|his|her|their|team|staff|store commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales|record',
      "*'s commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales|record",
      "*'s monthly|weekly|daily|quarterly|sales target|targets|quota|goal|bonus",
      'bonus|commission for our|the|my team|staff|store',
      'bonus|commission for me|us'
    ],
    advice: 'Say what the customer gets; the seller’s earnings and targets stay backstage.',
    note: 'the customer sees the seller cheering its own earnings and targets at their expense',
    confidence: 0.8,
    examples: ['Jordan’s bonus just went up, thanks for adding the protection plan.', 'Store revenue is up again this week, thanks to shoppers like you.'],
    counterExamples: ['Your bonus points went up to 500 this month.']
  },
  {
    phrases: [
      'sold',
      'sale|order number|no #',
      'another sale|deal|sign-up|signup|membership',
      'our|my|the|store|team ...2 record',
      'sales team|floor|figures|numbers|target|targets|goal|record',
      'in sales',
      'our ...3 numbers|figures|sales are|were',
      '# closed claims|deals|sales|policies|accounts'
    ],
    expected: ['Thanks for your order — it’s on its way'],
    note: 'the customer hears a sale cheered as the seller’s win',
    confidence: 0.8,
    examples: ['Woohoo, sale number 40 today!', 'Another sale, yay!'],
    counterExamples: ['Your item sold for £42; the payout reaches your account in 3 days.', 'Ask our sales team about trade-in prices for your old phone.']
  }
]

/** …and a cheer for it. Tone (retext-sentiment) can stand in for these words. */
export const cheers: readonly PhraseEntry[] = [
  {
    phrases: [
      'went|goes|going up',
      'up again',
      'yay',
      'woohoo',
      'woo-hoo',
      '=yes',
      'celebrate',
      'champagne',
      'high five|fives',
      'high-five|fives',
      'hit',
      'smashed',
      'crushed',
      'nailed',
      'beat',
      '=record',
      'booming',
      'through the roof',
      'let’s go',
      'nice work',
      'great job',
      'good job',
      'well done team',
      'go team',
      'way to go',
      'boom',
      'in the bag',
      'celebrating',
      'pushed|took|got ...3 past|over',
      'made|broke|topped|won|reached|passed|exceeded',
      'thanks to you',
      'because of you',
      'because of shoppers|customers like you',
      'happy customer',
      'cheers',
      '=woo',
      'woot',
      'woop',
      'got me to',
      'got us to'
    ],
    note: 'a cheer',
    confidence: 0.8,
    examples: ['Woohoo, our weekend sales are through the roof, see you next Saturday.', 'Our sales figures smashed last spring, thanks for every order.'],
    counterExamples: ['You hit your step goal today — nice work!', 'Prices went up in March, but your plan stays the same until renewal.']
  }
]

/**
 * The third way a win shows: an achievement word next to the seller's side
 * (a team, a store, “I”), said with an exclamation or a cheering emoji:
 * “That puts our branch top of the league!”.
 */
export const achievements: readonly PhraseEntry[] = [
  {
    phrases: [
      'competition',
      'contest',
      'league',
      'leaderboard',
      'award',
      'trophy',
      '=won',
      '=win'
    ],
    advice: 'Say what the prize means for the customer, or leave it out.',
    note: 'the customer sees the seller cheering a prize it won on their custom',
    confidence: 0.75,
    examples: ['Your booking helped our salon win the regional award!'],
    counterExamples: ['Enter our photo contest and win a weekend away!']
  },
  {
    phrases: [
      '=record',
      'milestone',
      'streak',
      'busiest',
      'biggest',
      'best-ever',
      'smashed',
      'crushed'
    ],
    advice: 'Celebrate what the customer gets, or leave the record out.',
    note: 'the customer sees the seller cheering its own records at their expense',
    confidence: 0.75,
    examples: ['Thanks to orders like yours, our store is on a 30-day streak!'],
    counterExamples: ['Our biggest sizes are back in stock!']
  },
  {
    phrases: [
      'target',
      'quota',
      'bonus'
    ],
    advice: 'Thank the customer for their choice; targets and bonuses stay backstage.',
    note: 'the customer sees the seller cheering a target or bonus their purchase paid for',
    confidence: 0.75,
    examples: ['Our team finally got the bonus!'],
    counterExamples: ['You’ve earned a bonus: enjoy 10% off your next visit!']
  }
]

export const sellerSide: readonly PhraseEntry[] = [
  {
    phrases: [
      'our|my|the ...2 team|store|branch|shop|staff|crew|kitchen|office|floor|desk|department|location|showroom|workshop|warehouse|salon|agency',
      'i|we just|finally|officially',
      'i’ve|we’ve just|finally|officially'
    ],
    note: 'the seller’s side',
    confidence: 0.75,
    examples: ['Our kitchen just made it onto the league table!', 'We finally reached a milestone: 10,000 orders shipped!'],
    counterExamples: ['Our store team will have your order ready by noon!', 'Ask the store team about your loyalty bonus.']
  }
]
