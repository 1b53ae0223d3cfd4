/**
 * YAML catalogs (Rails `en: {checkout: {title: …}}`, flat key files). The
 * `yaml` CST gives each scalar's source range; a Rails file's top key is its
 * locale, which also says whether it is English.
 */
import {isMap, isScalar, isSeq, parseDocument, Parser, type Node} from 'yaml'
import {catalogDirectives, mayHaveDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import {InputError} from '../input-error.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath, parseLanguageTag} from './language.js'

export function extractYamlCatalog(text: string, filePath: string): Extraction {
  const document = parseDocument(text, {uniqueKeys: false})
  const error = document.errors[0]
  if (error) {
    const place = error.linePos?.[0]
    throw new InputError(`malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {line: place?.line, column: place?.col}, 'fix the YAML syntax (indentation and unquoted `:` are the usual causes)')
  }

  const root = document.contents
  const topKeys = isMap(root) ? root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : []
  const railsLocale = topKeys.length === 1 && parseLanguageTag(topKeys[0]!) ? topKeys[0] : undefined
  const language = railsLocale ?? languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  const spans: MessageSpan[] = []
  const walk = (node: Node | null | undefined, key: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value as Node | null, [...key, isScalar(pair.key) ? String(pair.key.value) : '?'])
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) walk(item as Node | null, [...key, String(index)])
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range
      spans.push({start, end})
      const raw = text.slice(start, end)
      units.push(...catalogMessageUnits(node.value, raw, start, key.join('.'), {backslash: raw.startsWith('"')}))
    }
  }

  walk(root as Node | null, [])
  return {units, directives: mayHaveDirectives(text) ? catalogDirectives(text, yamlComments(text), spans) : [], language}
}

/** `# …` comments with their offsets, from the CST (a `#` inside a block scalar or a quoted string is text, not a comment). */
function yamlComments(text: string): CatalogComment[] {
  const comments: CatalogComment[] = []
  // A stack, not recursion: deeply nested YAML must not overflow the call stack.
  const pending: unknown[] = [...new Parser().parse(text)]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    const token = node as {type?: unknown; offset?: unknown; source?: unknown}
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({body: token.source.slice(1), start: token.offset, end: token.offset + token.source.length})
    } else {
      for (const child of Array.isArray(node) ? node : Object.values(node)) pending.push(child)
    }
  }

  return comments
}
