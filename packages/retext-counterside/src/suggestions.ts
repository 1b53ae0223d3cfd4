/**
 * What a finding offers in place of its words, the same for both layers:
 * the templates' rewrites, then the entry's own direct alternatives, and,
 * for a dead end, the kind of failure it reports.
 */
import {failureKind, kindLabel, type FailureKind} from './features/failure-kind.js'
import {maximumSuggestions, rewritesFor, type Rewrite, type WayForward} from './rewrites/index.js'
import {sentenceAround} from './rewrites/sentence.js'

export interface FindingSuggestions {
  /** Offsets into the block, best first, at most `maximumSuggestions`. */
  readonly suggestions: readonly Rewrite[]
  readonly kind?: FailureKind
}

export interface SuggestionInput {
  readonly ruleId: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly way: WayForward
  /** The entry's alternatives when they can replace the matched words as they stand. */
  readonly direct?: readonly string[]
}

export function suggestionsOf(input: SuggestionInput): FindingSuggestions {
  const templates = rewritesFor(input)
  // A template that rewrote the whole sentence read more of it than an alternative for the words alone,
  // which would leave the rest of the problem standing (“FINAL NOTICE: PAY … £412.80 IMMEDIATELY”).
  const whole = templates.some((rewrite) => rewrite.scope === 'sentence' && rewrite.offset <= input.start && rewrite.endOffset >= input.end)
  const matched = input.text.slice(input.start, input.end)
  const fromEntry = whole ? [] : (input.direct ?? []).filter((text) => text !== matched).map((text): Rewrite => ({text, offset: input.start, endOffset: input.end, scope: 'match'}))
  const seen = new Set<string>()
  const suggestions = [...templates, ...fromEntry].filter((rewrite) => {
    const key = `${rewrite.offset}:${rewrite.endOffset}:${rewrite.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  // Out of a sentence's reach, the flagged words alone tell the kind.
  const kind = input.ruleId === 'dead-end-error' ? failureKind(sentenceAround(input.text, input.start)?.body ?? input.text.slice(input.start, input.end)) : undefined
  return {suggestions: suggestions.slice(0, maximumSuggestions), ...(kind ? {kind} : {})}
}

/**
 * The block's text as templates read it: with the runs of spaces and tabs
 * just before and after it on its line, which the parse leaves outside the
 * paragraph; `lead` is how many came before. Where a catalog's placeholder
 * was blanked (“Failed to load {file}” read as “Failed to load       ”),
 * they are its place, which a rewrite keeps.
 */
export function withBlanksAround(file: string, block: string, at: number): {text: string; lead: number} {
  let from = at
  while (from > 0 && (file[from - 1] === ' ' || file[from - 1] === '\t')) from--
  let to = at + block.length
  while (to < file.length && (file[to] === ' ' || file[to] === '\t')) to++
  // One space is only a space (a line's end, JSX white space): a blanked placeholder is two or more.
  const lead = at - from >= 2 ? file.slice(from, at) : ''
  const trail = to - (at + block.length) >= 2 ? file.slice(at + block.length, to) : ''
  return {text: `${lead}${block}${trail}`, lead: lead.length}
}

/** The opening of a message: the rule's concern, and the kind of dead end (“… is a dead end (not found)”). */
export function concernWithKind(concern: string, kind: FailureKind | undefined): string {
  return kind ? `${concern} (${kindLabel(kind)})` : concern
}

/** “Write something like “…”.” for the best suggestion or alternative; undefined when there is none. */
export function writeInstead(first: string | undefined, second?: string): string | undefined {
  if (!first) return undefined
  const last = second ?? first
  // No full stop after a quote that already ends a sentence (“…for help.”).
  const stop = /[.!?…]$/.test(last) ? '' : '.'
  return `Write something like “${first}”${second ? ` or “${second}”` : ''}${stop}`
}
