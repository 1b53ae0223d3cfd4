/**
 * A file's perspective score (docs/perspective.md) over the copy it was
 * linted as: its prose units one after another, a line break between two
 * so that no sentence runs from one catalog message into the next, and not
 * the file's syntax (keys, markup, placeholders).
 */
import {perspectiveOf, type Finding, type Perspective} from '@counterside/core'
import type {TextUnit} from './units.js'

/** A finding of `lintText` on the text of `units[unit]`, in that unit's offsets. */
export interface UnitFinding {
  readonly unit: number
  readonly finding: Finding
}

export function perspectiveOfUnits(units: readonly TextUnit[], findings: readonly UnitFinding[]): Perspective {
  const starts: number[] = []
  let length = 0
  for (const unit of units) {
    starts.push(length)
    length += unit.text.length + 1
  }

  const shifted = findings.map(({unit, finding}) => ({...finding, offset: starts[unit]! + finding.offset, endOffset: starts[unit]! + finding.endOffset}))
  return perspectiveOf(units.map((unit) => unit.text).join('\n'), shifted)
}
