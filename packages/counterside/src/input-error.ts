/**
 * A file counterside cannot read or parse. It carries the place and the fix,
 * so the report says what to do, and the run goes on with the other files.
 */
import {LineIndex} from './positions.js'

type Place = {line?: number | undefined; column?: number | undefined} | {offset: number}

export class InputError extends Error {
  override name = 'InputError'
  readonly line: number
  readonly column: number
  /** Offset into the decoded text, when the code that found the problem had no line index at hand. */
  readonly offset: number | undefined
  readonly fix: string

  constructor(message: string, place: Place, fix: string) {
    super(message)
    this.offset = 'offset' in place ? place.offset : undefined
    this.line = 'line' in place ? (place.line ?? 1) : 1
    this.column = 'column' in place ? (place.column ?? 1) : 1
    this.fix = fix
  }

  /** This error with its line and column, found from its offset into `text`. */
  placedIn(text: string): InputError {
    return this.offset === undefined ? this : new InputError(this.message, new LineIndex(text).locate(this.offset), this.fix)
  }
}
