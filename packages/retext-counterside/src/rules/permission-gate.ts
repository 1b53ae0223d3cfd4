import {findPairs, withoutCancelled, type Pairing} from '../cooccurrence.js'
import {PhraseTable} from '../phrase-table.js'
import {authorities, gates, pronounGates, resources, standaloneGates, timedPromises} from '../phrases/permission-gate.js'
import type {Rule} from '../rule.js'

const pairing: Pairing = {
  primary: new PhraseTable('permission-gate authorities', authorities),
  secondary: new PhraseTable('permission-gate gates', gates),
  unless: new PhraseTable('permission-gate resources', resources),
  window: 6
}
const laterGates = new PhraseTable('permission-gate pronoun gates', pronounGates)
const alone = new PhraseTable('permission-gate standalone', standaloneGates)
const answered = new PhraseTable('permission-gate timed promises', timedPromises)

export const rule: Rule = {
  meta: {
    id: 'permission-gate',
    description: 'The customer made to wait on internal permission (manager approval, supervisor override)',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” makes the customer wait on internal permission`,
    advice: 'Say what will happen for the customer and when, not who must allow it',
    acceptsTerms: true
  },
  triggers: {phrases: [...pairing.primary.triggers(), ...alone.triggers()]},
  tables: [pairing.primary, pairing.secondary, pairing.unless!, laterGates, alone, answered],
  check(context) {
    const sentences = context.paragraph.sentences
    for (const [index, sentence] of sentences.entries()) {
      if (answered.find(sentence).length > 0) continue
      const pairs = findPairs(sentence, pairing)
      for (const match of pairs.length > 0 ? pairs : alone.find(sentence)) context.reportMatch(sentence, match)
      const next = sentences[index + 1]
      if (pairs.length > 0 || !next || laterGates.find(next).length === 0) continue
      // The person here, the wait in the next sentence: report the person.
      const people = withoutCancelled(pairing.primary.find(sentence), pairing.unless!.find(sentence))
      for (const match of people) context.reportMatch(sentence, match)
    }
  }
}
