/**
 * The shipped model: trained on every writer but the frozen ones, with
 * calibration and thresholds from the leave-one-writer-out scores.
 */
import {ruleIds} from 'retext-counterside'
import {encodeWeights, featureVersion, type EncodedModel, type EncodedRule} from 'retext-counterside/model'
import {exampleLogit, type RuleWeights} from './logistic.js'
import {trainModel, type Model} from './folds.js'
import {dataHash, decide, tunedWriters, type Data, type Decisions, type Settings} from './pipeline.js'

export interface FinalModel {
  readonly model: Model
  readonly decisions: Decisions
  /** Every example's logit per rule under the final model. */
  readonly logits: Float64Array
  /** Per rule, how many shape weights `holdShapesBelow` lowered (0 where training's caps already held). */
  readonly heldShapes: readonly number[]
}

export function finalModel(data: Data, outOfFoldLogits: Float64Array, settings: Settings): FinalModel {
  const {examples} = data.set
  const model = trainModel(
    examples.filter((example) => !example.frozen),
    data.set,
    settings.train
  )
  const decisions = decide(data, outOfFoldLogits, settings, (example) => !example.frozen && !tunedWriters.has(example.group))
  const heldShapes = model.map((weights, rule) => holdShapesBelow(weights, decisions.thresholds[rule]!, data.set.shapeBuckets))
  const logits = new Float64Array(examples.length * ruleIds.length)
  examples.forEach((example, index) => {
    for (const [rule, weights] of model.entries()) logits[index * ruleIds.length + rule] = exampleLogit(weights, example, ruleIds[rule])
  })
  return {model, decisions, logits, heldShapes}
}

/**
 * The issue's guarantee, made here rather than hoped for: with the bias, no
 * single sentence-shape feature (capitals, a placeholder, an ending) reaches
 * the rule's threshold. Training caps shapes (`shapeCap`, `shapeCeiling`),
 * but pruning and a bias that moved after a shape's last update can still
 * leave one at the line; the margin covers the weights' 8-bit rounding.
 */
export function holdShapesBelow(weights: RuleWeights, threshold: number, shapeBuckets: ReadonlySet<number>, margin = shapeMargin): number {
  if (!Number.isFinite(threshold)) return 0
  const limit = threshold - margin - weights.bias
  let held = 0
  for (const bucket of shapeBuckets) {
    if (weights.weights[bucket]! <= limit) continue
    weights.weights[bucket] = limit
    held++
  }

  return held
}

/** Raw logit between the bias plus the strongest shape and a rule's threshold. */
export const shapeMargin = 0.1

export function encodeModel(final: FinalModel, data: Data, settings: Settings): EncodedModel {
  const rules: Record<string, EncodedRule> = {}
  for (const [rule, id] of ruleIds.entries()) {
    const {bias, weights} = final.model[rule]!
    const buckets: number[] = []
    const values: number[] = []
    let largest = 0
    weights.forEach((weight, bucket) => {
      if (weight === 0) return
      buckets.push(bucket)
      values.push(weight)
      largest = Math.max(largest, Math.abs(weight))
    })
    const scale = largest / 127 || 1
    const [a, b] = final.decisions.calibration[rule]!
    const threshold = final.decisions.thresholds[rule]!
    const floor = final.decisions.floors[rule]!
    const probability = (z: number): number => round(1 / (1 + Math.exp(-(a * z + b))))
    rules[id] = {
      bias: round(bias),
      scale: round(scale),
      // A rule whose threshold no score reached never fires from this layer.
      threshold: Number.isFinite(threshold) ? probability(threshold) : 2,
      phraseFloor: floor === -Infinity ? 0 : floor === Infinity ? 2 : probability(floor),
      calibration: [round(a), round(b)],
      weights: encodeWeights(buckets, values, scale)
    }
  }

  return {featureVersion, dataHash: dataHash(data, settings), hashBits: settings.train.hashBits, features: settings.features, rules}
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
