/**
 * The suggestions held to the measures over the corpus positives
 * (never the frozen split): each, applied, lints clean for its rule; each
 * keeps the original's content nouns; no one text makes up more than 5%.
 */
import {lintText, type Finding} from '@counterside/core'
import {readCorpus} from '@counterside/lab'
import {describe, expect, it} from 'vitest'
import {contentNouns} from '../src/rewrites/content-nouns.js'
import {sentenceAfter, sentenceAround, type SentenceSpan} from '../src/rewrites/sentence.js'

const phraseTablesOnly = {learned: false}
const positives = readCorpus().filter((item) => !item.frozen && item.expect.length > 0)
const found = positives.flatMap((item) => {
  const findings = lintText(item.text)
  return findings.map((finding) => ({text: item.text, finding, findings}))
})
const suggested = found.flatMap(({text, finding, findings}) => finding.suggestions.map((suggestion) => ({text, finding, findings, suggestion})))
const apply = (text: string, {offset, endOffset, text: replacement}: Finding['suggestions'][number]): string =>
  `${text.slice(0, offset)}${replacement}${text.slice(endOffset)}`

describe('suggestions over the corpus positives', () => {
  it('has suggestions to check', () => {
    expect(suggested.length).toBeGreaterThan(1000)
  })

  // Re-linted by the rule's own logic (the phrase tables): the learned layer's probabilities are measured by `pnpm eval`.
  // Clean means the finding's words are not found again by its rule in the rewritten range.
  it('lints clean for its rule once applied', () => {
    const failing = suggested.filter(({text, finding, suggestion}) => {
      const end = suggestion.offset + suggestion.text.length
      return lintText(apply(text, suggestion), phraseTablesOnly).some(
        (after) => after.ruleId === finding.ruleId && after.offset < end && after.endOffset > suggestion.offset && after.actual === finding.actual
      )
    })
    expect(failing.map(({text, suggestion}) => `${text} → ${suggestion.text}`)).toEqual([])
  })

  it('keeps the original’s content nouns', () => {
    const losing = suggested.flatMap(({text, finding, findings, suggestion}) => {
      const replaced = text.slice(suggestion.offset, suggestion.endOffset)
      // A sentence dropped whole where its rule flags it (“Another sale closed! Your receipt is below.” → “Your
      // receipt is below.”) took only the offending words: its nouns (“our team”, “this month”) go with it.
      const dropped = droppedSentences(text, suggestion)
        .filter((sentence) => findings.some((other) => other.ruleId === finding.ruleId && other.offset >= sentence.start && other.offset < sentence.end))
        .flatMap((sentence) => contentNouns(text.slice(sentence.start, sentence.end)))
      const lost = contentNouns(replaced).filter((noun) => !finding.actual.toLowerCase().includes(noun) && !suggestion.text.toLowerCase().includes(noun) && !dropped.includes(noun))
      return lost.length > 0 ? [`${replaced} → ${suggestion.text} (lost: ${lost.join(', ')})`] : []
    })
    expect(losing).toEqual([])
  })

  it('repeats no suggestion text in more than 5% of all suggestions', () => {
    const counts = new Map<string, number>()
    for (const {suggestion} of suggested) counts.set(suggestion.text, (counts.get(suggestion.text) ?? 0) + 1)
    const [text, most] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    expect({text, share: most / suggested.length}).toEqual({text, share: expect.any(Number)})
    expect(most / suggested.length).toBeLessThanOrEqual(0.05)
  })
})

/** The sentences of a sentence-scope suggestion's range that its text no longer holds. */
function droppedSentences(text: string, suggestion: Finding['suggestions'][number]): SentenceSpan[] {
  if (suggestion.scope !== 'sentence') return []
  const spans: SentenceSpan[] = []
  for (let sentence = sentenceAround(text, suggestion.offset); sentence && sentence.start < suggestion.endOffset; sentence = sentenceAfter(text, sentence)) {
    if (!suggestion.text.includes(sentence.body)) spans.push(sentence)
  }

  return spans
}
