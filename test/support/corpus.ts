/**
 * Precision and recall on the labelled corpus, scored as its README says:
 * once per case and rule, however many findings a rule has on the text.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {lintText, rules} from '@counterside/core'

export const corpusPath = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url))

export interface CorpusCase {
  readonly id: string
  readonly text: string
  readonly expect: readonly string[]
  readonly setting: string
  readonly note: string
}

export interface RuleScore {
  readonly rule: string
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly precision: number
  readonly recall: number
}

export interface CorpusScore {
  readonly perRule: readonly RuleScore[]
  readonly micro: {readonly precision: number; readonly recall: number; readonly tp: number; readonly fp: number; readonly fn: number}
  readonly falseAlarms: number
  readonly misses: ReadonlyArray<{id: string; rule: string; kind: 'fp' | 'fn'; text: string}>
}

export function readCorpus(path = corpusPath): CorpusCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase)
}

export function scoreCorpus(cases: readonly CorpusCase[]): CorpusScore {
  const ids = rules.map((rule) => rule.id as string)
  const counts = new Map(ids.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
  const misses: Array<{id: string; rule: string; kind: 'fp' | 'fn'; text: string}> = []
  let falseAlarms = 0
  for (const item of cases) {
    const fired = new Set<string>(lintText(item.text).map((finding) => finding.ruleId))
    for (const rule of ids) {
      const want = item.expect.includes(rule)
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

    if (item.expect.length === 0 && fired.size > 0) falseAlarms++
  }

  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b)
  const perRule = ids.map((rule) => {
    const {tp, fp, fn} = counts.get(rule)!
    return {rule, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn)}
  })
  const tp = perRule.reduce((sum, score) => sum + score.tp, 0)
  const fp = perRule.reduce((sum, score) => sum + score.fp, 0)
  const fn = perRule.reduce((sum, score) => sum + score.fn, 0)
  return {perRule, micro: {tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn)}, falseAlarms, misses}
}

export function formatScore(score: CorpusScore): string {
  const pad = (value: string, width: number): string => value.padEnd(width)
  const lines = [`${pad('rule', 20)} ${pad('tp', 4)} ${pad('fp', 4)} ${pad('fn', 4)} precision recall`]
  for (const row of score.perRule) {
    lines.push(`${pad(row.rule, 20)} ${pad(String(row.tp), 4)} ${pad(String(row.fp), 4)} ${pad(String(row.fn), 4)} ${row.precision.toFixed(2).padEnd(9)} ${row.recall.toFixed(2)}`)
  }

  const {micro} = score
  lines.push(`${pad('micro-average', 20)} ${pad(String(micro.tp), 4)} ${pad(String(micro.fp), 4)} ${pad(String(micro.fn), 4)} ${micro.precision.toFixed(2).padEnd(9)} ${micro.recall.toFixed(2)}`)
  lines.push(`false alarms on hard negatives: ${score.falseAlarms}`)
  return lines.join('\n')
}
