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
  // An empty file has no messages, as an empty JSON, YAML or PO file has none.
  if (text.trim() === '') return
  const result = XMLValidator.validate(text)
  if (result !== true) {
    throw new InputError(`malformed ${format}: ${result.err.msg}`, {line: result.err.line, column: result.err.col}, 'fix the XML (an unclosed tag or a bare `&` is the usual cause; write `&amp;`)')
  }

  checkCharacterReferences(text, format)
}

/**
 * `&#x110000;` or `&#0;` names no character XML allows (a well-formedness
 * rule the validator above does not check). Comments and CDATA are skipped:
 * references there are plain text.
 */
function checkCharacterReferences(text: string, format: string): void {
  for (const match of text.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|&#(x[\da-f]+|\d+);/gi)) {
    const reference = match[1]
    if (reference === undefined || isXmlCharacter(codePointOf(reference))) continue
    throw new InputError(`malformed ${format}: \`${match[0]}\` is not a character XML allows`, {offset: match.index}, 'write the character itself, or a reference to one between U+0020 and U+10FFFF (not a surrogate)')
  }
}

/** `x1F600` or `128512` to its number. */
function codePointOf(reference: string): number {
  return reference.startsWith('x') || reference.startsWith('X') ? Number.parseInt(reference.slice(1), 16) : Number.parseInt(reference, 10)
}

/** XML 1.0's `Char` production. */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

/**
 * Entities to text. Entities a DOCTYPE declares (`&appname;`) are never
 * expanded, so an internal one cannot blow up ("billion laughs") and an
 * external one cannot read a file: like a placeholder, each stands for a
 * value filled in later and becomes one neutral space.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, (_whole, name: string) => {
    if (name.startsWith('#')) {
      const code = codePointOf(name.slice(1))
      return isXmlCharacter(code) ? String.fromCodePoint(code) : '\ufffd'
    }

    return entities[name.toLowerCase()] ?? ' '
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
