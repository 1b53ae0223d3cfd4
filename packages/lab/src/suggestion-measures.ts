/**
 * The suggestion measures of `pnpm eval` (issue 9): over the findings on a
 * set of texts, how many carry a direct suggestion, how many suggestions
 * lint clean for their rule once applied, how much one suggestion text
 * dominates, and a seeded sample of (words → suggestion) pairs to judge by
 * hand. Pure: the linter is passed in, so a test can drive it.
 */
import type {Finding} from '@counterside/core'
import {seededRandom, shuffle} from './model/random.js'

export interface SuggestionPair {
  readonly ruleId: string
  readonly scope: 'match' | 'sentence'
  /** The words the suggestion replaces, as written. */
  readonly before: string
  readonly after: string
}

export interface SuggestionMeasures {
  readonly findings: number
  /** Findings with at least one suggestion. */
  readonly withSuggestion: number
  readonly suggestions: number
  /** Suggestions that, applied, leave no finding of their rule on the words they wrote. */
  readonly clean: number
  /** The suggestion text given most often, and how often. */
  readonly mostRepeated: {readonly text: string; readonly count: number} | undefined
  readonly pairs: readonly SuggestionPair[]
}

export type Lint = (text: string) => readonly Finding[]

export function measureSuggestions(texts: readonly string[], lint: Lint): SuggestionMeasures {
  let findings = 0
  let withSuggestion = 0
  let clean = 0
  const pairs: SuggestionPair[] = []
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const finding of lint(text)) {
      findings++
      if (finding.suggestions.length > 0) withSuggestion++
      for (const suggestion of finding.suggestions) {
        pairs.push({ruleId: finding.ruleId, scope: suggestion.scope, before: text.slice(suggestion.offset, suggestion.endOffset), after: suggestion.text})
        counts.set(suggestion.text, (counts.get(suggestion.text) ?? 0) + 1)
        const fixed = text.slice(0, suggestion.offset) + suggestion.text + text.slice(suggestion.endOffset)
        const written = {start: suggestion.offset, end: suggestion.offset + suggestion.text.length}
        // Clean for its rule: nothing of that rule on the words the suggestion wrote. A finding beside them (“SALE!!” is two) is another finding.
        if (!lint(fixed).some((after) => after.ruleId === finding.ruleId && overlaps(after, written))) clean++
      }
    }
  }

  let mostRepeated: SuggestionMeasures['mostRepeated']
  for (const [text, count] of counts) if (!mostRepeated || count > mostRepeated.count) mostRepeated = {text, count}
  return {findings, withSuggestion, suggestions: pairs.length, clean, mostRepeated, pairs}
}

/** Shares a character with `written`, or sits on it when it is empty (a deletion). */
function overlaps(finding: Finding, written: {start: number; end: number}): boolean {
  return written.start === written.end ? finding.offset <= written.end && finding.endOffset >= written.start : finding.offset < written.end && finding.endOffset > written.start
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`)

/** The measures against the issue's targets, and `sample` pairs drawn with `seed`. */
export function formatSuggestionMeasures(measures: SuggestionMeasures, sample: number, seed: number): string {
  const {findings, withSuggestion, suggestions, clean, mostRepeated} = measures
  const lines = [
    `findings with a direct suggestion: ${withSuggestion} of ${findings} (${percent(withSuggestion, findings)}; target ≥ 70%)`,
    `suggestions that lint clean for their rule when applied: ${clean} of ${suggestions} (${percent(clean, suggestions)}; target ≥ 95%)`,
    `most repeated suggestion: ${mostRepeated ? `${mostRepeated.count} of ${suggestions} (${percent(mostRepeated.count, suggestions)}; target ≤ 5%): “${mostRepeated.text}”` : 'none'}`
  ]
  const drawn = shuffle([...measures.pairs], seededRandom(seed)).slice(0, sample)
  lines.push(`${drawn.length} random (text → suggestion) pairs, for review:`)
  for (const pair of drawn) lines.push(`  ${pair.ruleId} (${pair.scope}): “${oneLine(pair.before)}” → “${oneLine(pair.after)}”`)
  return lines.join('\n')
}

function oneLine(text: string): string {
  return text.replaceAll('\n', ' ')
}
