/**
 * Tone, from retext-sentiment, computed only for sentences a rule already
 * suspects: running it over every word would cost more than parsing.
 */
import type {Sentence} from 'nlcst'
import retextSentiment from 'retext-sentiment'

const annotate = retextSentiment() as unknown as (node: Sentence) => void
const polarities = new WeakMap<Sentence, number>()

/** Sum of word polarities (AFINN-165 and emoji), negation-aware; >0 is positive. */
export function sentencePolarity(sentence: Sentence): number {
  const known = polarities.get(sentence)
  if (known !== undefined) return known
  // A lower-cased copy: the word list is lower case, and the caller's tree
  // keeps its data untouched.
  const copy = structuredClone(sentence)
  lowerCase(copy)
  annotate(copy)
  const polarity = (copy.data as {polarity?: number} | undefined)?.polarity ?? 0
  polarities.set(sentence, polarity)
  return polarity
}

function lowerCase(node: {value?: string; children?: unknown[]}): void {
  if (typeof node.value === 'string') node.value = node.value.toLowerCase()
  for (const child of node.children ?? []) lowerCase(child as {value?: string; children?: unknown[]})
}
