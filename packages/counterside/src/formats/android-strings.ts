/**
 * Android `strings.xml` (under `res/values/` and its locale variants):
 * `<string>`, `<plurals>` items and `<string-array>` items, minus `translatable="false"` ones (identifiers,
 * not copy). Android escapes (`\'`, `\"`, `\n`, `\@`) are decoded.
 */
import type {TextUnit} from '../units.js'
import {catalogUnitsOf} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath} from './language.js'
import {attribute, blankComments, checkWellFormed, decodeEntities, elementContent} from './xml.js'

export function extractAndroidStrings(text: string, filePath: string): Extraction {
  checkWellFormed(text, 'Android strings XML')
  const language = languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const scannable = blankComments(text)
  const units: TextUnit[] = []
  const add = (start: number, length: number, key: string): void => {
    units.push(...catalogUnitsOf(elementContent(text, start, start + length, key, decodeAndroid)))
  }

  for (const element of scannable.matchAll(/<(string|plurals|string-array)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const name = attribute(element[2]!, 'name') ?? '?'
    if (attribute(element[2]!, 'translatable') === 'false') continue
    const contentStart = element.index + element[0].indexOf('>') + 1
    if (element[1] === 'string') {
      add(contentStart, element[3]!.length, name)
      continue
    }

    for (const item of element[3]!.matchAll(/<item\b([^>]*)>([\s\S]*?)<\/item>/g)) {
      const quantity = attribute(item[1]!, 'quantity')
      const index = element[3]!.slice(0, item.index).split('<item').length - 1
      const start = contentStart + item.index + item[0].indexOf('>') + 1
      add(start, item[2]!.length, quantity ? `${name}.${quantity}` : `${name}[${index}]`)
    }
  }

  return {units, directives: [], language}
}

function decodeAndroid(raw: string): string {
  const unquoted = raw.replace(/^"([\s\S]*)"$/, '$1')
  return decodeEntities(unquoted).replace(/\\(u[\da-fA-F]{4}|.)/g, (_whole, escape: string) => {
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(Number.parseInt(escape.slice(1), 16))
    return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape
  })
}
