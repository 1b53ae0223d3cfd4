/**
 * YAML catalogs (Rails `en: {checkout: {title: …}}`, flat key files). The
 * `yaml` CST gives each scalar's source range; a Rails file's top key is its
 * locale, which also says whether it is English.
 */
import {Composer, isMap, isScalar, isSeq, Parser, type CST, type Document, type Node} from 'yaml'
import {catalogDirectives, mayHaveDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import {InputError} from '../input-error.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath, parseLanguageTag} from './language.js'
import {maxNesting, tooDeep} from './nesting.js'

export function extractYamlCatalog(text: string, filePath: string): Extraction {
  // `parseDocument` in steps, to refuse deep nesting between the parser (which
  // keeps its own stack) and the composer (which recurses). Aliases stay
  // aliases: their copy is linted once, where the anchor is, so an alias
  // bomb costs no more than its text.
  const documents: Document.Parsed[] = [...new Composer({uniqueKeys: false}).compose(withinNesting(new Parser().parse(text)), true, text.length)]
  const error = documents.flatMap((document) => document.errors)[0]
  if (error) {
    throw new InputError(`malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {offset: error.pos[0]}, 'fix the YAML syntax (indentation and unquoted `:` are the usual causes)')
  }

  const root = documents[0]?.contents
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

  // Every document of a multi-document file (`---` between them) is copy.
  for (const document of documents) walk(document.contents as Node | null, [])
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

/** Passes the parser's documents on, refusing one whose collections nest past the limit (walked with a stack, not recursion). */
function* withinNesting(tokens: Iterable<CST.Token>): Generator<CST.Token> {
  for (const token of tokens) {
    const pending: Array<{node: CST.Token; depth: number}> = token.type === 'document' && token.value ? [{node: token.value, depth: 0}] : []
    while (pending.length > 0) {
      const {node, depth} = pending.pop()!
      if (!('items' in node)) continue
      if (depth >= maxNesting) throw tooDeep('YAML', node.offset)
      for (const item of node.items) {
        if (item.key) pending.push({node: item.key, depth: depth + 1})
        if (item.value) pending.push({node: item.value, depth: depth + 1})
      }
    }

    yield token
  }
}
