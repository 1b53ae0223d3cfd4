/**
 * First- and second-person counts: the “you-attitude” test of business
 * writing. Copy that says “we” and “our” and never “you” is about the seller.
 */
import type {SentenceView} from '../views.js'

export const firstPerson: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd",
  'we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"
])
export const secondPerson: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'ya', "y'all"
])

export interface PersonCounts {
  readonly first: number
  readonly second: number
}

export function personCounts(sentence: SentenceView): PersonCounts {
  let first = 0
  let second = 0
  for (const [index, word] of sentence.words.entries()) {
    // “US” in capitals is the country, not “us”; the “you” of “thank you”
    // is a formula, not copy about the customer.
    if (firstPerson.has(word.norm) && word.value !== 'US') first++
    else if (secondPerson.has(word.norm) && sentence.words[index - 1]?.norm !== 'thank') second++
  }

  return {first, second}
}
