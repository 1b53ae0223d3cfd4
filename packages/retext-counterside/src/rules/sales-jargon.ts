import {PhraseTable} from '../phrase-table.js'
import {salesJargon} from '../phrases/sales-jargon.js'
import type {Rule} from '../rule.js'

const table = new PhraseTable('sales-jargon', salesJargon)

export const rule: Rule = {
  meta: {
    id: 'sales-jargon',
    description: 'Internal sales vocabulary (upsell, pipeline, quota, attach rate) shown to the customer',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” is internal sales vocabulary`,
    advice: 'Say what the customer gets, in their words',
    acceptsTerms: true
  },
  triggers: {phrases: table.triggers()},
  tables: [table],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      for (const match of table.find(sentence)) context.reportMatch(sentence, match)
    }
  }
}
