/**
 * Out-of-fold scores under leave-one-writer-out: one fold per writer (never
 * the frozen ones); each catalog package joins one fold, so every string is
 * also scored by a model that never saw its package.
 */
import {ruleIds} from 'retext-counterside'
import type {Example, ExampleSet} from './examples.js'
import {exampleLogit, optionsFor, trainRule, type RuleWeights, type TrainOptions} from './logistic.js'

export interface Folds {
  /** Writer of each fold, in order. */
  readonly writers: readonly string[]
  /** Fold of each example (-1: frozen, never in a fold). */
  readonly foldOf: Int32Array
}

/**
 * One fold per writer; with `foldCount` (screening), the writers dealt into
 * that many folds instead: still no writer scored by a model that saw it.
 */
export function assignFolds(examples: readonly Example[], foldCount?: number): Folds {
  const writers = [...new Set(examples.filter((example) => example.source === 'corpus' && !example.frozen).map((example) => example.group))].sort()
  const packages = [...new Set(examples.filter((example) => example.source === 'catalog').map((example) => example.group))].sort()
  const folds = Math.min(writers.length, foldCount ?? writers.length)
  const foldOfGroup = new Map<string, number>()
  writers.forEach((writer, index) => foldOfGroup.set(writer, index % folds))
  packages.forEach((name, index) => foldOfGroup.set(name, index % folds))
  const foldOf = Int32Array.from(examples, (example) => (example.frozen ? -1 : foldOfGroup.get(example.group)!))
  return {writers: Array.from({length: folds}, (_, fold) => writers.filter((_, index) => index % folds === fold).join('+')), foldOf}
}

export type Model = readonly RuleWeights[]

export function trainModel(examples: readonly Example[], set: ExampleSet, options: TrainOptions): Model {
  return ruleIds.map((id, rule) => {
    const own = optionsFor(options, id)
    return trainRule(examples, rule, set.shapeBuckets, own, own.conjunctions === false ? set.conjunctionBuckets : undefined)
  })
}

/** Each example's logit per rule (`logits[example * rules + rule]`) from the model that left its fold out. */
export function outOfFoldLogits(set: ExampleSet, folds: Folds, options: TrainOptions, onFold?: (writer: string) => void): Float64Array {
  const {examples} = set
  const logits = new Float64Array(examples.length * ruleIds.length).fill(Number.NaN)
  for (const [fold, writer] of folds.writers.entries()) {
    onFold?.(writer)
    const training = examples.filter((_, index) => folds.foldOf[index] !== fold && folds.foldOf[index] !== -1)
    const model = trainModel(training, set, options)
    examples.forEach((example, index) => {
      if (folds.foldOf[index] !== fold) return
      for (const [rule, weights] of model.entries()) logits[index * ruleIds.length + rule] = exampleLogit(weights, example, ruleIds[rule])
    })
  }

  return logits
}
