/**
 * Training and evaluation examples: each corpus case or catalog string as
 * its sentences' hashed features and one label per rule (1 breaks it,
 * 0 does not, -1 unknown), featurised once for every fold.
 */
import {aimsAtCustomer, blockContexts, countsAsSentence, isConjunctionFeature, isShapeFeature, segment, sentenceFeatures, type FeatureOptions} from 'retext-counterside/model'
import {ruleIds, type RuleId} from 'retext-counterside'
import type {CorpusCase} from '../corpus.js'

export interface Example {
  readonly id: string
  /** Leave-one-group-out rotates over this: the writer, or a catalog's package. */
  readonly group: string
  readonly frozen: boolean
  readonly source: 'corpus' | 'catalog'
  readonly text: string
  readonly labels: Int8Array
  readonly sentences: readonly Int32Array[]
  /** Per sentence, whether the learned layer may report on it (`countsAsSentence`). */
  readonly reportable: readonly boolean[]
  /** Per sentence, whether it aims at the customer (`aimsAtCustomer`), where the features hold the fault-aim gate. */
  readonly aimed?: readonly boolean[]
}

export interface CatalogString {
  readonly package: string
  readonly version: string
  readonly audience: 'customer' | 'staff'
  readonly key: string
  readonly text: string
  /** Rules a reviewer found this real string breaking (`catalog-labels.jsonl`); most break none. */
  readonly expect: readonly RuleId[]
}

// Admin and editor UIs show staff their own jargon and internals by design:
// there, those two rules are unknown rather than absent.
const staffUnknown: ReadonlySet<RuleId> = new Set(['sales-jargon', 'exposed-internals'])

export interface ExampleSet {
  readonly examples: readonly Example[]
  /** Buckets of sentence-shape features, whose weights training caps. */
  readonly shapeBuckets: ReadonlySet<number>
  /** Buckets of the conjunction features, which a rule's training may leave at zero (`TrainOptions.conjunctions`). */
  readonly conjunctionBuckets: ReadonlySet<number>
}

export function buildExamples(cases: readonly CorpusCase[], catalog: readonly CatalogString[], options: FeatureOptions): ExampleSet {
  const shapeBuckets = new Set<number>()
  const conjunctionBuckets = new Set<number>()
  const featurise = (text: string): Pick<Example, 'sentences' | 'reportable' | 'aimed'> => {
    const sentences = segment(text)
    const contexts = blockContexts(sentences, text)
    return {
      reportable: sentences.map(countsAsSentence),
      ...(options.faultAim ? {aimed: sentences.map(aimsAtCustomer)} : {}),
      sentences: sentences.map((sentence, index) => {
        const features = sentenceFeatures(sentence, contexts[index]!, options)
        for (const feature of features) {
          if (isShapeFeature(feature.name)) shapeBuckets.add(feature.hash)
          else if (isConjunctionFeature(feature.name)) conjunctionBuckets.add(feature.hash)
        }

        return Int32Array.from(features, (feature) => feature.hash)
      })
    }
  }

  const examples: Example[] = []
  for (const item of cases) {
    const labels = Int8Array.from(ruleIds, (rule) => (item.expect.includes(rule) ? 1 : item.partial ? -1 : 0))
    examples.push({id: item.id, group: item.writer, frozen: item.frozen, source: 'corpus', text: item.text, labels, ...featurise(item.text)})
  }

  for (const [index, string] of catalog.entries()) {
    examples.push({
      id: `${string.package}#${index}`,
      group: `catalog:${string.package}`,
      frozen: false,
      source: 'catalog',
      text: string.text,
      labels: Int8Array.from(ruleIds, (rule) => (string.expect.includes(rule) ? 1 : string.audience === 'staff' && staffUnknown.has(rule) ? -1 : 0)),
      ...featurise(string.text)
    })
  }

  return {examples: examples.filter((example) => example.sentences.length > 0), shapeBuckets, conjunctionBuckets}
}
