import {personCounts} from '../features/person.js'
import {PhraseTable} from '../phrase-table.js'
import {sellerSelf} from '../phrases/we-centered.js'
import type {Rule} from '../rule.js'

const table = new PhraseTable('we-centered', sellerSelf)

export const rule: Rule = {
  meta: {
    id: 'we-centered',
    description: 'Copy about the seller’s wants, pride or rules where the customer is absent (the you-attitude test)',
    defaultSeverity: 'warn',
    concern: (actual) => `“${actual}” is about the seller, not the customer`,
    advice: 'Rewrite from the customer’s side: what they get, can do, or need to know',
    acceptsTerms: true
  },
  triggers: {words: table.triggerWords()},
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const matches = table.find(sentence)
      if (matches.length === 0) continue
      const {first, second} = personCounts(sentence)
      // The you-attitude test: first person must outweigh second person.
      if (first <= second) continue
      for (const match of matches) context.reportMatch(sentence, match)
    }
  }
}
