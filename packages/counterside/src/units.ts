/**
 * Text units: the prose an extractor pulls out of a file, with the file
 * offset every character came from, so a finding in the prose can be put
 * back on the exact line and column of the file.
 */
export interface TextUnit {
  readonly text: string
  /** File offset of each character of `text`. */
  readonly starts: readonly number[]
  /** File offset just past each character (an escape like `\n` spans two). */
  readonly ends: readonly number[]
  /** The message key, for units taken from a catalog. */
  readonly key?: string | undefined
}

/** Builds a unit piece by piece; pieces keep their own mapping. */
export class UnitBuilder {
  #text = ''
  readonly #starts: number[] = []
  readonly #ends: number[] = []

  /** Characters copied verbatim from the file at `start`. */
  pushVerbatim(text: string, start: number): void {
    this.#text += text
    for (let index = 0; index < text.length; index++) {
      this.#starts.push(start + index)
      this.#ends.push(start + index + 1)
    }
  }

  /** Characters with their own mapping (decoded strings, escapes). */
  pushMapped(text: string, starts: readonly number[], ends: readonly number[]): void {
    this.#text += text
    // A loop, not push(...spread): a long text node would overflow the call stack.
    for (let index = 0; index < starts.length; index++) {
      this.#starts.push(starts[index]!)
      this.#ends.push(ends[index]!)
    }
  }

  /** Filler that is not in the file (a block break, a neutral space), pinned at `at`. */
  pushFiller(text: string, at: number): void {
    this.#text += text
    for (let index = 0; index < text.length; index++) {
      this.#starts.push(at)
      this.#ends.push(at)
    }
  }

  get length(): number {
    return this.#text.length
  }

  build(key?: string): TextUnit {
    return {text: this.#text, starts: this.#starts, ends: this.#ends, key}
  }
}

/** A unit of a string taken character for character from the file. */
export function verbatimUnit(text: string, start: number, key?: string): TextUnit {
  const builder = new UnitBuilder()
  builder.pushVerbatim(text, start)
  return builder.build(key)
}

/** Re-map a unit whose offsets point into `outer.text` so they point into the file. */
export function throughUnit(inner: TextUnit, outer: TextUnit): TextUnit {
  const last = outer.ends.at(-1) ?? 0
  return {
    text: inner.text,
    starts: inner.starts.map((offset) => outer.starts[offset] ?? last),
    ends: inner.ends.map((offset) => (offset > 0 ? (outer.ends[offset - 1] ?? last) : (outer.starts[0] ?? last))),
    key: inner.key ?? outer.key
  }
}
