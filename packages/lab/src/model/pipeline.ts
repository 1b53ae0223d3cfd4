/**
 * Everything `pnpm train` and `pnpm eval` share: the examples (corpus and
 * real catalogs), the phrase tables' verdicts, out-of-fold logits under
 * leave-one-writer-out, calibration and thresholds.
 */
import {createHash} from 'node:crypto'
import {lintText, maskPlaceholders, type Config} from '@counterside/core'
import {messageUnits} from 'counterside/message-units'
import {ruleIds, sureConfidence} from 'retext-counterside'
import {featureVersion, type FeatureOptions} from 'retext-counterside/model'
import {builtinTables} from 'retext-counterside/phrase-data'
import {readCatalogs} from '@counterside/catalogs'
import {readCatalogLabels, labelKey, type CatalogLabels} from '../catalog-labels.js'
import {readCorpus, type CorpusCase} from '../corpus.js'
import {readDocCases} from '../doc-examples.js'
import {chooseCuts, fitCalibration, type Scored} from './decisions.js'
import {buildExamples, type CatalogString, type Example, type ExampleSet} from './examples.js'
import {assignFolds, outOfFoldLogits, type Folds} from './folds.js'
import {defaultTrainOptions, type TrainOptions} from './logistic.js'

/**
 * Writers the phrase tables were written against. Their lines train the
 * model, but the tables' verdicts on them are in-sample, so they never help
 * choose a threshold, and the evaluation does not report them.
 */
export const tunedWriters: ReadonlySet<string> = new Set(['docs', 'dev', 'session-1', 'helpers-1-2', 'helpers-3-4', 'helpers-5-6', 'helpers-7-8'])


export interface Settings {
  readonly train: TrainOptions
  readonly features: FeatureOptions
  /** Precision the thresholds aim for on out-of-fold scores. */
  readonly precision: number
  /** No threshold below this probability: the default `minConfidence`. */
  readonly minProbability: number
  /** A phrase-table finding is dropped only where the model gives it less than this probability. */
  readonly highestFloor: number
  /** A false finding on a real catalog string counts this many times against `precision` (catalogs are mostly labels and buttons). */
  readonly catalogCost?: number
}

// ways: chosen under leave-writers-out (pnpm screen, six folds, all ten rules; see the README's Quality section).
export const defaultSettings: Settings = {train: defaultTrainOptions, features: {glossary: true, ways: true}, precision: 0.95, minProbability: 0.5, highestFloor: 0.5}

export interface Data {
  readonly cases: readonly CorpusCase[]
  readonly catalog: readonly CatalogString[]
  readonly set: ExampleSet
  /**
   * What the phrase tables do on each example (`phrase[example * rules + rule]`):
   * 0 nothing, 1 a hedged entry fires (the scorer may drop it), 2 a sure one (never dropped).
   */
  readonly phrase: Uint8Array
  readonly folds: Folds
}

const phraseOnly: Config = {learned: false}

/** The training data as read, before anything is featurised. */
export function loadSources(): Pick<Data, 'cases' | 'catalog'> {
  return {cases: [...readCorpus(), ...readDocCases()], catalog: catalogTexts(readCatalogs(), readCatalogLabels())}
}

export function loadData(settings: Settings): Data {
  const {cases, catalog} = loadSources()
  const set = buildExamples(cases, catalog, settings.features)
  return {cases, catalog, set, phrase: phraseVerdicts(set.examples), folds: assignFolds(set.examples)}
}

/** What the phrase tables alone say on each example, in `Data.phrase`'s layout. */
export function phraseVerdicts(examples: readonly Example[]): Uint8Array {
  const phrase = new Uint8Array(examples.length * ruleIds.length)
  examples.forEach((example, index) => {
    for (const finding of lintText(example.text, phraseOnly)) {
      const at = index * ruleIds.length + ruleIds.indexOf(finding.ruleId)
      phrase[at] = Math.max(phrase[at]!, finding.confidence >= sureConfidence ? 2 : 1)
    }
  })
  return phrase
}

/** Catalog strings as the CLI lints them: each ICU branch a text of its own, its placeholders read as values (masked, as core masks them). */
function catalogTexts(strings: ReturnType<typeof readCatalogs>, labels: CatalogLabels): CatalogString[] {
  const texts: CatalogString[] = []
  for (const string of strings) {
    const seen = new Set<string>()
    for (const unit of messageUnits(string.text, string.key)) {
      const text = maskPlaceholders(unit.text).trim()
      if (text === '' || seen.has(text)) continue
      seen.add(text)
      const {package: name, version, audience, key} = string
      texts.push({package: name, version, audience, key, text, expect: labels.get(labelKey(name, text)) ?? []})
    }
  }

  return texts
}

/**
 * What the weights are made from: a change here makes the checked-in
 * weights stale. The phrase data counts too: each rule's cuts are chosen
 * for the tables and the model together.
 */
export function dataHash(data: Pick<Data, 'cases' | 'catalog'>, settings: Settings): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({featureVersion, settings}))
  for (const {table} of builtinTables) hash.update(JSON.stringify([table.name, table.entries.map((entry) => [entry.phrases, entry.confidence])]) + '\n')
  for (const item of data.cases) if (!item.frozen) hash.update(JSON.stringify([item.id, item.text, item.expect, item.writer, item.partial ?? false]) + '\n')
  for (const string of data.catalog) hash.update(JSON.stringify([string.package, string.version, string.text, string.expect]) + '\n')
  return hash.digest('hex').slice(0, 16)
}

export interface Decisions {
  readonly calibration: ReadonlyArray<[number, number]>
  /** Per rule, on the raw logit: where the model alone reports. */
  readonly thresholds: readonly number[]
  /** Per rule, on the raw logit: below it, the phrase tables' findings are dropped. */
  readonly floors: readonly number[]
}

/** The scored examples of one rule, for calibration and thresholds. */
export function scoredFor(data: Data, logits: Float64Array, rule: number, include: (example: Example, index: number) => boolean, catalogCost = 1): Scored[] {
  const scored: Scored[] = []
  data.set.examples.forEach((example, index) => {
    const label = example.labels[rule]!
    const logit = logits[index * ruleIds.length + rule]!
    if (label < 0 || Number.isNaN(logit) || !include(example, index)) return
    const phrase = data.phrase[index * ruleIds.length + rule]! as 0 | 1 | 2
    scored.push(example.source === 'catalog' && catalogCost !== 1 ? {logit, label: label as 0 | 1, phrase, cost: catalogCost} : {logit, label: label as 0 | 1, phrase})
  })
  return scored
}

export function decide(data: Data, logits: Float64Array, settings: Settings, include: (example: Example, index: number) => boolean): Decisions {
  const calibration: Array<[number, number]> = []
  const thresholds: number[] = []
  const floors: number[] = []
  for (const [rule] of ruleIds.entries()) {
    const scored = scoredFor(data, logits, rule, include, settings.catalogCost)
    const [a, b] = fitCalibration(scored)
    calibration.push([a, b])
    const logitOf = (p: number): number => (Math.log(p / (1 - p)) - b) / a
    const cuts = chooseCuts(scored, settings.precision, logitOf(settings.minProbability), logitOf(settings.highestFloor))
    thresholds.push(cuts.threshold)
    floors.push(cuts.floor)
  }

  return {calibration, thresholds, floors}
}

export function outOfFold(data: Data, settings: Settings, onFold?: (writer: string) => void): Float64Array {
  return outOfFoldLogits(data.set, data.folds, settings.train, onFold)
}
