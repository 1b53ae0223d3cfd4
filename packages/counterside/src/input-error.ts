/**
 * A file counterside cannot read or parse. It carries the place and the fix,
 * so the report says what to do, and the run goes on with the other files.
 */
export class InputError extends Error {
  override name = 'InputError'
  readonly line: number
  readonly column: number
  readonly fix: string

  constructor(message: string, place: {line?: number | undefined; column?: number | undefined}, fix: string) {
    super(message)
    this.line = place.line ?? 1
    this.column = place.column ?? 1
    this.fix = fix
  }
}
