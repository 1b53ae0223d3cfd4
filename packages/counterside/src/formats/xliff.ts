/**
 * XLIFF 1.2 (`<trans-unit>`) and 2.0 (`<unit>`): the `<source>` of every
 * unit is linted; targets are translations and belong to their translators,
 * and `<alt-trans>` sources are other versions, not the copy.
 */
import {catalogDirectives, mayHaveDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import type {TextUnit} from '../units.js'
import {catalogUnitsOf} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {checkWellFormed, elementContent} from './xml.js'
import {hasAncestor, xmlElements, type XmlElement} from './xml-elements.js'

const unitNames = new Set(['trans-unit', 'unit'])
const alternatives = new Set(['alt-trans'])

export function extractXliff(text: string): Extraction {
  checkWellFormed(text, 'XLIFF')
  const comments: CatalogComment[] = []
  const elements = xmlElements(text, mayHaveDirectives(text) ? comments : undefined)
  // 2.0 says it on `<xliff srcLang>`, 1.2 on `<file source-language>`.
  const language = elements.find((element) => element.name === 'xliff')?.attributes.srcLang ?? elements.find((element) => element.name === 'file')?.attributes['source-language']
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  // A comment before a `<trans-unit>` (or inside it, before `<source>`) stands before that source.
  const spans: MessageSpan[] = []
  for (const source of elements) {
    if (source.name !== 'source' || hasAncestor(source, alternatives)) continue
    const unit = unitOf(source)
    if (!unit) continue
    const key = unit.attributes.resname ?? unit.attributes.id ?? '?'
    spans.push({start: source.contentStart, end: source.contentEnd})
    units.push(...catalogUnitsOf(elementContent(text, source.contentStart, source.contentEnd, key)))
  }

  return {units, directives: catalogDirectives(text, comments, spans), language}
}

function unitOf(element: XmlElement): XmlElement | undefined {
  for (let parent = element.parent; parent; parent = parent.parent) if (unitNames.has(parent.name)) return parent
  return undefined
}
