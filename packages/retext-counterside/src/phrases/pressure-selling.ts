import type {PhraseEntry} from '../phrase-table.js'
import type {WordClasses} from '../pattern.js'

export const pressureClasses: WordClasses = {
  // A countdown in seconds is theatre; minutes and hours are often a real
  // cut-off (“order within 40 minutes for same-day delivery”).
  seconds: ['second', 'seconds', 'sec', 'secs'],
  minutes: ['minute', 'minutes', 'min', 'mins']
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
      'in the next # @minutes or', 'next # @minutes or',
      'decide in|within # @seconds|@minutes',
      'expires|ends|disappears|vanishes|gone in # @seconds',
      'offer|deal|price|discount ends|expires in # @minutes',
      'you have # @seconds|@minutes'
    ],
    expected: ['Offer ends Sunday at midnight', 'This price is held for you until 6 pm'],
    note: 'a countdown in seconds or minutes tells the customer the seller won’t let them think',
    confidence: 0.85
  },
  {
    phrases: ['or pay double', 'or pay more', 'or lose it', 'or lose out', 'or miss out', 'or it’s gone', 'or it is gone', 'now or never', 'final warning', 'before you finish reading', 'or regret it', 'regret it forever', 'you’ll regret it', 'you will regret it', 'only good|valid while', 'until this chat|call|conversation|session ends', 'decide now', 'left to claim', 'happy to pay full price', 'happy paying more', 'be left paying more', 'smart customers have already', 'most people in your situation', 'before prices go up for everyone', 'if you’re happy with dull|bad|worse|average', 'competitors pull ahead', 'cancel anyway and watch', 'we can’t promise anything', 'once we hang up', 'people who join on this call', 'on this call only', 'walk away now', 'won’t ever get this price|deal|offer', 'no thanks i don’t like|want|care|need', 'no thanks i prefer|like|love|enjoy paying|overpaying|full', 'no thanks i’d rather pay|miss|lose', 'prefer paying full price', 'don’t care about protecting|saving', 'only smart|serious travellers|travelers|shoppers|people|customers', 'are you sure you want to risk|skip|miss|lose', 'someone else gets them|it', 'already grabbed theirs', 'last chance ever', 'lose this rate for good', 'while we’re on the phone', 'once you hang up', 'most people regret', 'serious about their money', 'kick yourself', 'your last opportunity', 'last opportunity ever', 'or forget about this price|deal|offer', 'forget about this price', 'lose your place in line', 'lose your place in the queue', 'everyone who saw this bought', 'price jump', '# @seconds|@minutes left to', 'only fools|idiots|losers say no', 'say no to a deal like this', 'be the last one', 'people are buying them|these right now', 'won’t find this price anywhere else', 'so don’t wait', 'ever see this price|deal|offer again', 'snapping these|them up', 'grab one while you can', 'pay full price like', 'everyone who missed', 'don’t be left behind', 'everyone|everybody is upgrading|switching|buying|getting|joining', 'you snooze', 'snooze you lose', 'last warning', 'this price|offer|deal disappears|vanishes', 'walk away from savings', 'you’d be silly|crazy|mad to leave', 'countdown is real', 'and counting', 'if i were you', 'wipes it out', 'idiots miss|pay|wait', 'only idiots', 'cart|basket will be emptied|cleared in', 'prices|price rise|rises|go|goes up in # @minutes|@seconds', 'don’t get caught out', 'just buy it', 'buy it already', 'looking at this for ages', 'twice as much later', 'pay more later', 'people who wait', 'always regret it', 'won’t be here when you come back', 'be the person|one who paid full price', '# others|people have this in their basket|cart|bag', 'in their basket|cart right now', 'locked to this screen|page', 'leave and it’s gone', 'you’ll wish you had', 'final chance', 'after this message', 'everyone else at|in your', 'you only have # @seconds|@minutes', 'act fast', 'goes up for you', 'price|prices go|goes up if you wait', 'say yes in|within the next minute', 'say yes now', 'get the better deal', 'don’t let your neighbours|neighbors|friends get', 'closes the moment you', 'the moment you close|leave', 'buy it now', 'seriously buy', 'every minute|second you wait', 'or the|your bonus|discount|offer|deal|price|gift disappears|vanishes|expires|goes', 'the only one ...3 without', 'embarrassing right', 'vanishing fast', 'before it’s too late', 'once-in-a-lifetime', 'once in a lifetime', 'don’t think too long', 'don’t overthink', 'won’t be repeated', 'never be repeated', 'won’t come around|back again', 'if you hang|log up|off', 'if you leave|close now', 'discount|offer|deal|price is gone', 'discount|offer|deal|price will be gone', 'crazy|mad|foolish|silly to say no|miss|pass', 'you’d be crazy|mad|foolish', 'while you’re on the phone|line', 'tick tock', 'tick-tock', 'clock is ticking', 'are you really going to miss|pass|skip', 'everyone|everybody else is|are|has|have getting|buying|upgraded|switched|got', 'or the|your rate|price|cost|fee doubles|triples|goes|increases|rises|jumps', 'why haven’t you', 'timer hits|reaches zero', 'before the timer', 'when this|the timer', 'everyone ...4 has|have already', '# people just bought|booked|ordered', 'lose ...3 forever', 'gone forever', 'or you’ll regret', 'self-destruct', 'self destruct', 'about to expire forever'],
    expected: ['The offer runs until Friday — take your time'],
    note: 'an ultimatum makes the customer feel cornered, not helped',
    confidence: 0.9
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
    confidence: 0.85
  },
  {
    phrases: [
      'don’t miss out', 'do not miss out', 'don’t you dare', 'dont you dare', 'don’t be the one|only', 'don’t be left out',
      'fomo', 'losers|suckers|fools pay|buy|wait', 'only a fool|fools|losers', 'smart|savvy shoppers|buyers|customers don’t wait', 'you don’t want to be the only', 'what are you waiting for'
    ],
    expected: ['Many customers choose anti-glare — here’s what it does'],
    note: 'shaming or fear of missing out pushes the customer instead of informing them',
    confidence: 0.85
  },
  {
    phrases: [
      'before someone else does', 'someone|somebody else is|are looking|viewing|eyeing', 'others|people are looking|viewing|eyeing at? this', '# people|others are viewing|looking|eyeing', 'before somebody else does', 'before it’s gone', 'before it is gone', 'before they’re gone', 'before it blows up',
      'going going', 'almost gone', 'flying off the shelves', 'selling fast', 'selling out fast', 'seats|tickets|they are flying', 'they’re flying'
    ],
    expected: ['3 left in your size'],
    note: 'manufactured scarcity makes the customer feel rushed; state the real stock instead',
    confidence: 0.8
  },
  {
    phrases: ['act now', 'buy now before', 'hurry', 'hurry up', 'order now before', 'limited time only', 'today only', 'won’t last', 'will not last', 'last call'],
    expected: ['Sale ends Sunday'],
    note: 'urgency without a fact behind it reads as a push',
    confidence: 0.55
  },
  {
    phrases: ['only # left', 'only # remaining', 'last chance'],
    expected: ['2 in stock'],
    note: 'scarcity is fine as a fact; with “only” it can read as a push',
    confidence: 0.4
  },
  {
    phrases: ['let’s just get it done', 'can’t promise ...3 tomorrow|later', 'won’t be here tomorrow', 'might not be here tomorrow', 'let’s get this done now', 'sign here now', 'just say yes'],
    expected: ['Take your time — I’m here if you have questions'],
    note: 'the customer feels hurried toward the seller’s close',
    confidence: 0.7
  }
]
