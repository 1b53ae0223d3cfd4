import {findPairs, withoutCancelled, type Pairing} from '../cooccurrence.js'
import {PhraseTable} from '../phrase-table.js'
import {awayClasses, leaving, notLeaving, sidelined, staff} from '../phrases/stepping-away.js'
import type {Rule} from '../rule.js'

const leavingTable = new PhraseTable('stepping-away leaving', leaving, awayClasses)
const stillServed = new PhraseTable('stepping-away not leaving', notLeaving, awayClasses)
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
  tables: [leavingTable, busyElsewhere.primary, busyElsewhere.secondary, stillServed],
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      const matches = leavingTable.find(sentence)
      const found = matches.length > 0 ? matches : findPairs(sentence, busyElsewhere)
      if (found.length === 0) continue
      // A timed notice, a hand-over or the customer's own break is not the seller leaving.
      for (const match of withoutCancelled(found, stillServed.find(sentence))) context.reportMatch(sentence, match)
    }
  }
}
