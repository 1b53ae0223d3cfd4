import {findPairs, type Pairing} from '../cooccurrence.js'
import {PhraseTable} from '../phrase-table.js'
import {authorities, gates, resources} from '../phrases/permission-gate.js'
import type {Rule} from '../rule.js'

const pairing: Pairing = {
  primary: new PhraseTable('permission-gate authorities', authorities),
  secondary: new PhraseTable('permission-gate gates', gates),
  unless: new PhraseTable('permission-gate resources', resources),
  window: 6
}

export const rule: Rule = {
  meta: {
    id: 'permission-gate',
    description: 'The customer made to wait on internal permission (manager approval, supervisor override)',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” makes the customer wait on internal permission`,
    advice: 'Say what will happen for the customer and when, not who must allow it',
    acceptsTerms: true
  },
  triggers: {words: pairing.primary.triggerWords()},
  check(context) {
    for (const sentence of context.paragraph.sentences) {
      for (const match of findPairs(sentence, pairing)) context.reportMatch(sentence, match)
    }
  }
}
