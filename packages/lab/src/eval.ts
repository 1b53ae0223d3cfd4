/**
 * `pnpm eval`: how the detection does on copy it was not tuned to.
 *
 * 1. Leave-one-writer-out: each writer is scored by a model trained, and
 *    with thresholds chosen, on the other writers (and the catalogs of the
 *    other folds). Reported on the writers the phrase tables were never
 *    tuned to: phrase tables alone, learned scorer alone, both.
 * 2. The frozen split: scored by the shipped model, trained on everything else.
 * 3. The real catalogs: the flag rate per rule, and flagged strings to review.
 * 4. The perspective score: how far it separates customer-centred copy from
 *    seller-centred copy (`perspective-separation.ts`).
 * 5. Suggestions (issue 9): on what `lintText` finds in the corpus (the
 *    non-frozen writers, then the frozen split), see `suggestion-measures.ts`.
 */
import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {lintText} from '@counterside/core'
import {learnedHasEvidence, ruleIds} from 'retext-counterside'
import {seededRandom, shuffle} from './model/random.js'
import {defaultSettings, decide, loadData, outOfFold, tunedWriters, type Data, type Decisions, type Settings} from './model/pipeline.js'
import {finalModel} from './model/final.js'
import {withoutRuleOption} from './model/logistic.js'
import {formatScore, scoreCases, type Score} from './score.js'
import {readCorpus, type CorpusCase} from './corpus.js'
import {formatSeparation, perspectiveSeparation} from './perspective-separation.js'
import {formatSuggestionMeasures, measureSuggestions} from './suggestion-measures.js'

const rules = ruleIds.length
const started = Date.now()
// Settings can be varied from the command line to compare them under
// leave-one-writer-out (the frozen split is never used to choose them).
const {values: flags} = parseArgs({
  options: {
    'character-grams': {type: 'boolean'},
    'word-classes': {type: 'boolean'},
    stems: {type: 'boolean'},
    'skip-grams': {type: 'boolean'},
    glossary: {type: 'boolean'},
    'cue-steps': {type: 'boolean'},
    'class-grams': {type: 'boolean'},
    position: {type: 'boolean'},
    precision: {type: 'string'},
    epochs: {type: 'string'},
    'positive-weight': {type: 'string'},
    l2: {type: 'string'},
    'learning-rate': {type: 'string'},
    'shape-cap': {type: 'string'},
    prune: {type: 'string'},
    'highest-floor': {type: 'string'},
    // Print the leave-one-writer-out misses of one rule (never the frozen split's).
    misses: {type: 'string'},
    // Write every out-of-fold catalog finding, as JSON Lines, for a reviewer to label.
    'catalog-findings': {type: 'string'}
  }
})
const number = (value: string | undefined, fallback: number): number => (value === undefined ? fallback : Number(value))
const {train} = defaultSettings
const settings: Settings = {
  ...defaultSettings,
  features: {
    ...defaultSettings.features,
    ...(flags['character-grams'] === undefined ? {} : {characterGrams: true}),
    ...(flags['word-classes'] === undefined ? {} : {wordClasses: true}),
    ...(flags.stems === undefined ? {} : {stems: true}),
    ...(flags['skip-grams'] === undefined ? {} : {skipGrams: true}),
    ...(flags.glossary === undefined ? {} : {glossary: true}),
    ...(flags['cue-steps'] === undefined ? {} : {cueSteps: true}),
    ...(flags['class-grams'] === undefined ? {} : {classGrams: true}),
    ...(flags.position === undefined ? {} : {position: true})
  },
  precision: number(flags.precision, defaultSettings.precision),
  highestFloor: number(flags['highest-floor'], defaultSettings.highestFloor),
  train: {
    ...train,
    epochs: number(flags.epochs, train.epochs),
    positiveWeight: number(flags['positive-weight'], train.positiveWeight),
    l2: number(flags.l2, train.l2),
    learningRate: number(flags['learning-rate'], train.learningRate),
    shapeCap: number(flags['shape-cap'], train.shapeCap),
    pruneBelow: number(flags.prune, train.pruneBelow),
    // A positive weight asked for on the command line is every rule's, the defaults' per-rule ones included.
    ...(flags['positive-weight'] === undefined ? {} : {perRule: withoutRuleOption(train.perRule, 'positiveWeight')})
  }
}
const data = loadData(settings)
const {examples} = data.set
const corpusIndex = new Map<string, number>()
examples.forEach((example, index) => {
  if (example.source === 'corpus') corpusIndex.set(example.id, index)
})

const untuned = data.cases.filter((item) => !item.frozen && !tunedWriters.has(item.writer))
const frozen = data.cases.filter((item) => item.frozen)

console.log(`counterside eval — ${data.cases.length} labelled cases from ${data.folds.writers.length} writers (+${new Set(frozen.map((item) => item.writer)).size} frozen), ${data.catalog.length} real catalog strings`)
const logits = outOfFold(data, settings, (writer) => process.stderr.write(`  fold ${writer}\r`))
process.stderr.write('\n')

// For each held-out writer, thresholds chosen without its labels.
const perFold = data.folds.writers.map((_, fold) => decide(data, logits, settings, (example, index) => data.folds.foldOf[index] !== fold && !tunedWriters.has(example.group)))
const phraseFires = (index: number, rule: number, decisions?: Decisions, values?: Float64Array): boolean => {
  const verdict = data.phrase[index * rules + rule]!
  const logit = values?.[index * rules + rule] ?? Infinity
  return verdict === 2 || (verdict === 1 && (!decisions || logit === -Infinity || logit >= decisions.floors[rule]!))
}
// As the linter reports it: a learned finding also needs its rule's evidence (learned-evidence.ts).
const learnedFires = (index: number, rule: number, decisions: Decisions, values: Float64Array): boolean =>
  values[index * rules + rule]! >= decisions.thresholds[rule]! && learnedHasEvidence(ruleIds[rule]!, examples[index]!.text)

function predictor(kind: 'phrase' | 'learned' | 'both', decisionsOf: (index: number) => Decisions, values: Float64Array) {
  return (item: CorpusCase): Set<(typeof ruleIds)[number]> => {
    const index = corpusIndex.get(item.id)
    const fired = new Set<(typeof ruleIds)[number]>()
    if (index === undefined) return fired
    const decisions = decisionsOf(index)
    for (const [rule, id] of ruleIds.entries()) {
      const phrase = phraseFires(index, rule, kind === 'both' ? decisions : undefined, values)
      const learned = kind !== 'phrase' && learnedFires(index, rule, decisions, values)
      if ((kind !== 'learned' && phrase) || learned) fired.add(id)
    }

    return fired
  }
}

const foldDecisions = (index: number): Decisions => perFold[data.folds.foldOf[index]!]!
section(`leave-one-writer-out: ${new Set(untuned.map((item) => item.writer)).size} writers the phrase tables were never tuned to (${untuned.length} cases)`)
report(untuned, foldDecisions, logits)
perWriter(untuned, foldDecisions, logits)
if (flags.misses) {
  const score = scoreCases(untuned, predictor('both', foldDecisions, logits))
  for (const miss of score.misses.filter((item) => item.rule === flags.misses)) console.log(`  ${miss.kind} ${miss.id}: ${miss.text}`)
}

const final = finalModel(data, logits, settings)
if (frozen.length > 0) {
  section(`frozen split: ${[...new Set(frozen.map((item) => item.writer))].join(', ')} (${frozen.length} cases), scored by the shipped model`)
  report(frozen, () => final.decisions, final.logits)
  // Short common strings ("Payment failed.") recur across writers; a frozen text a training case shares word for word was seen in training.
  const sameText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()
  const trainingTexts = new Set(data.cases.filter((item) => !item.frozen).map((item) => sameText(item.text)))
  const unseen = frozen.filter((item) => !trainingTexts.has(sameText(item.text)))
  section(`frozen split, only the ${unseen.length} texts no training case shares word for word (${frozen.length - unseen.length} left out)`)
  report(unseen, () => final.decisions, final.logits)
}

catalogFlagRate(data, foldDecisions, logits)
perspective()
const lint = (text: string) => lintText(text)
section(`suggestions: what lintText finds in the non-frozen writers' ${data.cases.length - frozen.length} cases`)
console.log(formatSuggestionMeasures(measureSuggestions(data.cases.filter((item) => !item.frozen).map((item) => item.text), lint), 50, 9))
if (frozen.length > 0) {
  section(`suggestions: what lintText finds in the frozen split's ${frozen.length} cases`)
  console.log(formatSuggestionMeasures(measureSuggestions(frozen.map((item) => item.text), lint), 50, 9))
}

console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`)

function report(cases: readonly CorpusCase[], decisionsOf: (index: number) => Decisions, values: Float64Array): void {
  const scores: Array<[string, Score]> = [
    ['phrase tables alone', scoreCases(cases, predictor('phrase', decisionsOf, values))],
    ['learned scorer alone', scoreCases(cases, predictor('learned', decisionsOf, values))],
    ['both (what lintText reports)', scoreCases(cases, predictor('both', decisionsOf, values))]
  ]
  for (const [name, score] of scores) console.log(`\n${name}\n${formatScore(score)}`)
}

function perWriter(cases: readonly CorpusCase[], decisionsOf: (index: number) => Decisions, values: Float64Array): void {
  console.log('\nper writer (both layers): precision recall')
  for (const writer of [...new Set(cases.map((item) => item.writer))].sort()) {
    const score = scoreCases(
      cases.filter((item) => item.writer === writer),
      predictor('both', decisionsOf, values)
    )
    console.log(`  ${writer.padEnd(12)} ${score.micro.precision.toFixed(2)} ${score.micro.recall.toFixed(2)}`)
  }
}

function catalogFlagRate(data: Data, decisionsOf: (index: number) => Decisions, values: Float64Array): void {
  const catalogIndexes = examples.flatMap((example, index) => (example.source === 'catalog' ? [index] : []))
  section(`real catalogs: ${catalogIndexes.length} strings from ${new Set(data.catalog.map((item) => item.package)).size} packages, out of fold`)
  const flagged: string[] = []
  const findings: Array<{index: number; rule: number}> = []
  const review: string[] = []
  console.log(`${'rule'.padEnd(20)} ${'phrase'.padStart(7)} ${'learned'.padStart(8)} ${'both'.padStart(6)}   per 1,000 strings (both)`)
  const flaggedIndexes = new Set<number>()
  for (const [rule, id] of ruleIds.entries()) {
    let phrase = 0
    let learned = 0
    let both = 0
    for (const index of catalogIndexes) {
      const p = phraseFires(index, rule, decisionsOf(index), values)
      const l = learnedFires(index, rule, decisionsOf(index), values)
      if (phraseFires(index, rule)) phrase++
      if (l) learned++
      if (p || l) {
        both++
        flaggedIndexes.add(index)
        findings.push({index, rule})
        const verdict = examples[index]!.labels[rule] === 1 ? 'confirmed' : 'unconfirmed'
        flagged.push(`${id} (${verdict}): ${examples[index]!.text.replaceAll('\n', ' ').slice(0, 140)}  [${examples[index]!.group.slice(8)}]`)
        review.push(JSON.stringify({rule: id, verdict, layer: p ? (l ? 'both' : 'phrase') : 'learned', group: examples[index]!.group, text: examples[index]!.text}))
      }
    }

    console.log(`${id.padEnd(20)} ${String(phrase).padStart(7)} ${String(learned).padStart(8)} ${String(both).padStart(6)}   ${((1000 * both) / catalogIndexes.length).toFixed(1)}`)
  }

  const anyFlagged = flaggedIndexes.size
  console.log(`strings with any finding: ${anyFlagged} of ${catalogIndexes.length} (${((100 * anyFlagged) / Math.max(1, catalogIndexes.length)).toFixed(2)}%)`)
  const unconfirmed = findings.filter(({index, rule}) => examples[index]!.labels[rule] !== 1).length
  console.log(`findings a reviewer did not confirm (catalogs/labels.jsonl): ${unconfirmed} of ${findings.length} (1 in ${(findings.length / Math.max(1, unconfirmed)).toFixed(1)})`)
  if (flags['catalog-findings'] !== undefined) {
    writeFileSync(flags['catalog-findings'], review.join('\n') + '\n')
    console.log(`every finding written to ${flags['catalog-findings']}`)
  }

  console.log('\n30 random flagged strings, for review:')
  for (const line of shuffle(flagged, seededRandom(30)).slice(0, 30)) console.log(`  ${line}`)
}

// Over the corpus files only (not the rule pages' examples), as docs/perspective.md reports it.
function perspective(): void {
  const corpus = readCorpus()
  section('perspective score: customer-centred negatives against seller-centred positives')
  const splits: Array<[string, CorpusCase[], string]> = [
    ['corpus (not frozen)', corpus.filter((item) => !item.frozen), 'in-sample: the shipped tables and model were made on these'],
    ['frozen split', corpus.filter((item) => item.frozen), 'never trained or tuned on']
  ]
  for (const [name, cases, findingsNote] of splits) {
    console.log(`\n${name}, words alone (no findings)\n${formatSeparation(perspectiveSeparation(cases, () => []))}`)
    console.log(`${name}, with lintText's findings (${findingsNote})\n${formatSeparation(perspectiveSeparation(cases, (item) => lintText(item.text)))}`)
  }
}

function section(title: string): void {
  console.log(`\n== ${title} ==`)
}
