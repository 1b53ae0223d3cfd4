import {personCounts} from '../features/person.js'
import {PhraseTable} from '../phrase-table.js'
import {sellerAsks, sellerFirst, sellerPride, sellerSelf} from '../phrases/we-centered.js'
import type {Rule} from '../rule.js'

const prideTable = new PhraseTable('we-centered pride', sellerPride)
const rulesTable = new PhraseTable('we-centered', sellerSelf)
const firstTable = new PhraseTable('we-centered seller first', sellerFirst)
const asksTable = new PhraseTable('we-centered asks', sellerAsks)

export const rule: Rule = {
  meta: {
    id: 'we-centered',
    description: 'Copy about the seller’s wants, pride or rules where the customer is absent (the you-attitude test)',
    defaultSeverity: 'warn',
    concern: (actual) => `“${actual}” is about the seller, not the customer`,
    advice: 'Rewrite from the customer’s side: what they get, can do, or need to know',
    acceptsTerms: true
  },
  triggers: {phrases: [...prideTable.triggers(), ...rulesTable.triggers(), ...firstTable.triggers(), ...asksTable.triggers()]},
  tables: [prideTable, rulesTable, firstTable, asksTable],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const pride = prideTable.find(sentence)
      const rules = rulesTable.find(sentence)
      const ranked = firstTable.find(sentence)
      const asks = asksTable.find(sentence)
      if (pride.length === 0 && rules.length === 0 && ranked.length === 0 && asks.length === 0) continue
      // The you-attitude test: pride needs the customer absent; rules need
      // first person to outweigh second person; a wish about the customer
      // (“we'd rather you…”) or a house rule in the company's name needs the
      // seller at least as present; “then your convenience” needs no count.
      const {first, second} = personCounts(sentence)
      const matches = [...ranked, ...(second === 0 ? pride : []), ...(first > second ? rules : []), ...(first >= second ? asks : [])]
      for (const match of matches.sort((a, b) => a.first.index - b.first.index)) context.reportMatch(sentence, match)
    }
  }
}
