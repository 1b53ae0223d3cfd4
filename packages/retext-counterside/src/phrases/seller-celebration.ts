import type {PhraseEntry} from '../phrase-table.js'

const expected = ['Congratulations on your new home!', 'Thank you — enjoy your new phone']

/** The seller's win, celebrated in front of the customer; these say it alone. */
export const celebrations: readonly PhraseEntry[] = [
  {
    phrases: [
      'employee|seller|salesperson|associate|agent of the week|month|year', 'staff member of the week|month|year', 'of the week|month|year goes to',
      'sales contest', 'sales competition', 'sales bell', 'rang|rung|ring|ringing the bell', 'cha-ching', 'ka-ching', 'kaching', 'ching-ching',
      'popping champagne', 'popping the champagne', 'high fives all round|around', 'high-fives all round|around',
      'congratulations|congrats on another ...2 deal|deals|sale|sales|order|orders|win|one|close', 'another ...3 sold|closed|booked|signed', 'another order|sale|deal|one for the team',
      'sale|deal closed', 'closed another', 'beat ...4 sales', 'record sales', 'sales record', 'best sales day|week|month',
      'hit|smashed|crushed|beat|exceeded|reached our|my|its|their ...2 target|targets|quota|goal|goals', 'made our|my quota', 'our|the team crushed|smashed|beat|hit', 'top of the leaderboard', 'winning streak'
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
      'sold',
      'my|our|his|her|their|team|staff|store commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales',
      "*'s commission|commissions|bonus|quota|target|targets|numbers|figures|revenue|sales",
      'sales team|floor|figures|numbers'
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
      'hit', 'smashed', 'crushed', 'nailed', 'beat', '=record', 'booming', 'through the roof', 'let’s go', 'nice work', 'great job', 'good job', 'well done team', 'go team', 'way to go', 'boom'
    ],
    note: 'a cheer',
    confidence: 0.8
  }
]
