/**
 * Android `strings.xml` (under `res/values/` and its locale variants):
 * `<string>`, `<plurals>` items and `<string-array>` items, minus `translatable="false"` ones (identifiers,
 * not copy). Android escapes (`\'`, `\"`, `\n`, `\@`) are decoded.
 */
import {catalogDirectives, mayHaveDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import type {TextUnit} from '../units.js'
import {catalogUnitsOf} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath} from './language.js'
import {checkWellFormed, decodeEntities, elementContent} from './xml.js'
import {xmlElements, type XmlElement} from './xml-elements.js'

const resources = new Set(['string', 'plurals', 'string-array'])

export function extractAndroidStrings(text: string, filePath: string): Extraction {
  checkWellFormed(text, 'Android strings XML')
  const language = languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  const comments: CatalogComment[] = []
  // A comment before `<plurals>` or `<string-array>` stands before all its items; one inside, before the next item.
  const spans: MessageSpan[] = []
  const add = (element: XmlElement, key: string): void => {
    spans.push({start: element.contentStart, end: element.contentEnd})
    units.push(...catalogUnitsOf(elementContent(text, element.contentStart, element.contentEnd, key, decodeAndroid)))
  }

  const itemCounts = new Map<XmlElement, number>()
  for (const element of xmlElements(text, mayHaveDirectives(text) ? comments : undefined)) {
    if (element.name === 'string' && element.parent?.name === 'resources') {
      if (element.attributes.translatable !== 'false') add(element, element.attributes.name ?? '?')
      continue
    }

    const parent = element.parent
    if (element.name !== 'item' || !parent || parent.name === 'string' || !resources.has(parent.name)) continue
    const index = itemCounts.get(parent) ?? 0
    itemCounts.set(parent, index + 1)
    if (parent.attributes.translatable === 'false') continue
    if (index === 0) spans.push({start: parent.contentStart, end: parent.contentEnd})
    const name = parent.attributes.name ?? '?'
    const quantity = element.attributes.quantity
    add(element, quantity ? `${name}.${quantity}` : `${name}[${index}]`)
  }

  return {units, directives: catalogDirectives(text, comments, spans), language}
}

function decodeAndroid(raw: string): string {
  const unquoted = raw.replace(/^"([\s\S]*)"$/, '$1')
  return decodeEntities(unquoted).replace(/\\(u[\da-fA-F]{4}|.)/g, (_whole, escape: string) => {
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(Number.parseInt(escape.slice(1), 16))
    return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape
  })
}
