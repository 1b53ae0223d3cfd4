/**
 * The lines around a finding, clipped: a long line (a minified catalog is
 * one line) is cut to a window either side of the words, so each excerpt
 * stays short however large the file and however many findings it has.
 */

export interface Excerpt {
  /** 1-based line of the excerpt's first character. */
  readonly line: number
  readonly before: string
  /** The flagged words, exactly as in the file. */
  readonly words: string
  readonly after: string
}

/** Characters kept either side of the words on their lines. */
const window = 120
/** Flagged words longer than this are cut in the middle (a run-on all-caps paragraph). */
const longestWords = 2000

/** Line starts of a text, found once per file so each excerpt is a binary search. */
export class LineStarts {
  readonly #starts: number[] = [0]

  constructor(readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.#starts.push(index + 1)
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.#starts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return low
  }

  startOf(line: number): number {
    return this.#starts[line]!
  }

  /** Just past the line's last character, before its line break. */
  endOf(line: number): number {
    const next = this.#starts[line + 1]
    return next === undefined ? this.text.length : next - 1
  }
}

/** The excerpt for `[offset, endOffset)`, or undefined when the offsets do not fit the text (it changed, or is not at hand). */
export function excerptAt(lines: LineStarts, offset: number, endOffset: number): Excerpt | undefined {
  const {text} = lines
  if (!Number.isInteger(offset) || !Number.isInteger(endOffset) || offset < 0 || endOffset < offset || endOffset > text.length) return undefined
  const firstLine = lines.lineOf(offset)
  const lineStart = lines.startOf(firstLine)
  const lineEnd = lines.endOf(lines.lineOf(Math.max(offset, endOffset - 1)))
  const from = Math.max(lineStart, offset - window)
  const to = Math.min(Math.max(lineEnd, endOffset), endOffset + window)
  const words = text.slice(offset, endOffset)
  return {
    line: firstLine + 1,
    before: (from > lineStart ? '…' : '') + text.slice(from, offset),
    words: words.length > longestWords ? `${words.slice(0, longestWords / 2)} … ${words.slice(-longestWords / 2)}` : words,
    after: text.slice(endOffset, to) + (to < lineEnd ? '…' : '')
  }
}
