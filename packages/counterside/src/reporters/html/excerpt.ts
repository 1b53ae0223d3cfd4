/**
 * The lines around a finding, clipped: a long line (a minified catalog is
 * one line) is cut to a window either side of the words, so each excerpt
 * stays short however large the file and however many findings it has.
 */
import {LineIndex} from '../../positions.js'

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

/** A text with its line starts, found once per file so each excerpt is a binary search. */
export class LineStarts {
  readonly #index: LineIndex

  constructor(readonly text: string) {
    this.#index = new LineIndex(text)
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    return this.#index.lineAt(offset)
  }

  startOf(line: number): number {
    return this.#index.lineStart(line + 1)
  }

  /** Just past the line's last character, before its line break. */
  endOf(line: number): number {
    const next = this.#index.nextLineStart(line)
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
