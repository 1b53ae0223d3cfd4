/** Offsets to 1-based line and column (UTF-16 units, as ESLint and editors count). */
export class LineIndex {
  readonly #starts: number[] = [0]

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) this.#starts.push(index + 1)
  }

  locate(offset: number): {line: number; column: number} {
    const line = this.lineAt(offset)
    return {line: line + 1, column: offset - this.#starts[line]! + 1}
  }

  /** 0-based index of the line holding `offset` (a binary search). */
  lineAt(offset: number): number {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.#starts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return low
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.#starts[Math.min(Math.max(line, 1), this.#starts.length) - 1]!
  }

  /** Offset of the start of the line after 0-based `line`, or `undefined` on the last line. */
  nextLineStart(line: number): number | undefined {
    return this.#starts[line + 1]
  }
}

/**
 * UTF-16 columns (1-based) of one text as UTF-8 byte columns (1-based): one
 * more than the UTF-8 length of the line's text before the column.
 * `lineOneBytes` is added on line 1 for a byte order mark the decoder took
 * off. A column past the end of the text counts the missing characters as
 * one byte each.
 *
 * Linear overall: a line is measured once, in blocks, the first time a
 * column on it is asked for, and the byte count before each block is kept;
 * a column then costs at most one block of counting. Slicing the prefix per
 * finding instead made a long line with many findings quadratic (issue 8:
 * 4 MB on one line took 44 s).
 */
export class Utf8Columns {
  static readonly blockSize = 256
  /** Code units counted so far; a test reads it to check each line is walked once. */
  unitsCounted = 0
  readonly #text: string
  readonly #lines: LineIndex
  readonly #lineOneBytes: number
  /** Per line asked for: the UTF-8 bytes before each block of `blockSize` units (the first is 0). */
  readonly #blocks = new Map<number, number[]>()

  constructor(text: string, lines: LineIndex, lineOneBytes = 0) {
    this.#text = text
    this.#lines = lines
    this.#lineOneBytes = lineOneBytes
  }

  column(line: number, column: number): number {
    const start = this.#lines.lineStart(line)
    const units = Math.max(0, Math.min(column - 1, this.#text.length - start))
    let blocks = this.#blocks.get(line)
    if (!blocks) this.#blocks.set(line, blocks = [0])
    const block = Math.floor(units / Utf8Columns.blockSize)
    while (blocks.length <= block) {
      const from = start + (blocks.length - 1) * Utf8Columns.blockSize
      blocks.push(blocks.at(-1)! + this.#bytes(from, from + Utf8Columns.blockSize))
    }

    const bytes = blocks[block]! + this.#bytes(start + block * Utf8Columns.blockSize, start + units)
    return bytes + (column - 1 - units) + 1 + (line === 1 ? this.#lineOneBytes : 0)
  }

  /** UTF-8 length of the units in [from, to), counted per unit so any split point adds up: a surrogate pair is 2 + 2, a lone surrogate 3 (its replacement character). */
  #bytes(from: number, to: number): number {
    const text = this.#text
    let bytes = 0
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index)
      if (code < 0x80) bytes += 1
      else if (code < 0x800) bytes += 2
      else if (code >= 0xd800 && code <= 0xdbff) bytes += isLow(text.charCodeAt(index + 1)) ? 2 : 3
      else if (code >= 0xdc00 && code <= 0xdfff) bytes += isHigh(text.charCodeAt(index - 1)) ? 2 : 3
      else bytes += 3
    }

    this.unitsCounted += Math.max(0, to - from)
    return bytes
  }
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
