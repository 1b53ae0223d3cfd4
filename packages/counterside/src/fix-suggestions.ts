/**
 * `--fix-suggestions`: the first suggestion of each finding applied to a
 * file's text. A fix is only ever made where the copy is written exactly as
 * it reads (no escape, entity or markup inside the replaced range, which
 * keeps catalog keys and markup out of reach), and it is kept only if the
 * file, extracted again, reads as the copy with the replacement: a
 * replacement that this format would need escaped is left for a person.
 */
import type {Extraction} from './formats/extraction.js'
import type {LintMessage} from './messages.js'
import type {TextUnit} from './units.js'

export interface FixChange {
  readonly ruleId: string
  readonly line: number
  readonly column: number
  /** The words replaced, as they were in the file. */
  readonly before: string
  readonly after: string
}

export interface FixLeft {
  readonly ruleId: string
  readonly line: number
  readonly column: number
  /** Why it was not applied, for the writer. */
  readonly reason: string
}

export interface FixOutcome {
  readonly text: string
  readonly applied: readonly FixChange[]
  readonly left: readonly FixLeft[]
}

interface Candidate {
  readonly message: LintMessage & {readonly ruleId: string}
  readonly start: number
  readonly end: number
  readonly text: string
  /** The suggestion as offered (before narrowing), for the writer: file words and replacement. */
  readonly shown: {readonly before: string; readonly after: string}
}

export function fixSuggestions(text: string, messages: readonly LintMessage[], extract: (text: string) => Extraction): FixOutcome {
  const left: FixLeft[] = []
  const leave = (candidate: Candidate, reason: string) => left.push({ruleId: candidate.message.ruleId, line: candidate.message.line, column: candidate.message.column, reason})
  const units = extract(text).units.map((unit) => new IndexedUnit(unit))
  const chosen: Candidate[] = []
  let reach = -1
  for (const offered of candidatesOf(text, messages)) {
    const candidate = narrowed(offered, units)
    if (candidate.start < reach) leave(candidate, 'it overlaps another fix; run --fix-suggestions again')
    else if (!writtenAsRead(text, units, candidate)) leave(candidate, 'the words are not written as they read there (an escape, entity or markup inside them); make it by hand')
    else {
      chosen.push(candidate)
      reach = Math.max(reach, candidate.end)
    }
  }

  const sound = soundSubset(chosen, (subset) => readsAsExpected(text, units, subset, extract))
  const kept = new Set(sound)
  for (const candidate of chosen) if (!kept.has(candidate)) leave(candidate, 'the replacement would need escaping in this file, or would change how it reads; make it by hand')
  const applied = sound.map((candidate) => ({ruleId: candidate.message.ruleId, line: candidate.message.line, column: candidate.message.column, ...candidate.shown}))
  return {text: applyAll(text, sound), applied, left: left.sort((a, b) => a.line - b.line || a.column - b.column)}
}

/**
 * The fixes that pass `check` together: all of them when they do, else each
 * half's, found by halving, so a bad fix among n costs about log n checks
 * (each check extracts the whole file again).
 */
function soundSubset(candidates: readonly Candidate[], check: (subset: readonly Candidate[]) => boolean): Candidate[] {
  if (candidates.length === 0 || check(candidates)) return [...candidates]
  if (candidates.length === 1) return []
  const middle = candidates.length >> 1
  const first = soundSubset(candidates.slice(0, middle), check)
  const merged = [...first, ...soundSubset(candidates.slice(middle), check)]
  // Two halves fine apart can still clash (two “*” that make emphasis): keep the first half's then.
  return check(merged) ? merged : first
}

/** The first suggestion of every finding that has one, in file order. */
function candidatesOf(text: string, messages: readonly LintMessage[]): Candidate[] {
  const candidates: Candidate[] = []
  for (const message of messages) {
    const [first] = message.suggestions
    if (!first || message.ruleId === null) continue
    const [start, end] = first.fix.range
    candidates.push({message: message as Candidate['message'], start, end, text: first.fix.text, shown: {before: text.slice(start, end), after: first.fix.text}})
  }

  return candidates.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * A sentence rewrite usually changes a few characters of its sentence
 * (“now!!!” → “now!”): the edit is narrowed to what differs from the copy,
 * so an escape or markup elsewhere in the sentence does not keep it from
 * being made, and two fixes in one sentence need not overlap.
 */
function narrowed(candidate: Candidate, units: readonly IndexedUnit[]): Candidate {
  for (const unit of units) {
    const range = unit.copyRange(candidate.start, candidate.end)
    if (!range) continue
    const copy = unit.unit.text.slice(range[0], range[1])
    const replacement = candidate.text
    let prefix = 0
    while (prefix < copy.length && prefix < replacement.length && copy[prefix] === replacement[prefix]) prefix++
    // Never split a surrogate pair.
    if (prefix > 0 && isHighSurrogate(copy.charCodeAt(prefix - 1))) prefix--
    let suffix = 0
    while (suffix < copy.length - prefix && suffix < replacement.length - prefix && copy[copy.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]) suffix++
    if (suffix > 0 && isLowSurrogate(copy.charCodeAt(copy.length - suffix))) suffix--
    // A pure insertion has no characters to map its place by: keep the whole range.
    if (prefix + suffix >= copy.length) return candidate
    const from = range[0] + prefix
    const to = range[1] - suffix
    return {...candidate, start: unit.unit.starts[from]!, end: unit.unit.ends[to - 1]!, text: replacement.slice(prefix, replacement.length - suffix)}
  }

  return candidate
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Later ranges first, so the earlier offsets still hold. */
function applyAll(text: string, candidates: readonly Candidate[]): string {
  let fixed = text
  for (const candidate of [...candidates].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, candidate.start) + candidate.text + fixed.slice(candidate.end)
  return fixed
}

/** The longest source one character can come from (`\U0001F600`, `&#x1F600;`), to find a character that straddles a range's start. */
const longestEscape = 12

/** A unit with its characters indexed by the file offset they start at, so each fix looks up its range instead of scanning. */
class IndexedUnit {
  readonly unit: TextUnit
  readonly #byStart = new Map<number, number>()
  readonly #from: number
  readonly #to: number

  constructor(unit: TextUnit) {
    this.unit = unit
    let from = Infinity
    let to = -Infinity
    for (let index = unit.starts.length - 1; index >= 0; index--) {
      const start = unit.starts[index]!
      const end = unit.ends[index]!
      // Filler (a block break) covers no file character.
      if (end <= start) continue
      this.#byStart.set(start, index)
      from = Math.min(from, start)
      to = Math.max(to, end)
    }

    this.#from = from
    this.#to = to
  }

  /** Whether any of the unit's characters comes from the file's [start, end). */
  touches(start: number, end: number): boolean {
    if (this.#to <= start || this.#from >= end) return false
    for (let offset = start; offset < end; offset++) if (this.#byStart.has(offset)) return true
    for (let offset = Math.max(this.#from, start - longestEscape); offset < start; offset++) {
      const index = this.#byStart.get(offset)
      if (index !== undefined && this.unit.ends[index]! > start) return true
    }

    return false
  }

  /** The copy's [from, to) whose characters come from exactly the file's [start, end), or `undefined`. */
  copyRange(start: number, end: number): [number, number] | undefined {
    const from = this.#byStart.get(start)
    if (from === undefined) return undefined
    let to = from
    while (to < this.unit.text.length && this.unit.ends[to]! <= end) to++
    return to > from && this.unit.ends[to - 1] === end ? [from, to] : undefined
  }

  /** Where the unit's characters are the file's [start, end) one for one, or `undefined`. */
  verbatimIndex(start: number, end: number): number | undefined {
    const index = this.#byStart.get(start)
    if (index === undefined || index + end - start > this.unit.text.length) return undefined
    for (let offset = 0; offset < end - start; offset++) {
      if (this.unit.starts[index + offset] !== start + offset || this.unit.ends[index + offset] !== start + offset + 1) return undefined
    }

    return index
  }
}

/** The range is copy in at least one unit, and every unit that reads any of it reads all of it, verbatim. */
function writtenAsRead(text: string, units: readonly IndexedUnit[], candidate: Candidate): boolean {
  if (candidate.end <= candidate.start) return false
  let found = false
  for (const unit of units) {
    if (!unit.touches(candidate.start, candidate.end)) continue
    const index = unit.verbatimIndex(candidate.start, candidate.end)
    if (index === undefined || unit.unit.text.slice(index, index + candidate.end - candidate.start) !== text.slice(candidate.start, candidate.end)) return false
    found = true
  }

  return found
}

/** The text with `candidates` applied, extracted again, reads as every unit with its replacements, keys unchanged. */
function readsAsExpected(text: string, units: readonly IndexedUnit[], candidates: readonly Candidate[], extract: (text: string) => Extraction): boolean {
  let fixed: readonly TextUnit[]
  try {
    fixed = extract(applyAll(text, candidates)).units
  } catch {
    return false
  }

  if (fixed.length !== units.length) return false
  return units.every((unit, position) => fixed[position]!.key === unit.unit.key && fixed[position]!.text === expectedText(unit, candidates))
}

function expectedText(unit: IndexedUnit, candidates: readonly Candidate[]): string {
  let expected = unit.unit.text
  const inUnit = candidates.filter((candidate) => unit.touches(candidate.start, candidate.end)).sort((a, b) => b.start - a.start)
  for (const candidate of inUnit) {
    const index = unit.verbatimIndex(candidate.start, candidate.end)!
    expected = expected.slice(0, index) + candidate.text + expected.slice(index + candidate.end - candidate.start)
  }

  return expected
}
