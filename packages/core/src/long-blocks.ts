/**
 * Long blocks are cut into pieces before parsing. parse-latin 7 splices
 * into arrays of every token of a paragraph (`merge-inner-word-symbol`,
 * `make-initial-white-space-siblings`), so its time grows with the square
 * of a block's length, and one run of 200k characters without a space
 * overflows the call stack. Real copy never comes near the limit, so
 * paragraph-level rules still see whole paragraphs; only generated text
 * (logs, data dumps, a page without blank lines) is cut.
 */

/**
 * Longest piece parsed at once. Up to about 8k characters parsing costs the
 * same per character (2–3 s/MB on the worst inputs); at 16k it costs twice
 * that, and it keeps growing.
 */
export const maxBlockLength = 8192

/**
 * The ranges `[start, end)` that `text.slice(start, end)` is linted in, in
 * order, touching, covering it exactly. Each is at most `max` long and is
 * cut at the best boundary in its second half: after a sentence's end, else
 * at a line break, else at a space. A cut never falls inside a word; only a
 * run of more than `max / 2` characters without whitespace (a blob, not a
 * word) is cut where it must, between code points.
 */
export function pieces(text: string, start: number, end: number, max = maxBlockLength): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  let from = start
  while (end - from > max) {
    const cut = safeCut(text, from, from + max)
    ranges.push([from, cut])
    from = cut
  }

  ranges.push([from, end])
  return ranges
}

const sentenceEnd = /[.!?…]/
const closer = /["'”’)\]»]/

/**
 * A cut in `(from + max / 2, limit]`: the index of the first character
 * after a whitespace run, so both sides keep whole words and the next piece
 * does not start with a space. Looking only at the second half is what
 * keeps every piece long and the whole linear.
 */
function safeCut(text: string, from: number, limit: number): number {
  const floor = from + Math.ceil((limit - from) / 2)
  let lineBreak = -1
  let space = -1
  for (let index = limit; index > floor; index--) {
    if (!isWhitespace(text.charCodeAt(index - 1)) || isWhitespace(text.charCodeAt(index))) continue
    let before = index - 1
    while (before > from && isWhitespace(text.charCodeAt(before - 1))) before--
    if (endsSentence(text, before)) return index
    if (lineBreak === -1 && text.slice(before, index).includes('\n')) lineBreak = index
    if (space === -1) space = index
  }

  if (lineBreak !== -1) return lineBreak
  if (space !== -1) return space
  // No whitespace in half a piece: not a word. Keep surrogate pairs whole.
  const high = text.charCodeAt(limit - 1)
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit
}

/** Whether the text just before `at` ends a sentence (`done.`, `done!”`). */
function endsSentence(text: string, at: number): boolean {
  let index = at - 1
  while (index > 0 && closer.test(text[index]!)) index--
  return index >= 0 && sentenceEnd.test(text[index]!)
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff
}
