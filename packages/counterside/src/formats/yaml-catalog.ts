/**
 * YAML catalogs (Rails `en: {checkout: {title: …}}`, flat key files). The
 * `yaml` CST gives each scalar's source range; a Rails file's top key is its
 * locale, which also says whether it is English.
 */
import {isMap, isScalar, isSeq, parseDocument, type Node} from 'yaml'
import {InputError} from '../input-error.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath} from './language.js'

const localeKey = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/

export function extractYamlCatalog(text: string, filePath: string): Extraction {
  const document = parseDocument(text, {uniqueKeys: false})
  const error = document.errors[0]
  if (error) {
    const place = error.linePos?.[0]
    throw new InputError(`malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {line: place?.line, column: place?.col}, 'fix the YAML syntax (indentation and unquoted `:` are the usual causes)')
  }

  const root = document.contents
  const topKeys = isMap(root) ? root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []
  const railsLocale = topKeys.length === 1 && localeKey.test(topKeys[0]!) ? topKeys[0] : undefined
  const language = railsLocale ?? languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  const walk = (node: Node | null | undefined, key: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value as Node | null, [...key, isScalar(pair.key) ? String(pair.key.value) : '?'])
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) walk(item as Node | null, [...key, String(index)])
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range
      const raw = text.slice(start, end)
      units.push(...catalogMessageUnits(node.value, raw, start, key.join('.'), {backslash: raw.startsWith('"')}))
    }
  }

  walk(root as Node | null, [])
  return {units, directives: [], language}
}
