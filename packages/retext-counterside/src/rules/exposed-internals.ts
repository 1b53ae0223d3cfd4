import {artifactGroups, mayHaveArtifact} from '../features/artifacts.js'
import {wordPattern} from '../normalize.js'
import {PhraseTable} from '../phrase-table.js'
import {backstage, backstageClasses, backstageShapeClasses} from '../phrases/exposed-internals.js'
import type {Rule} from '../rule.js'
import {spanOfText} from '../views.js'

const table = new PhraseTable('exposed-internals', backstage, {...backstageClasses, ...backstageShapeClasses})
// Alternatives by kind of leak: a broken value needs the value (or nothing);
// a leaked error needs plain words and a way forward.
const expectedFor = {
  value: ['Your bill for March is ready (leave the name out when it is missing)'],
  error: ['Something went wrong on our side. Try again, or ask a team member.']
} as const

// An error code with this many other words around it is explained, not exposed.
const explainedWordCount = 4

export const rule: Rule = {
  meta: {
    id: 'exposed-internals',
    description: 'Backstage problems, staff stress, excuses and raw technical internals shown to the customer',
    defaultSeverity: 'error',
    concern: (actual) => `“${actual}” exposes what happens backstage`,
    advice: 'Tell the customer what it means for them and what happens next',
    acceptsTerms: true
  },
  triggers: {phrases: table.triggers(), shapes: [mayHaveArtifact]},
  tables: [table],
  check(context) {
    const paragraph = context.paragraph
    for (const sentence of paragraph.sentences) {
      for (const match of table.find(sentence)) context.reportMatch(sentence, match)
    }

    const groups = artifactGroups(paragraph)
    const wordsInBlock = groups.some((group) => group.fineWithExplanation) ? countWords(paragraph.text) : 0
    for (const group of groups) {
      if (group.fineWithExplanation && wordsInBlock - countWords(paragraph.text.slice(group.from, group.to)) >= explainedWordCount) continue
      const span = spanOfText(paragraph, group.from, group.to)
      if (span) context.report({span, entry: {phrases: [], expected: expectedFor[group.kind], note: group.note, confidence: 0.9}})
    }
  }
}

function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(wordPattern)) count++
  return count
}
