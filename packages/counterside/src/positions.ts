/** Offsets to 1-based line and column (UTF-16 units, as ESLint and editors count). */
export class LineIndex {
  readonly #starts: number[] = [0]

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) this.#starts.push(index + 1)
  }

  locate(offset: number): {line: number; column: number} {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.#starts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - this.#starts[low]! + 1}
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.#starts[Math.min(Math.max(line, 1), this.#starts.length) - 1]!
  }
}

/**
 * A UTF-16 column (1-based) of a line as a UTF-8 byte column (1-based): one
 * more than the UTF-8 length of the line's text before it. `lineOneBytes` is
 * added on line 1 for a byte order mark the decoder took off. A column past
 * the end of the text counts the missing characters as one byte each.
 */
export function utf8Column(text: string, lines: LineIndex, line: number, column: number, lineOneBytes = 0): number {
  const start = lines.lineStart(line)
  const prefix = text.slice(start, start + column - 1)
  return Buffer.byteLength(prefix, 'utf8') + (column - 1 - prefix.length) + 1 + (line === 1 ? lineOneBytes : 0)
}
