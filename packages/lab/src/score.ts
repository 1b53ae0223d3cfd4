/**
 * Precision and recall, scored once per case and rule however many findings
 * a rule has on the text. A `partial` case scores only the rules it lists:
 * the others were never labelled, so a firing there is not a false positive.
 */
import {ruleIds, type RuleId} from 'retext-counterside'
import type {CorpusCase} from './corpus.js'

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface RuleScore extends Counts {
  readonly rule: RuleId
  readonly precision: number
  readonly recall: number
}

export interface Miss {
  readonly id: string
  readonly rule: RuleId
  readonly kind: 'fp' | 'fn'
  readonly text: string
}

export interface Score {
  readonly perRule: readonly RuleScore[]
  readonly micro: Counts & {readonly precision: number; readonly recall: number}
  /** Cases expecting nothing that got any finding. */
  readonly falseAlarms: number
  readonly negatives: number
  readonly misses: readonly Miss[]
}

export type Predictor = (item: CorpusCase) => ReadonlySet<RuleId>

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}

export function scoreCases(cases: readonly CorpusCase[], predict: Predictor): Score {
  const counts = new Map<RuleId, Counts>(ruleIds.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
  const misses: Miss[] = []
  let falseAlarms = 0
  let negatives = 0
  for (const item of cases) {
    const fired = predict(item)
    for (const rule of ruleIds) {
      const want = item.expect.includes(rule)
      if (item.partial && !want) continue
      const got = fired.has(rule)
      const count = counts.get(rule)!
      if (got && want) count.tp++
      else if (got) {
        count.fp++
        misses.push({id: item.id, rule, kind: 'fp', text: item.text})
      } else if (want) {
        count.fn++
        misses.push({id: item.id, rule, kind: 'fn', text: item.text})
      }
    }

    if (item.expect.length === 0) {
      negatives++
      if (fired.size > 0) falseAlarms++
    }
  }

  const perRule = ruleIds.map((rule) => withRatios(rule, counts.get(rule)!))
  const total = perRule.reduce((sum, row) => ({tp: sum.tp + row.tp, fp: sum.fp + row.fp, fn: sum.fn + row.fn}), {tp: 0, fp: 0, fn: 0})
  return {perRule, micro: {...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn)}, falseAlarms, negatives, misses}
}

function withRatios(rule: RuleId, {tp, fp, fn}: Counts): RuleScore {
  return {rule, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn)}
}

export function formatScore(score: Score): string {
  const row = (name: string, {tp, fp, fn}: Counts, precision: number, recall: number): string =>
    `${name.padEnd(20)} ${String(tp).padStart(5)} ${String(fp).padStart(5)} ${String(fn).padStart(5)}   ${precision.toFixed(2)}      ${recall.toFixed(2)}`
  const lines = [`${'rule'.padEnd(20)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}   precision recall`]
  for (const rule of score.perRule) lines.push(row(rule.rule, rule, rule.precision, rule.recall))
  lines.push(row('micro-average', score.micro, score.micro.precision, score.micro.recall))
  lines.push(`false alarms: ${score.falseAlarms} of ${score.negatives} cases that expect nothing`)
  return lines.join('\n')
}
