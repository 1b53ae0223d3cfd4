/**
 * How well the perspective score (`perspectiveOf` in `@counterside/core`)
 * tells customer-centred copy from seller-centred copy on the labelled
 * corpus: the negatives (copy no rule may flag) against the positives of
 * the seller-centred rules. Used by `pnpm eval` and its test.
 */
import {perspectiveOf, sellerCentredRules, type Finding} from '@counterside/core'
import type {CorpusCase} from './corpus.js'

export interface Separation {
  readonly negatives: number
  readonly positives: number
  /** Cases whose score is null (no sentence takes a side), counted as 50 below. */
  readonly negativesNull: number
  readonly positivesNull: number
  readonly negativeMean: number
  readonly positiveMean: number
  /** `negativeMean - positiveMean`, in score points. */
  readonly meanDifference: number
  /** The chance that a random negative scores above a random positive (ties count half). */
  readonly auc: number
}

export type FindingsOf = (item: CorpusCase) => readonly Finding[]

/** Cases that are not partial (their negatives are labelled as such) split into the two groups. */
export function separationGroups(cases: readonly CorpusCase[]): {negatives: CorpusCase[]; positives: CorpusCase[]} {
  const labelled = cases.filter((item) => !item.partial)
  return {
    negatives: labelled.filter((item) => item.expect.length === 0),
    positives: cases.filter((item) => item.expect.some((rule) => sellerCentredRules.has(rule)))
  }
}

export function perspectiveSeparation(cases: readonly CorpusCase[], findingsOf: FindingsOf): Separation {
  const {negatives, positives} = separationGroups(cases)
  const scores = (group: readonly CorpusCase[]): Array<number | null> => group.map((item) => perspectiveOf(item.text, findingsOf(item)).score)
  const negativeScores = scores(negatives)
  const positiveScores = scores(positives)
  // No side taken is balanced copy: counting it as 50 keeps every case in.
  const filled = (values: ReadonlyArray<number | null>): number[] => values.map((value) => value ?? 50)
  const negative = filled(negativeScores)
  const positive = filled(positiveScores)
  const negativeMean = mean(negative)
  const positiveMean = mean(positive)
  return {
    negatives: negatives.length,
    positives: positives.length,
    negativesNull: negativeScores.filter((value) => value === null).length,
    positivesNull: positiveScores.filter((value) => value === null).length,
    negativeMean,
    positiveMean,
    meanDifference: negativeMean - positiveMean,
    auc: auc(negative, positive)
  }
}

export function formatSeparation(separation: Separation): string {
  const {negatives, positives, negativesNull, positivesNull, negativeMean, positiveMean, meanDifference, auc} = separation
  return [
    `  customer-centred negatives: ${negatives} cases, mean ${negativeMean.toFixed(1)} (${negativesNull} without a side)`,
    `  seller-centred positives:   ${positives} cases, mean ${positiveMean.toFixed(1)} (${positivesNull} without a side)`,
    `  mean difference ${meanDifference.toFixed(1)} points, AUC ${auc.toFixed(3)}`
  ].join('\n')
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

/** Mann–Whitney AUC of `higher` over `lower`, by counting (scores are integers 0–100). */
export function auc(higher: readonly number[], lower: readonly number[]): number {
  if (higher.length === 0 || lower.length === 0) return 0.5
  const lowerCounts = new Array<number>(101).fill(0)
  for (const value of lower) lowerCounts[value]!++
  const below: number[] = []
  let running = 0
  for (const count of lowerCounts) {
    below.push(running)
    running += count
  }

  let wins = 0
  for (const value of higher) wins += below[value]! + lowerCounts[value]! / 2
  return wins / (higher.length * lower.length)
}
