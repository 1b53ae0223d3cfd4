/**
 * `pnpm screen`: compare feature, training and combination variants faster
 * than `pnpm eval` can, for choosing what to measure in full. The writers
 * are dealt into a few folds (leave-writers-out: no writer is scored by a
 * model that saw it, each catalog package joins one fold), only the rules
 * asked for are trained, the phrase tables' verdicts are read once, and
 * each combination policy is scored on the same out-of-fold logits. The
 * frozen split is never featurised, trained on or scored.
 *
 *   node packages/lab/dist/screen.js --folds 6 --rules dead-end-error,customer-blame base conj conj+l2=0.01
 *
 * A variant is `+`-joined parts: a feature option (`conj`, `classes`, `ways`, `fails`, `aim`, …),
 * `evidence` (a learned finding needs its rule's necessary evidence, as the linter holds it),
 * or `key=value` for a training option (`l2`, `positiveWeight`, `epochs`,
 * `shapeCap`, `shapeCeiling`, `catalogWeight`, `shuffles`; `rule:key=value` for one rule's) or a policy (`floor`: the highest phrase floor, `precision`,
 * `catalogCost`).
 * `--misses <file>` writes the first variant's out-of-fold errors on the
 * writers (missed and false findings, never the frozen split's).
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {learnedHasEvidence, ruleIds} from 'retext-counterside'
import type {FeatureOptions} from 'retext-counterside/model'
import {buildExamples} from './model/examples.js'
import {assignFolds} from './model/folds.js'
import {exampleLogit, optionsFor, trainRule, withoutRuleOption, type TrainOptions} from './model/logistic.js'
import {decide, defaultSettings, loadSources, phraseVerdicts, tunedWriters, type Data, type Decisions, type Settings} from './model/pipeline.js'

const {values: flags, positionals} = parseArgs({
  allowPositionals: true,
  options: {folds: {type: 'string'}, rules: {type: 'string'}, 'catalog-findings': {type: 'string'}, misses: {type: 'string'}}
})
const foldCount = Number(flags.folds ?? 6)
const chosen = (flags.rules ?? 'exposed-internals,customer-blame,stepping-away,pressure-selling,dead-end-error').split(',')
const ruleIndexes = chosen.map((id) => {
  const index = ruleIds.indexOf(id as (typeof ruleIds)[number])
  if (index < 0) throw new Error(`unknown rule ${id}`)
  return index
})
const featureFlags: Record<string, keyof FeatureOptions> = {
  conj: 'conjunctions',
  classes: 'wordClasses',
  cues: 'cueSteps',
  pairs: 'classGrams',
  stems: 'stems',
  skips: 'skipGrams',
  chars: 'characterGrams',
  ways: 'ways',
  fails: 'deadEnds',
  aim: 'faultAim'
}

interface Variant {
  readonly name: string
  readonly features: FeatureOptions
  readonly train: TrainOptions
  readonly policy: {readonly highestFloor: number; readonly precision: number; readonly catalogCost: number}
  readonly evidence: boolean
}

function parseVariant(name: string): Variant {
  const features: Record<string, boolean> = {...defaultSettings.features}
  const train: Record<string, number> = {...(defaultSettings.train as unknown as Record<string, number>)}
  // The defaults' own per-rule options, which a variant's `rule:key=value` joins and a shared `key=value` overrides for every rule.
  let perRule: Record<string, Record<string, number | boolean>> = Object.fromEntries(Object.entries(defaultSettings.train.perRule ?? {}).map(([rule, own]) => [rule, {...own}]))
  const policy = {highestFloor: defaultSettings.highestFloor, precision: defaultSettings.precision, catalogCost: defaultSettings.catalogCost ?? 1}
  let evidence = false
  for (const part of name.split('+')) {
    if (part === 'base') continue
    if (part === 'evidence') {
      evidence = true
      continue
    }

    const [key, value] = part.split('=')
    if (value === undefined) {
      const option = featureFlags[key!]
      if (!option) throw new Error(`unknown feature ${key}`)
      features[option] = true
    } else if (key === 'floor') policy.highestFloor = Number(value)
    else if (key === 'precision') policy.precision = Number(value)
    else if (key === 'catalogCost') policy.catalogCost = Number(value)
    else if (key!.includes(':')) {
      // `rule:option=value`: one rule's own training option.
      const [rule, option] = key!.split(':') as [string, string]
      perRule[rule] = {...perRule[rule], [option]: value === 'false' ? false : Number(value)}
    } else if (key! in train || key === 'shapeCeiling' || key === 'catalogWeight' || key === 'shuffles') {
      train[key!] = Number(value)
      perRule = withoutRuleOption(perRule, key!) as typeof perRule
    } else throw new Error(`unknown setting ${key}`)
  }

  return {name, features, train: {...(train as unknown as TrainOptions), ...(Object.keys(perRule).length > 0 ? {perRule} : {})}, policy, evidence}
}

const started = Date.now()
const sources = loadSources()
let phrase: Uint8Array | undefined
const featureKey = (variant: Variant): string => JSON.stringify([variant.features, variant.train])
const logitCache = new Map<string, {data: Data; logits: Float64Array}>()
const variants = (positionals.length > 0 ? positionals : ['base']).map(parseVariant)
console.log(`screen — leave-writers-out in ${foldCount} folds, rules ${chosen.join(', ')}`)
console.log(`${'variant'.padEnd(34)} ${chosen.map((id) => id.slice(0, 14).padStart(15)).join('')}   micro P/R   catalogs flagged, unconfirmed`)
for (const variant of variants) {
  const key = featureKey(variant)
  let cached = logitCache.get(key)
  if (!cached) {
    const set = buildExamples(sources.cases, sources.catalog, variant.features)
    phrase ??= phraseVerdicts(set.examples)
    const data: Data = {...sources, set, phrase, folds: assignFolds(set.examples, foldCount)}
    cached = {data, logits: outOfFold(data, variant.train)}
    logitCache.set(key, cached)
  }

  console.log(`${variant.name.padEnd(34)} ${score(cached.data, cached.logits, variant)}  (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}

function outOfFold(data: Data, train: TrainOptions): Float64Array {
  const {examples} = data.set
  const logits = new Float64Array(examples.length * ruleIds.length).fill(Number.NaN)
  for (const [fold] of data.folds.writers.entries()) {
    process.stderr.write(`  fold ${fold + 1}/${data.folds.writers.length}\r`)
    const training = examples.filter((_, index) => data.folds.foldOf[index] !== fold && data.folds.foldOf[index] !== -1)
    for (const rule of ruleIndexes) {
      const own = optionsFor(train, ruleIds[rule]!)
      const weights = trainRule(training, rule, data.set.shapeBuckets, own, own.conjunctions === false ? data.set.conjunctionBuckets : undefined)
      examples.forEach((example, index) => {
        if (data.folds.foldOf[index] === fold) logits[index * ruleIds.length + rule] = exampleLogit(weights, example, ruleIds[rule])
      })
    }
  }

  return logits
}

function score(data: Data, logits: Float64Array, variant: Variant): string {
  const settings: Settings = {...defaultSettings, features: variant.features, train: variant.train, ...variant.policy}
  const {examples} = data.set
  const perFold: Decisions[] = data.folds.writers.map((_, fold) => decide(data, logits, settings, (example, index) => data.folds.foldOf[index] !== fold && !tunedWriters.has(example.group)))
  const rules = ruleIds.length
  const cells: string[] = []
  const catalogCells: string[] = []
  let tpAll = 0
  let fpAll = 0
  let fnAll = 0
  const flagged = new Set<number>()
  let findings = 0
  let unconfirmed = 0
  const review: string[] = []
  const errors: string[] = []
  for (const rule of ruleIndexes) {
    let tp = 0
    let fp = 0
    let fn = 0
    let ruleFindings = 0
    let ruleUnconfirmed = 0
    examples.forEach((example, index) => {
      const fold = data.folds.foldOf[index]!
      const label = example.labels[rule]!
      if (fold < 0 || label < 0) return
      const decisions = perFold[fold]!
      const verdict = data.phrase[index * rules + rule]!
      const logit = logits[index * rules + rule]!
      const learned = logit >= decisions.thresholds[rule]! && (!variant.evidence || learnedHasEvidence(ruleIds[rule]!, example.text))
      const fires = verdict === 2 || (verdict === 1 && (logit === -Infinity || logit >= decisions.floors[rule]!)) || learned
      if (example.source === 'catalog') {
        if (!fires) return
        flagged.add(index)
        ruleFindings++
        const layer = verdict > 0 ? (learned ? 'both' : verdict === 2 ? 'phrase-sure' : 'phrase') : 'learned'
        review.push(JSON.stringify({rule: ruleIds[rule], verdict: label === 1 ? 'confirmed' : 'unconfirmed', layer, logit: Number(logit.toFixed(3)), threshold: Number(decisions.thresholds[rule]!.toFixed(3)), group: example.group, text: example.text}))
        if (label !== 1) ruleUnconfirmed++
        return
      }

      if (tunedWriters.has(example.group)) return
      if (fires && label === 1) tp++
      else if (fires) fp++
      else if (label === 1) fn++
      if (fires !== (label === 1)) errors.push(JSON.stringify({rule: ruleIds[rule], kind: fires ? 'false' : 'missed', phrase: verdict, logit: Number(logit.toFixed(3)), threshold: Number(decisions.thresholds[rule]!.toFixed(3)), group: example.group, text: example.text}))
    })
    tpAll += tp
    findings += ruleFindings
    unconfirmed += ruleUnconfirmed
    catalogCells.push(`${ruleFindings} (${ruleUnconfirmed} u)`.padStart(15))
    fpAll += fp
    fnAll += fn
    cells.push(`${(tp / Math.max(1, tp + fp)).toFixed(3)}/${(tp / Math.max(1, tp + fn)).toFixed(3)}`.padStart(15))
  }

  const catalog = examples.filter((example) => example.source === 'catalog').length
  // The first variant's out-of-fold catalog findings, for reading what fires.
  if (flags['catalog-findings'] !== undefined && variant === variants[0]) writeFileSync(flags['catalog-findings'], review.join('\n') + '\n')
  if (flags.misses !== undefined && variant === variants[0]) writeFileSync(flags.misses, errors.join('\n') + '\n')
  const micro = `${(tpAll / Math.max(1, tpAll + fpAll)).toFixed(3)}/${(tpAll / Math.max(1, tpAll + fnAll)).toFixed(3)}`
  const rate = `${((100 * flagged.size) / catalog).toFixed(2)}%, 1 in ${(findings / Math.max(1, unconfirmed)).toFixed(1)}`
  return `${cells.join('')}   ${micro}   ${rate}\n${'  catalog findings (unconfirmed)'.padEnd(34)} ${catalogCells.join('')}`
}
