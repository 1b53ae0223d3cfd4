import {findPairs, type Pairing} from '../cooccurrence.js'
import {PhraseTable} from '../phrase-table.js'
import {awayClasses, leaving, sidelined, staff} from '../phrases/stepping-away.js'
import type {Rule} from '../rule.js'

const leavingTable = new PhraseTable('stepping-away leaving', leaving, awayClasses)
const busyElsewhere: Pairing = {
  primary: new PhraseTable('stepping-away staff', staff),
  secondary: new PhraseTable('stepping-away sidelined', sidelined),
  window: 8
}

export const rule: Rule = {
  meta: {
    id: 'stepping-away',
    description: 'The seller leaving or sidelining the customer mid-process',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” tells the customer they were set aside`,
    advice: 'Say when the customer will be served, and keep the focus on them',
    acceptsTerms: true
  },
  triggers: {phrases: [...leavingTable.triggers(), ...busyElsewhere.primary.triggers()]},
  tables: [leavingTable, busyElsewhere.primary, busyElsewhere.secondary],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const matches = leavingTable.find(sentence)
      const found = matches.length > 0 ? matches : findPairs(sentence, busyElsewhere)
      for (const match of found) context.reportMatch(sentence, match)
    }
  }
}
