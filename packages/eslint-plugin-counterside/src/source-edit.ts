/**
 * Copy-unit ranges back to source ranges: where a finding is, and the edit
 * a suggestion makes in the code it came from.
 */
import type {Suggestion} from '@counterside/core'
import {escapeForSource} from './escape-for-source.js'
import type {TextUnit} from './text-unit.js'

/** The source range of the unit's characters [offset, endOffset), clamped into the unit. */
export function sourceRange(unit: TextUnit, offset: number, endOffset: number): [number, number] {
  const first = Math.min(Math.max(offset, 0), unit.text.length - 1)
  const last = Math.min(Math.max(endOffset - 1, first), unit.text.length - 1)
  return [unit.starts[first]!, unit.ends[last]!]
}

/**
 * A suggestion as a source edit, or `undefined` when it cannot be one: its
 * range is outside the unit or crosses a segment boundary (an element, an
 * expression, a `+`), or its text cannot be written in that notation.
 */
export function sourceEdit(unit: TextUnit, suggestion: Suggestion): {range: [number, number]; text: string} | undefined {
  const {offset, endOffset} = suggestion
  if (offset < 0 || endOffset > unit.text.length || endOffset <= offset) return undefined
  // Segments are numbered in text order, so equal ends mean one segment throughout.
  const segment = unit.segments[offset]!
  if (unit.segments[endOffset - 1] !== segment) return undefined
  const text = escapeForSource(suggestion.text, unit.kinds[segment]!)
  return text === undefined ? undefined : {range: sourceRange(unit, offset, endOffset), text}
}
