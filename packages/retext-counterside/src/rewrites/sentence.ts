/**
 * The sentence around a finding, found in the raw block (no parse tree: the
 * learned layer and core have only the string).
 */

export interface SentenceSpan {
  /** Offsets into the block; `end` is just past the closing punctuation (and any closing quote). */
  readonly start: number
  readonly end: number
  /** The sentence without its closing punctuation. */
  readonly body: string
  /** The closing punctuation as written (“.”, “!!”, “”). */
  readonly close: string
}

const closing = /[.!?…]+["”’)\]]*/y

/**
 * Past this many characters from the finding either way, there is no
 * sentence to rewrite: a block of one endless sentence with thousands of
 * findings must stay linear.
 */
export const maximumReach = 600

/**
 * The sentence `start` is in: it ends at closing punctuation followed by a
 * space or the end, or at a line break. Undefined when its ends are out of reach.
 */
export function sentenceAround(text: string, start: number): SentenceSpan | undefined {
  let from = start
  while (from > 0 && !endsSentenceBefore(text, from)) if (start - --from > maximumReach) return undefined
  while (from < start && /\s/.test(text[from]!)) from++
  // From the finding's start: a finding that is itself the closing mark (“!!”) ends its sentence.
  let to = Math.max(start, from)
  while (to < text.length && text[to] !== '\n' && !opensClosing(text, to)) if (++to - start > maximumReach) return undefined
  const bodyEnd = to
  if (opensClosing(text, to)) {
    closing.lastIndex = to
    to += closing.exec(text)![0].length
  }

  const body = text.slice(from, bodyEnd).trimEnd()
  return {start: from, end: to, body, close: text.slice(bodyEnd, to)}
}

/** Closing punctuation at `index` that ends the sentence (not “3.5”, not “e.g.x”). */
function opensClosing(text: string, index: number): boolean {
  if (!/[.!?…]/.test(text[index] ?? '')) return false
  closing.lastIndex = index
  const after = index + closing.exec(text)![0].length
  return after >= text.length || /\s/.test(text[after]!)
}

function endsSentenceBefore(text: string, index: number): boolean {
  const previous = text[index - 1]!
  if (previous === '\n') return true
  if (!/\s/.test(previous)) return false
  let back = index - 1
  while (back > 0 && /[ \t]/.test(text[back - 1]!)) back--
  return back > 0 && /[.!?…"”’)\]]/.test(text[back - 1]!) && isClosingRun(text, back)
}

/** The punctuation just before `index` ends a sentence. */
function isClosingRun(text: string, index: number): boolean {
  let back = index
  while (back > 0 && /["”’)\]]/.test(text[back - 1]!)) back--
  return back > 0 && /[.!?…]/.test(text[back - 1]!)
}

/** The sentence after `span` in the block, past white space; undefined at the block's end or out of reach. */
export function sentenceAfter(text: string, span: SentenceSpan): SentenceSpan | undefined {
  let at = span.end
  while (at < text.length && /\s/.test(text[at]!)) if (++at - span.end > maximumReach) return undefined
  return at < text.length ? sentenceAround(text, at) : undefined
}

/** The sentence before `span` in the block, past white space; undefined at the block's start or out of reach. */
export function sentenceBefore(text: string, span: SentenceSpan): SentenceSpan | undefined {
  let at = span.start
  while (at > 0 && /\s/.test(text[at - 1]!)) if (span.start - --at > maximumReach) return undefined
  if (at === 0) return undefined
  const before = sentenceAround(text, at - 1)
  return before && before.end <= span.start ? before : undefined
}
