/**
 * The learned layer at inference: per sentence, a logistic score per rule
 * over the hashed features of `features.ts`; a finding where the calibrated
 * probability reaches the rule's threshold. Each finding points at the
 * smallest run of words whose weights carry the decision, and names them.
 */
import {aimedRule, aimsAtCustomer, blockContexts, featureVersion, segment, writeFeatures, type FeatureOptions, type FeatureSink, type ModelSentence} from './features.js'
import {decodeWeights, type EncodedModel} from './weights-format.js'

export interface ModelFinding {
  readonly ruleId: string
  /** Offsets into the scored text, end exclusive. */
  readonly start: number
  readonly end: number
  /** Calibrated probability that the sentence breaks the rule. */
  readonly probability: number
  /** The words that weighed most, as written (“streak”, “front desk”). */
  readonly cues: readonly string[]
}

interface RuleModel {
  readonly id: string
  readonly index: number
  readonly bias: number
  readonly threshold: number
  readonly calibration: readonly [number, number]
  readonly phraseFloor: number
  /** The raw logit at which the calibrated probability reaches `threshold`. */
  readonly decisionLogit: number
}

export class Scorer {
  readonly rules: readonly RuleModel[]
  // Bucket → row of per-rule weights in `#weights` (-1: no rule weighs it): two
  // array reads per feature instead of a Map lookup, the weights of one row adjacent.
  readonly #rowOf: Int32Array
  readonly #weights: Float32Array
  readonly #features: FeatureOptions
  readonly #weighed: WeighedFeatures
  /** Per-rule logits of the sentence being scored: one buffer, as `score` never runs inside itself and keeps none of it. */
  readonly #z: Float64Array

  constructor(model: EncodedModel) {
    // A header without a version is from before it was recorded (version 7); the
    // staleness test fails on it, and `pnpm train` writes one with the version.
    if (model.featureVersion !== undefined && model.featureVersion !== featureVersion) {
      throw new Error(`The learned weights were trained on feature version ${model.featureVersion}, the features are version ${featureVersion}: run \`pnpm train\``)
    }
    this.#features = model.features
    const ids = Object.keys(model.rules)
    // A row per bucket in the order buckets first appear, rule by rule; each
    // rule's weights are decoded into flat lists first (a list of pairs per
    // bucket cost more to build than the whole table).
    const rowOf = new Int32Array(1 << model.hashBits).fill(-1)
    const decoded: Array<{readonly buckets: number[]; readonly weights: number[]}> = []
    let rows = 0
    this.rules = ids.map((id, index) => {
      const rule = model.rules[id]!
      const [a, b] = rule.calibration
      const buckets: number[] = []
      const weights: number[] = []
      decodeWeights(rule.weights, rule.scale, (bucket, weight) => {
        if (rowOf[bucket] === -1) rowOf[bucket] = rows++
        buckets.push(bucket)
        weights.push(weight)
      })
      decoded.push({buckets, weights})
      return {id, index, bias: rule.bias, threshold: rule.threshold, calibration: rule.calibration, phraseFloor: rule.phraseFloor, decisionLogit: (logit(rule.threshold) - b) / a}
    })
    this.#rowOf = rowOf
    this.#weights = new Float32Array(rows * ids.length)
    for (const [index, {buckets, weights}] of decoded.entries()) {
      for (let at = 0; at < buckets.length; at++) this.#weights[rowOf[buckets[at]!]! * ids.length + index] = weights[at]!
    }

    this.#weighed = new WeighedFeatures(this.#rowOf, this.#weights, ids.length)
    this.#z = new Float64Array(ids.length)
  }

  /**
   * Findings in `text` for the rules in `active` (all when omitted), with
   * `minProbability` raising every rule's threshold, and each sentence's
   * probability per rule (for weighing the phrase tables' findings).
   */
  score(text: string, active?: ReadonlySet<string>, minProbability = 0): ScoredText {
    const findings: ModelFinding[] = []
    const scored: ScoredSentence[] = []
    const sentences = segment(text)
    const contexts = blockContexts(sentences, text)
    const gated = this.#features.faultAim === true
    const z = this.#z
    for (const [index, sentence] of sentences.entries()) {
      // A short label is the phrase tables' alone to judge.
      if (!countsAsSentence(sentence)) continue
      for (const rule of this.rules) z[rule.index] = rule.bias
      const weighed = this.#weighed.start(z)
      writeFeatures(sentence, contexts[index]!, this.#features, weighed)

      const probabilities = new Map<string, number>()
      // Fault aimed at no one: customer-blame is the phrase tables' alone to judge here.
      const unaimed = gated && !aimsAtCustomer(sentence)
      for (const rule of this.rules) {
        if (active && !active.has(rule.id)) continue
        if (unaimed && rule.id === aimedRule) continue
        const probability = sigmoid(rule.calibration[0] * z[rule.index]! + rule.calibration[1])
        probabilities.set(rule.id, probability)
        if (probability < rule.threshold || probability < minProbability) continue
        findings.push({ruleId: rule.id, probability, ...explain(text, sentence, weighed, rule, z[rule.index]!)})
      }

      scored.push({start: sentence.start, end: sentence.end, probabilities})
    }

    return {findings, sentences: scored}
  }

  /** The probability below which a phrase-table finding of `ruleId` is more likely wrong than right. */
  phraseFloor(ruleId: string): number {
    return this.rules.find((rule) => rule.id === ruleId)?.phraseFloor ?? 0
  }
}

export interface ScoredSentence {
  readonly start: number
  readonly end: number
  readonly probabilities: ReadonlyMap<string, number>
}

export interface ScoredText {
  readonly findings: readonly ModelFinding[]
  readonly sentences: readonly ScoredSentence[]
}

/**
 * A sentence's features as the model weighs them: each one's weights added to
 * the per-rule logits as it is read, and the ones that carry any weight kept
 * (their row and tokens, in reading order) for explaining a finding. One per
 * scorer, reused for every sentence.
 */
class WeighedFeatures implements FeatureSink {
  readonly named = false
  /** Per kept feature: its row of weights, and the first and last token it covers (-1 for the sentence). */
  rows: Int32Array = new Int32Array(256)
  firsts: Int32Array = new Int32Array(256)
  lasts: Int32Array = new Int32Array(256)
  count = 0
  #z: Float64Array = new Float64Array(0)
  // Which rows the current sentence has read, by stamp: each bucket counts once.
  readonly #stamps: Int32Array
  #stamp = 0

  constructor(
    readonly rowOf: Int32Array,
    readonly weights: Float32Array,
    readonly rules: number
  ) {
    this.#stamps = new Int32Array(weights.length / rules)
  }

  /** Start a sentence whose logits, already at each rule's bias, are `z`. */
  start(z: Float64Array): this {
    this.#z = z
    this.count = 0
    if (++this.#stamp === 0x7fffffff) {
      this.#stamps.fill(0)
      this.#stamp = 1
    }

    return this
  }

  add(bucket: number, first: number, last: number): void {
    const row = this.rowOf[bucket]!
    if (row < 0 || this.#stamps[row] === this.#stamp) return
    this.#stamps[row] = this.#stamp
    const at = row * this.rules
    const z = this.#z
    for (let rule = 0; rule < this.rules; rule++) z[rule]! += this.weights[at + rule]!
    if (this.count === this.rows.length) this.#grow()
    this.rows[this.count] = row
    this.firsts[this.count] = first
    this.lasts[this.count] = last
    this.count++
  }

  weight(feature: number, rule: number): number {
    return this.weights[this.rows[feature]! * this.rules + rule]!
  }

  #grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      const bigger = new Int32Array(array.length * 2)
      bigger.set(array)
      return bigger
    }

    this.rows = grown(this.rows)
    this.firsts = grown(this.firsts)
    this.lasts = grown(this.lasts)
  }
}

/**
 * The smallest set of word features that, with everything else in the
 * sentence, still crosses the threshold: strongest first. The span runs from
 * the first to the last word they cover.
 */
function explain(text: string, sentence: ModelSentence, weighed: WeighedFeatures, rule: RuleModel, z: number): {start: number; end: number; cues: string[]} {
  const positive: Array<{feature: number; weight: number}> = []
  let rest = z
  for (let feature = 0; feature < weighed.count; feature++) {
    const weight = weighed.weight(feature, rule.index)
    if (weighed.firsts[feature]! < 0 || weight <= 0) continue
    positive.push({feature, weight})
    rest -= weight
  }

  positive.sort((a, b) => b.weight - a.weight)
  const chosen: number[] = []
  for (const {feature, weight} of positive) {
    chosen.push(feature)
    rest += weight
    if (rest >= rule.decisionLogit) break
  }

  const {tokens} = sentence
  if (chosen.length === 0) return {start: sentence.start, end: sentence.end, cues: []}
  const first = Math.min(...chosen.map((feature) => weighed.firsts[feature]!))
  const last = Math.max(...chosen.map((feature) => weighed.lasts[feature]!))
  const cues: string[] = []
  for (const feature of chosen) {
    const cue = text.slice(tokens[weighed.firsts[feature]!]!.start, tokens[weighed.lasts[feature]!]!.end)
    if (!cues.some((seen) => seen.toLowerCase().includes(cue.toLowerCase()))) cues.push(cue)
    if (cues.length === 3) break
  }

  return {start: tokens[first]!.start, end: tokens[last]!.end, cues}
}

/**
 * The learned layer reports only on sentences of three words or more: a
 * label or a button (“Points balance: 1,240”, “Wrong size”) gives a linear
 * model too little to go on, and is the phrase tables' to judge.
 */
export const minimumWords = 3

export function countsAsSentence(sentence: ModelSentence): boolean {
  let words = 0
  for (const token of sentence.tokens) if (token.kind === 'word' && ++words >= minimumWords) return true
  return false
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

function logit(p: number): number {
  return Math.log(p / (1 - p))
}
