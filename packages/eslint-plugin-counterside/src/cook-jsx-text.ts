/**
 * Decode JSX text or a JSX attribute string the way React renders it: HTML
 * entities (`&amp;`, `&#x2019;`) become characters, and in text a run of
 * whitespace that spans lines collapses to one space.
 */
import type {TextUnitBuilder} from './text-unit.js'

// The entities people write in UI copy; others are left as written.
const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201D',
  ldquo: '\u201C',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  middot: '\u00B7',
  bull: '\u2022',
  times: '\u00D7',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  euro: '\u20AC',
  pound: '\u00A3',
  yen: '\u00A5',
  cent: '\u00A2',
  deg: '\u00B0'
}

const entity = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/i

export function cookJsxText(raw: string, start: number, builder: TextUnitBuilder, {collapseLines}: {collapseLines: boolean}): void {
  let index = 0
  while (index < raw.length) {
    const char = raw[index]!
    const from = start + index
    if (char === '&') {
      const match = entity.exec(raw.slice(index, index + 12))
      const value = match ? decodeEntity(match) : undefined
      if (match && value !== undefined) {
        builder.push(value, from, from + match[0].length)
        index += match[0].length
        continue
      }
    }

    if (collapseLines && /\s/.test(char)) {
      let end = index
      while (end < raw.length && /\s/.test(raw[end]!)) end++
      if (/[\n\r]/.test(raw.slice(index, end))) {
        builder.push(' ', from, start + end)
        index = end
        continue
      }
    }

    builder.push(char, from, from + 1)
    index++
  }
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match
  if (decimal !== undefined) return safeCodePoint(Number.parseInt(decimal, 10))
  if (hex !== undefined) return safeCodePoint(Number.parseInt(hex, 16))
  return namedEntities[name!]
}

function safeCodePoint(code: number): string | undefined {
  return code <= 0x10FFFF ? String.fromCodePoint(code) : undefined
}
