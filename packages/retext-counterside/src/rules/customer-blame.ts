import {PhraseTable} from '../phrase-table.js'
import {blameClasses, customerBlame, indirectBlameClasses, notBlame} from '../phrases/customer-blame.js'
import {withoutCancelled} from '../cooccurrence.js'
import type {Rule} from '../rule.js'

const classes = {...blameClasses, ...indirectBlameClasses}
const table = new PhraseTable('customer-blame', customerBlame, classes)
const cancels = new PhraseTable('customer-blame not blame', notBlame, classes)

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
  tables: [table, cancels],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const found = table.find(sentence)
      const matches = found.length > 0 ? withoutCancelled(found, cancels.find(sentence)) : found
      for (const match of matches) context.reportMatch(sentence, match)
    }
  }
}
