/**
 * HTML: visible text plus the attributes people read (`alt`, `title`,
 * `placeholder`, `aria-label`). Scripts, styles, code and comments are
 * skipped; block elements end a paragraph so sentences never run across
 * them. `<html lang>` declares the page's language.
 *
 * Parsed with parse5 (through hast-util-from-html) as browsers parse it:
 * malformed markup is recovered from, never fatal. Node and attribute
 * source ranges, decoded again piece by piece, map every character back to
 * the file.
 */
import type {Element, Nodes, Properties} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {parseDirective, type Directive} from '../directives.js'
import {LineIndex} from '../positions.js'
import {UnitBuilder, type TextUnit} from '../units.js'
import type {Extraction} from './extraction.js'
import {decodeHtml} from './html-references.js'
import {blankUrls} from './prose.js'

/** As hast names them: `aria-label` is `ariaLabel`. */
const readProperties = ['alt', 'title', 'placeholder', 'ariaLabel']
const skippedElements = new Set('script style code pre template noscript svg math textarea'.split(' '))
const blockElements = new Set(
  [
    'address article aside blockquote body br button caption dd details dialog div dl dt',
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html label legend',
    'li main nav ol optgroup option p section select summary table tbody td tfoot th thead',
    'title tr ul'
  ]
    .join(' ')
    .split(' ')
)
const blockBreak = '\n\n'

export function extractHtml(text: string): Extraction {
  // `verbose` adds each attribute's source range.
  const tree = fromHtml(text, {verbose: true})
  const body = new UnitBuilder()
  const attributes: TextUnit[] = []
  const directives: Directive[] = []
  let lines: LineIndex | undefined
  let language: string | undefined
  // Elements the parser adds (`<html>`, `<body>` when omitted) have no position; their fillers go where the walk is.
  let cursor = 0

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset ?? cursor
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text': {
        // Decoded from the source, not taken from the tree: the same text, with a place for every character.
        const unit = decodeHtml(text.slice(start, end), start, 'text')
        body.pushMapped(blankUrls(unit.text), unit.starts, unit.ends)
        cursor = end
        return
      }

      case 'comment': {
        lines ??= new LineIndex(text)
        const from = lines.locate(start)
        const to = lines.locate(end)
        const directive = parseDirective(node.value, {line: from.line, column: from.column, endLine: to.line, endColumn: to.column})
        if (directive) directives.push(directive)
        cursor = end
        return
      }

      case 'element': {
        element(node, start, end)
        return
      }

      case 'root': {
        for (const child of node.children) visit(child)
        return
      }

      default:
    }
  }

  const element = (node: Element, start: number, end: number): void => {
    if (node.tagName === 'html' && typeof node.properties.lang === 'string') language = node.properties.lang
    // Code and scripts stand in a sentence like a value: a neutral space.
    if (skippedElements.has(node.tagName)) {
      body.pushFiller(' ', start)
      cursor = end
      return
    }

    const block = blockElements.has(node.tagName)
    if (block) body.pushFiller(blockBreak, start)
    attributes.push(...attributeUnits(text, node.properties, node.data?.position?.properties))
    cursor = start
    for (const child of node.children) visit(child)
    if (block) body.pushFiller(blockBreak, node.position ? end : cursor)
    cursor = Math.max(cursor, end)
  }

  visit(tree)
  return {units: [body.build(), ...attributes].filter((unit) => unit.text.trim() !== ''), directives, language}
}

type AttributePositions = NonNullable<NonNullable<Element['data']>['position']>['properties']

/** The read attributes of one element, each its own unit, mapped through the value as written. */
function attributeUnits(text: string, properties: Properties, positions: AttributePositions): TextUnit[] {
  const units: TextUnit[] = []
  for (const property of readProperties) {
    const value = properties[property]
    const position = positions?.[property]
    if (typeof value !== 'string' || value.trim() === '' || position?.start.offset === undefined || position.end.offset === undefined) continue
    // The range covers `name="value"`; the value is what follows `=`, without quotes.
    const source = text.slice(position.start.offset, position.end.offset)
    const written = /^[^\s=]+\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/.exec(source)
    const raw = written?.[1] ?? written?.[2] ?? written?.[3]
    if (raw === undefined) continue
    const rawStart = position.start.offset + written![0].length - raw.length - (written![3] === undefined ? 1 : 0)
    const unit = decodeHtml(raw, rawStart, 'attribute')
    units.push({...unit, text: blankUrls(unit.text)})
  }

  return units
}
