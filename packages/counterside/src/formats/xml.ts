/**
 * The bits of XML the catalog formats share: a well-formedness check with a
 * line number (fast-xml-parser's validator: its messages name the tag), and
 * the prose of one element's content, whose range `xmlElements` found, with
 * inline markup and placeholders blanked and entities mapped back.
 */
import {XMLValidator} from 'fast-xml-parser'
import {align} from '../align.js'
import {InputError} from '../input-error.js'
import {UnitBuilder, type TextUnit} from '../units.js'

const entities: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0'}

export function checkWellFormed(text: string, format: string): void {
  const result = XMLValidator.validate(text)
  if (result === true) return
  throw new InputError(`malformed ${format}: ${result.err.msg}`, {line: result.err.line, column: result.err.col}, 'fix the XML (an unclosed tag or a bare `&` is the usual cause; write `&amp;`)')
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return entities[name.toLowerCase()] ?? whole
  })
}

/**
 * Content of an element from `start` to `end` (file offsets) as one unit.
 * Inline elements are dropped; those that stand for run-time values
 * (`<x/>`, `<ph>`, `<xliff:g>`) become a neutral space.
 */
export function elementContent(text: string, start: number, end: number, key: string, decode: (raw: string) => string = decodeEntities): TextUnit {
  const builder = new UnitBuilder()
  const markup = /<!\[CDATA\[([\s\S]*?)\]\]>|<(ph|x|bx|ex|xliff:g|g|pc|sc|ec|mrk)\b[^>]*?(\/?)>|<\/[\w:.-]+\s*>|<[\w:.-]+[^>]*>/g
  const inner = text.slice(start, end)
  let last = 0
  const pushText = (from: number, to: number): void => {
    if (to <= from) return
    const raw = inner.slice(from, to)
    const value = decode(raw)
    const {starts, ends} = align(value, raw, start + from, {entities: true, backslash: decode !== decodeEntities})
    builder.pushMapped(value, starts, ends)
  }

  for (const match of inner.matchAll(markup)) {
    pushText(last, match.index)
    last = match.index + match[0].length
    if (match[1] !== undefined) {
      builder.pushVerbatim(match[1], start + match.index + 9)
    } else if (match[2] && /^(?:ph|x|bx|ex|xliff:g|sc|ec)$/.test(match[2])) {
      // A run-time value: skip what the placeholder element wraps, if anything.
      builder.pushFiller(' ', start + match.index)
      if (match[3] !== '/') {
        const close = inner.indexOf(`</${match[2]}`, last)
        if (close !== -1) last = inner.indexOf('>', close) + 1
      }
    }
  }

  pushText(last, inner.length)
  return builder.build(key)
}
