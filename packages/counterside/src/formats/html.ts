/**
 * HTML: visible text plus the attributes people read (`alt`, `title`,
 * `placeholder`, `aria-label`). Scripts, styles, code and comments are
 * skipped; block elements end a paragraph so sentences never run across
 * them. A scanner, not a DOM: positions must survive, and pages are simple.
 */
import {align} from '../align.js'
import {parseDirective, type Directive} from '../directives.js'
import {LineIndex} from '../positions.js'
import {UnitBuilder, type TextUnit} from '../units.js'
import type {Extraction} from './extraction.js'
import {blankUrls} from './prose.js'
import {decodeEntities} from './xml.js'

const markup = /<!--([\s\S]*?)-->|<(script|style|code|pre|template|noscript|svg|math|textarea)\b[^>]*>[\s\S]*?<\/\2\s*>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi
const attributePattern = /\s+([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const readAttributes = new Set(['alt', 'title', 'placeholder', 'aria-label'])
const blockElements = new Set('address article aside blockquote body br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html label legend li main nav ol optgroup option p section select summary table tbody td tfoot th thead title tr ul'.split(' '))

export function extractHtml(text: string): Extraction {
  const body = new UnitBuilder()
  const attributes: TextUnit[] = []
  const directives: Directive[] = []
  let lines: LineIndex | undefined
  let last = 0
  const pushText = (from: number, to: number): void => {
    if (to <= from) return
    const raw = text.slice(from, to)
    const value = decodeEntities(raw)
    const {starts, ends} = align(value, raw, from, {entities: true})
    body.pushMapped(blankUrls(value), starts, ends)
  }

  for (const match of text.matchAll(markup)) {
    pushText(last, match.index)
    last = match.index + match[0].length
    if (match[1] !== undefined) {
      lines ??= new LineIndex(text)
      const start = lines.locate(match.index)
      const end = lines.locate(last)
      const directive = parseDirective(match[1], {line: start.line, column: start.column, endLine: end.line, endColumn: end.column})
      if (directive) directives.push(directive)
      continue
    }

    const name = match[3]?.toLowerCase()
    if (!name) {
      body.pushFiller(' ', match.index)
      continue
    }

    body.pushFiller(blockElements.has(name) ? '\n\n' : '', match.index)
    const attributeText = match[4] ?? ''
    const attributesStart = match.index + 1 + (match[0].startsWith('</') ? 1 : 0) + match[3]!.length
    for (const attribute of attributeText.matchAll(attributePattern)) {
      const raw = attribute[2] ?? attribute[3] ?? attribute[4]
      if (raw === undefined || !readAttributes.has(attribute[1]!.toLowerCase())) continue
      const rawStart = attributesStart + attribute.index + attribute[0].lastIndexOf(raw)
      const value = decodeEntities(raw)
      const {starts, ends} = align(value, raw, rawStart, {entities: true})
      attributes.push({text: blankUrls(value), starts, ends})
    }
  }

  pushText(last, text.length)
  return {units: [body.build(), ...attributes].filter((unit) => unit.text.trim() !== ''), directives}
}
