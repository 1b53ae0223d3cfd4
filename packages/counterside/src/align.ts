/**
 * Align a decoded string (a JSON/YAML/PO/XML value after unescaping) with
 * its raw source, giving the source range of every decoded character. Decoders
 * do not report where characters came from, but the raw text differs from
 * the decoded one only by escapes, entities and folded whitespace, which a
 * forward walk can match.
 */
export interface AlignOptions {
  /** `\n`, `\"`, `\u00e9` are escapes. */
  readonly backslash?: boolean
  /** `&amp;`, `&#233;` are escapes. */
  readonly entities?: boolean
}

export interface Alignment {
  readonly starts: number[]
  readonly ends: number[]
}

const entity = /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i

export function align(decoded: string, source: string, base: number, options: AlignOptions = {}): Alignment {
  const starts: number[] = []
  const ends: number[] = []
  let position = 0
  for (const char of decoded) {
    const width = char.length
    for (;;) {
      if (position >= source.length) {
        for (let unit = 0; unit < width; unit++) {
          starts.push(base + source.length)
          ends.push(base + source.length)
        }

        break
      }

      const raw = source[position]!
      const escape = options.backslash && raw === '\\' ? escapeLength(source, position) : 0
      const reference = options.entities && raw === '&' ? (entity.exec(source.slice(position, position + 12))?.[0].length ?? 0) : 0
      const span = escape || reference || (source.startsWith(char, position) ? char.length : 0) || (isSpace(char) && isSpace(raw) ? 1 : 0)
      if (span > 0) {
        for (let unit = 0; unit < width; unit++) {
          starts.push(base + position)
          ends.push(base + position + span)
        }

        position += span
        break
      }

      position++
    }
  }

  return {starts, ends}
}

function escapeLength(source: string, position: number): number {
  const next = source[position + 1]
  if (next === undefined) return 0
  if (next === 'u') return /^[\da-f]{4}$/i.test(source.slice(position + 2, position + 6)) ? 6 : 2
  if (next === 'U') return /^[\da-f]{8}$/i.test(source.slice(position + 2, position + 10)) ? 10 : 2
  if (next === 'x') return /^[\da-f]{2}$/i.test(source.slice(position + 2, position + 4)) ? 4 : 2
  return 2
}

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0)
  return char.length === 1 && (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff)
}
