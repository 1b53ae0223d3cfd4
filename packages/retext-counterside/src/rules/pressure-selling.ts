import {withoutCancelled} from '../cooccurrence.js'
import {PhraseTable} from '../phrase-table.js'
import {notPressure, pressureClasses, pressureSelling} from '../phrases/pressure-selling.js'
import type {Rule} from '../rule.js'

const table = new PhraseTable('pressure-selling', pressureSelling, pressureClasses)
const protections = new PhraseTable('pressure-selling not pressure', notPressure, pressureClasses)

export const rule: Rule = {
  meta: {
    id: 'pressure-selling',
    description: 'Smash-and-grab pressure: fake countdowns, shaming, now-or-never ultimatums',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” pressures the customer`,
    advice: 'State the real deadline or stock level and let the customer decide',
    acceptsTerms: true
  },
  triggers: {phrases: table.triggers()},
  tables: [table, protections],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const found = table.find(sentence)
      if (found.length === 0) continue
      for (const match of withoutCancelled(found, protections.find(sentence))) context.reportMatch(sentence, match)
    }
  }
}
