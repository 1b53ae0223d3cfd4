/**
 * A text unit: the words a customer reads, as one string, with a map from
 * every character back to the source code that produced it. Escapes, JSX
 * entities, template expressions and `+` all make the text and the source
 * differ; findings are located through the map, never by arithmetic.
 */

/** How a stretch of source is written, so a replacement can be re-escaped. */
export type SegmentKind =
  | {readonly type: 'string'; readonly quote: '"' | "'"}
  | {readonly type: 'template'}
  | {readonly type: 'jsx-text'}
  | {readonly type: 'jsx-attribute'; readonly quote: '"' | "'"}
  | {readonly type: 'placeholder'}

export interface TextUnit {
  readonly text: string
  /** Source index where character `i` starts. */
  readonly starts: readonly number[]
  /** Source index just past character `i`. */
  readonly ends: readonly number[]
  /** Which segment character `i` came from (index into `kinds`). */
  readonly segments: readonly number[]
  readonly kinds: readonly SegmentKind[]
  /** JSX text is copy by construction: the code-likeness heuristics skip it. */
  readonly isJsxText: boolean
}

/** Collects characters and their source ranges, segment by segment. */
export class TextUnitBuilder {
  private text = ''
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private readonly segments: number[] = []
  private readonly kinds: SegmentKind[] = []

  constructor(private readonly isJsxText = false) {}

  /** Start a new segment; characters pushed after this belong to it. */
  segment(kind: SegmentKind): void {
    this.kinds.push(kind)
  }

  push(chars: string, start: number, end: number): void {
    const segment = this.kinds.length - 1
    for (let index = 0; index < chars.length; index++) {
      this.starts.push(start)
      this.ends.push(end)
      this.segments.push(segment)
    }

    this.text += chars
  }

  /**
   * A neutral stand-in for an expression (`${name}`, `{count}`, `+ total +`):
   * lowercase letters the engine reads as an ordinary word, as long as the
   * source it replaces, all mapped to that whole source.
   */
  placeholder(start: number, end: number): void {
    this.segment({type: 'placeholder'})
    this.push('x'.repeat(Math.max(1, end - start)), start, end)
  }

  /** The text collected from character `start` on. */
  textFrom(start: number): string {
    return this.text.slice(start)
  }

  get length(): number {
    return this.text.length
  }

  build(): TextUnit {
    return {
      text: this.text,
      starts: this.starts,
      ends: this.ends,
      segments: this.segments,
      kinds: this.kinds,
      isJsxText: this.isJsxText
    }
  }
}
