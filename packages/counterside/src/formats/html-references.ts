/**
 * HTML text and attribute values decoded with the source range of every
 * character. HTML references need not end in `;` (`&copy 2024`, and
 * `&notit;` is `¬it;`), so only the spec's own algorithm knows where one
 * ends: this uses the decoder parse5 itself uses, one reference at a time.
 */
import {DecodingMode, HtmlEntityDecoder} from 'entities'
import {UnitBuilder, type TextUnit} from '../units.js'

let decoded = ''
const decoder = new HtmlEntityDecoder((codePoint) => {
  decoded += String.fromCodePoint(codePoint)
})

/** `raw` is the source from file offset `base`; attribute values follow slightly different rules. */
export function decodeHtml(raw: string, base: number, context: 'text' | 'attribute'): TextUnit {
  const builder = new UnitBuilder()
  const mode = context === 'attribute' ? DecodingMode.Attribute : DecodingMode.Legacy
  let literal = 0
  let ampersand = raw.indexOf('&')
  while (ampersand !== -1) {
    decoded = ''
    decoder.startEntity(mode)
    let consumed = decoder.write(raw, ampersand + 1)
    // -1: the reference runs to the end of the text (`&copy` last); flush it.
    if (consumed === -1) consumed = decoder.end()
    if (consumed > 0 && decoded !== '') {
      builder.pushVerbatim(raw.slice(literal, ampersand), base + literal)
      const from = base + ampersand
      // One entry per UTF-16 unit: `&#x1F600;` is two, `&NotEqualTilde;` two code points.
      builder.pushMapped(decoded, Array.from({length: decoded.length}, () => from), Array.from({length: decoded.length}, () => from + consumed))
      literal = ampersand + consumed
    }

    ampersand = raw.indexOf('&', Math.max(literal, ampersand + 1))
  }

  builder.pushVerbatim(raw.slice(literal), base + literal)
  return builder.build()
}
