/**
 * Text units: the prose an extractor pulls out of a file, with the file
 * offset every character came from, so a finding in the prose can be put
 * back on the exact line and column of the file.
 */
/**
 * File offsets, one per character: a plain array for short units, 32-bit
 * integers for the long ones the builder makes (half the memory of an
 * array of numbers, which is what a 50 MB page's one unit needs).
 */
export type Offsets = readonly number[] | Int32Array

export interface TextUnit {
  readonly text: string
  /** File offset of each character of `text`. */
  readonly starts: Offsets
  /** File offset just past each character (an escape like `\n` spans two). */
  readonly ends: Offsets
  /** The message key, for units taken from a catalog. */
  readonly key?: string | undefined
  /**
   * The unit goes on the one before it as one text, with no line break
   * between: a long page's one unit, streamed in pieces cut at block breaks.
   */
  readonly continuesPrevious?: true
}

/** Units shorter than this keep plain arrays: the saving is in long ones, and plain arrays are simpler to use. */
const typedFrom = 4096

/** Offsets in a typed array that grows by half as it fills. */
class OffsetList {
  #values = new Int32Array(64)
  #length = 0

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Int32Array(Math.ceil(this.#values.length * 1.5))
      grown.set(this.#values)
      this.#values = grown
    }

    this.#values[this.#length++] = value
  }

  /** The offsets pushed, exactly as many: a plain array when few (a catalog message), else typed. */
  take(): Offsets {
    return this.#length < typedFrom ? Array.from(this.#values.subarray(0, this.#length)) : this.#values.slice(0, this.#length)
  }
}

/** Builds a unit piece by piece; pieces keep their own mapping. */
export class UnitBuilder {
  #text = ''
  readonly #starts = new OffsetList()
  readonly #ends = new OffsetList()

  /** Characters copied verbatim from the file at `start`. */
  pushVerbatim(text: string, start: number): void {
    this.#text += text
    for (let index = 0; index < text.length; index++) {
      this.#starts.push(start + index)
      this.#ends.push(start + index + 1)
    }
  }

  /** Characters with their own mapping (decoded strings, escapes). */
  pushMapped(text: string, starts: Offsets, ends: Offsets): void {
    this.#text += text
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

  get text(): string {
    return this.#text
  }

  build(key?: string): TextUnit {
    return {text: this.#text, starts: this.#starts.take(), ends: this.#ends.take(), key}
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
  const last = outer.ends[outer.ends.length - 1] ?? 0
  return {
    text: inner.text,
    starts: Array.from(inner.starts, (offset) => outer.starts[offset] ?? last),
    ends: Array.from(inner.ends, (offset) => (offset > 0 ? (outer.ends[offset - 1] ?? last) : (outer.starts[0] ?? last))),
    key: inner.key ?? outer.key
  }
}
