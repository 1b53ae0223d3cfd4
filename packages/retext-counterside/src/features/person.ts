/**
 * First- and second-person counts: the “you-attitude” test of business
 * writing. Copy that says “we” and “our” and never “you” is about the seller.
 */
import type {SentenceView} from '../views.js'

const firstPerson = new Set([
  'i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd",
  'we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"
])
const secondPerson = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'ya', "y'all"
])

export interface PersonCounts {
  readonly first: number
  readonly second: number
}

export function personCounts(sentence: SentenceView): PersonCounts {
  let first = 0
  let second = 0
  for (const word of sentence.words) {
    // “US” in capitals is the country, not “us”.
    if (firstPerson.has(word.norm) && word.value !== 'US') first++
    else if (secondPerson.has(word.norm)) second++
  }

  return {first, second}
}
