import {allCapitalSentences, capitalRuns, mayHaveCapitalRun} from '../features/capitals.js'
import {oneMark, sentenceCase} from '../rewrites/shouting.js'
import type {Rule} from '../rule.js'
import {spanBetween} from '../views.js'

// “!!”, “??”, “?!” and longer: one mark is enough, even for a surprised question.
const stackedMarks = /^(?:!{2,}|\?{2,}|[!?]{3,}|\?!|!\?)$/
const hasStackedMarks = (text: string): boolean => /[!?][!?]/.test(text)

export const rule: Rule = {
  meta: {
    id: 'shouting',
    description: 'All-caps sentences and stacked exclamation or question marks aimed at the customer',
    defaultSeverity: 'warn',
    concern: (actual) => `“${actual}” shouts`,
    advice: 'Use sentence case and one mark; let the words carry the urgency',
    acceptsTerms: false
  },
  triggers: {phrases: [], shapes: [hasStackedMarks, mayHaveCapitalRun]},
  tables: [],
  check(context) {
    const sentences = context.paragraph.sentences
    const inSentences = sentences.map((sentence) => capitalRuns(sentence))
    // No sentence shouts on its own, but the whole block may.
    const whole = inSentences.some((runs) => runs.length > 0) ? [] : allCapitalSentences(sentences)
    for (const [index, sentence] of sentences.entries()) {
      const runs = whole.length > 0 ? whole.filter((run) => sentence.words.includes(run.first)) : inSentences[index]!
      for (const run of runs) {
        const span = spanBetween(sentence, run.first, run.last)
        context.report({
          span,
          entry: {
            phrases: [],
            expected: [sentenceCase(span.value, run.first.index === 0)],
            replace: true,
            note: 'capitals read as shouting, and the customer feels pushed or scolded',
            confidence: 0.9
          }
        })
      }

      for (const mark of sentence.marks) {
        if (!stackedMarks.test(mark.value)) continue
        context.report({
          span: mark,
          entry: {
            phrases: [],
            // The fitted rewrite is the sentence with one mark (a lone “!” suits no menu).
            expected: [oneMark(mark.value)],
            note: 'stacked marks read as yelling or as alarm, not as good news',
            confidence: 0.85
          }
        })
      }
    }
  }
}
