/**
 * XLIFF 1.2 (`<trans-unit>`) and 2.0 (`<unit>`): the `<source>` of every
 * unit is linted; targets are translations and belong to their translators.
 */
import type {TextUnit} from '../units.js'
import {catalogUnitsOf} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {attribute, blankComments, checkWellFormed, elementContent} from './xml.js'

export function extractXliff(text: string): Extraction {
  checkWellFormed(text, 'XLIFF')
  const scannable = blankComments(text)
  const languageMatch = /<(?:file|xliff)\b([^>]*)>/.exec(scannable)
  const language = languageMatch ? (attribute(languageMatch[1]!, 'source-language') ?? attribute(languageMatch[1]!, 'srcLang')) : undefined
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  const unitPattern = /<(trans-unit|unit)\b([^>]*)>([\s\S]*?)<\/\1>/g
  for (const unit of scannable.matchAll(unitPattern)) {
    const key = attribute(unit[2]!, 'resname') ?? attribute(unit[2]!, 'id') ?? '?'
    const bodyStart = unit.index + unit[0].indexOf('>') + 1
    for (const source of unit[3]!.matchAll(/<source\b[^>]*>([\s\S]*?)<\/source>/g)) {
      const start = bodyStart + source.index + source[0].indexOf('>') + 1
      units.push(...catalogUnitsOf(elementContent(text, start, start + source[1]!.length, key)))
    }
  }

  return {units, directives: [], language}
}
