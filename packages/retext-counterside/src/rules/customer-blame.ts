import {PhraseTable} from '../phrase-table.js'
import {blameClasses, customerBlame} from '../phrases/customer-blame.js'
import type {Rule} from '../rule.js'

const table = new PhraseTable('customer-blame', customerBlame, blameClasses)

export const rule: Rule = {
  meta: {
    id: 'customer-blame',
    description: 'Blaming or accusing the customer (“You entered the wrong PIN”, “Invalid input”, “User error”)',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” blames the customer`,
    advice: 'Name what didn’t work, neutrally, and what to do next',
    acceptsTerms: true
  },
  triggers: {phrases: table.triggers()},
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      for (const match of table.find(sentence)) context.reportMatch(sentence, match)
    }
  }
}
