import type {PhraseEntry} from '../phrase-table.js'

const expected = ['Congratulations on your new home!', 'Thank you — enjoy your new phone']

/** The seller's win, celebrated in front of the customer; these say it alone. */
export const celebrations: readonly PhraseEntry[] = [
  {
    phrases: [
      'employee|seller|salesperson|associate|agent of the week|month|year|quarter', 'staff member of the week|month|year', 'of the week|month|year goes to',
      'sales contest', 'sales competition', 'sales bell', 'rang|rung|ring|ringing the bell', 'cha-ching', 'ka-ching', 'kaching', 'ching-ching',
      'popping champagne', 'popping the champagne', 'high fives all round|around', 'high-fives all round|around',
      'congratulations|congrats on another ...2 deal|deals|sale|sales|order|orders|win|one|close', 'another ...3 sold|closed|booked|signed', 'another order|sale|deal|one for the team',
      'sale|deal closed', 'closed another', 'beat ...4 sales', 'record sales', 'sales record', 'best sales day|week|month',
      'hit|smashed|crushed|beat|exceeded|reached our|my|its|their ...2 target|targets|quota|goal|goals', 'made our|my quota', 'our|the team crushed|smashed|beat|hit', 'cashier|staff|sales|team|store|seller leaderboard', 'my|our # sale|warranty|upgrade|plan|membership|signup|sign-up|booking', 'drinks are on me|us', 'gold star for', 'gets|earns|earned|got a gold star', 'we did it', 'top-performing|best-performing|top-selling|best-selling branch|store|team|location|agent|rep|cashier', 'top|best performing|selling branch|store|team|location|agent|rep|cashier', 'team bonus unlocked', 'bonus unlocked', 'cheers to that', 'put|puts|pushed|pushes our|the|this ...2 over|past its|our ...2 target|targets|quota|goal|threshold', 'weeks|months|years running', 'bonus pool', 'staff bonus', 'sold more ...3 than any other', 'top of ...3 leaderboard', 'signed our # millionth|thousandth', 'millionth customer|policyholder|member|subscriber|order', 'top performer of the', 'record revenue', 'bonus threshold', 'ranked the number one', 'consecutive year', 'our ...3 set a new personal best|record', 'close to taking|winning the', 'was|were just? ranked first|top|number', 'crew|team|staff is|are celebrating', 'crossed # million|thousand', 'series a|b|c|d', 'funding round', 'biggest|best|record revenue day|week|month|quarter|year', 'couldn’t be prouder', 'could not be prouder', 'fastest-growing', 'just named the', 'earned|got their|our ...1 bonus', 'my|our first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth today|this', 'my|our # today', 'me|us over my|our ...2 target|targets|quota|goal', 'store|branch|shop|team of the quarter|month|year|week', 'top of the ...2 leaderboard', 'unlocks|unlocked my|our ...2 bonus|commission', 'bumped|boosted|upped my|our commission|bonus|numbers', 'my best day|week|shift on the floor', 'best day|week|shift on the floor', 'record-breaking', 'whole office|team|store|shop cheered', 'highest-grossing shift|day|week|month', 'highest grossing shift|day|week|month', 'won me the', 'could not be prouder of ourselves', 'prouder of ourselves', 'makes|made me top seller|salesperson|rep|agent', 'top seller in the', 'high five|five to', 'her|his|their # sale|sales|booking|signup', 'i qualify for the ...2 trip|bonus|incentive', 'one more sale and i|we', 'fastest-ever sellout|sale', 'fastest ever sellout|sale', 'on a roll', 'sale|order|booking|signup made my|our week|day|month', 'ahead of ...2 on the board|leaderboard', 'my first ever sale', 'first-ever sale', 'location|store|branch in the chain', 'pizza party', 'team’s pizza', 'my commission thanks', 'commission thanks you', 'top renter|seller|closer|booker of the month|week|year', 'became the ...2 top', 'our sales chart', 'pushed us over our', 'got me my|a ...1 bonus|commission|raise|promotion', '# more and we|i beat|hit|make|reach', 'beat last year’s number|numbers|sales|record', 'toasting the|our', 'new store|shop|branch|team record', 'store record', 'top agent|rep|seller|cashier on the leaderboard', 'on the leaderboard', 'another sale|order|booking|signup|sign-up for our|the|my', 'best booking|sales|selling week|month|day|year since|ever', 'win|won|winning the staff|sales|team|store competition|contest|challenge|prize', 'top of the league|table|leaderboard|rankings', 'helped me|us win|hit|reach|make|beat', 'celebrated|celebrating our biggest|best|record', 'biggest|best|record sales day|week|month|year', 'great news for us', 'our # subscriber|customer|member|booking|order|sign-up|signup', 'congrats|congratulations to our|the sales|store|whole|front team', 'hitting target', 'sealed it', 'now # in the region|country|district|area|city', 'number one in the region|country|district|area|city', 'new record', 'hit # covers|sales|orders|bookings|tables', 'team|store|branch|pharmacy|kitchen|staff|shop won the ...2 award|trophy|prize|contest', 'away from my|our bonus|target|goal|quota', '# renewals|sales|upgrades|deals|signups|bookings in a row', 'in a row for me|us', 'i’m on fire', 'never sold so many', 'owes me lunch|drinks|dinner', 'owes me a drink|coffee|beer', 'new high', 'rep|cashier|barista|server|stylist|advisor|adviser of the week|month|year', 'party in the kitchen|office|store|back', 'sales sprint|challenge|competition', 'great day for the store|shop|team|us|business', 'gone by noon|lunch|lunchtime', 'nice one for us', 'biggest renewal|order|contract of the quarter|month|year|week|day', 'high-fiving', 'high fiving', 'on the house for us|me', 'on the house for the team', 'that’s quota|target for the', 'that’s my|our quota|target', 'celebrating his|her|their|my #', 'that makes # upgrades|sales|warranties|plans|signups|sign-ups|memberships|bookings', 'team got pizza|cake|drinks|lunch', 'team got a bonus', 'good news for us', 'best month|week|day|year|quarter|season ever', 'had its|our|my best', 'busiest|best|biggest day|night|week|month|saturday|sunday|friday|shift ...2 on record', 'on record for us|me', 'rep|seller|agent|sales status', 'got|gets|getting me|us to gold|silver|platinum|top', 'our branch|store|team|office gets|earns|got|earned a? bonus', 'bonus for every', 'for the growth|sales|retention|revenue team', 'top seller|salesperson|cashier|associate|agent|rep|earner for|of the|this', 'record night|day|week|month|quarter|shift', 'gonna love me|us', 'going to love me|us', 'my|our first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth warranty|sale|upgrade|plan|membership|card|signup|sign-up today|this', 'congrats|congratulations to us|me|ourselves', 'congrats|congratulations to the|our team', 'ding ding', 'biggest|best|largest sale|sales|order|day ever', 'personal best|record for me|us|our|my', 'puts|put|pushes|pushed|gets|got me|us over|past my|our|the target|targets|quota|goal', 'puts|put|pushes|pushed|gets|got the team over|past my|our|the|its target|targets|quota|goal', '# sold this|today|so', 'sold this week|month|quarter|year', 'sales trophy|award|prize', 'won our store|team|branch', 'another sale|deal|order in the bag', 'top of the leaderboard', 'winning streak'
    ],
    expected,
    note: 'the customer learns they were somebody’s win, not the point',
    confidence: 0.85
  }
]

/** A gain that belongs to the seller… */
export const sellerWins: readonly PhraseEntry[] = [
  {
    phrases: [
      'sold', 'sale|order number|no #', 'another sale|deal|sign-up|signup|membership',
      'my|our|his|her|their|team|staff|store commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales|record',
      "*'s commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales|record",
      "*'s monthly|weekly|daily|quarterly|sales target|targets|quota|goal|bonus",
      'our|my|the|store|team ...2 record', 'sales team|floor|figures|numbers|target|targets|goal|record', 'in sales', 'our ...3 numbers|figures|sales are|were', '# closed claims|deals|sales|policies|accounts',
      'bonus|commission for our|the|my team|staff|store', 'bonus|commission for me|us'
    ],
    expected,
    note: 'the customer sees the seller cheering its own numbers at their expense',
    confidence: 0.8
  }
]

/** …and a cheer for it. Tone (retext-sentiment) can stand in for these words. */
export const cheers: readonly PhraseEntry[] = [
  {
    phrases: [
      'went|goes|going up', 'up again', 'yay', 'woohoo', 'woo-hoo', '=yes', 'celebrate', 'champagne', 'high five|fives', 'high-five|fives',
      'hit', 'smashed', 'crushed', 'nailed', 'beat', '=record', 'booming', 'through the roof', 'let’s go', 'nice work', 'great job', 'good job', 'well done team', 'go team', 'way to go', 'boom', 'in the bag', 'celebrating', 'pushed|took|got ...3 past|over',
      'made|broke|topped|won|reached|passed|exceeded', 'thanks to you', 'because of you', 'because of shoppers|customers like you', 'happy customer', 'cheers', '=woo', 'woot', 'woop', 'got me to', 'got us to'
    ],
    note: 'a cheer',
    confidence: 0.8
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
      '=record', 'target', 'quota', 'bonus', 'competition', 'contest', 'league', 'leaderboard', 'award', 'trophy', 'milestone', 'streak',
      'busiest', 'biggest', 'best-ever', '=won', '=win', 'smashed', 'crushed'
    ],
    expected,
    note: 'the customer sees the seller cheering its own numbers at their expense',
    confidence: 0.75
  }
]

export const sellerSide: readonly PhraseEntry[] = [
  {
    phrases: [
      'our|my|the ...2 team|store|branch|shop|staff|crew|kitchen|office|floor|desk|department|location|showroom|workshop|warehouse|salon|agency',
      'i|we just|finally|officially', 'i’ve|we’ve just|finally|officially'
    ],
    note: 'the seller’s side',
    confidence: 0.75
  }
]
