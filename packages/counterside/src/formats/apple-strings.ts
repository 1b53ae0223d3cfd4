/** Apple `.strings`: `"key" = "value";` pairs with C comments. */
import {catalogDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import {InputError} from '../input-error.js'
import {LineIndex} from '../positions.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath} from './language.js'

const token = /\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|"((?:[^"\\]|\\.)*)"|[=;]|[\w.$-]+/y

export function extractAppleStrings(text: string, filePath: string): Extraction {
  const language = languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  const units: TextUnit[] = []
  const comments: CatalogComment[] = []
  const spans: MessageSpan[] = []
  let entryStart = 0
  const expected = ['key', '=', 'value', ';'] as const
  let step = 0
  let key = ''
  token.lastIndex = 0
  while (token.lastIndex < text.length) {
    const at = token.lastIndex
    const match = token.exec(text)
    const fail = (problem: string): never => {
      throw new InputError(`malformed .strings: ${problem}`, new LineIndex(text).locate(at), 'write each entry as "key" = "value"; with double quotes and a semicolon')
    }

    if (!match) fail(text.startsWith('/*', at) ? 'a `/*` comment is never closed' : text[at] === '"' ? 'a string is never closed (its closing `"` is missing)' : `unexpected character ${JSON.stringify(text[at])}`)
    const part = match![0]
    if (/^\s/.test(part)) continue
    if (part.startsWith('/*') || part.startsWith('//')) {
      comments.push({body: part.startsWith('//') ? part.slice(2) : part.slice(2, -2), start: at, end: at + part.length})
      continue
    }

    const want = expected[step]!
    if (want === '=' || want === ';') {
      if (part !== want) fail(`expected \`${want}\` but found ${JSON.stringify(part.slice(0, 20))}`)
    } else if (part === '=' || part === ';') {
      fail(`expected a ${want} but found \`${part}\``)
    } else if (want === 'key') {
      entryStart = at
      key = match![1] === undefined ? part : decodeAppleString(match![1])
    } else {
      const raw = match![1] ?? part
      units.push(...catalogMessageUnits(decodeAppleString(raw), raw, at + (match![1] === undefined ? 0 : 1), key, {backslash: true}))
    }

    if (want === ';') spans.push({start: entryStart, end: at + 1})
    step = (step + 1) % expected.length
  }

  if (step !== 0) throw new InputError('malformed .strings: the file ends in the middle of an entry', new LineIndex(text).locate(text.length), 'finish the last entry with "value";')
  return {units, directives: catalogDirectives(text, comments, spans), language}
}

function decodeAppleString(raw: string): string {
  return raw.replace(/\\(U[\da-fA-F]{4}|u[\da-fA-F]{4}|.)/g, (_whole, escape: string) => {
    if (/^[Uu][\da-fA-F]{4}$/.test(escape)) return String.fromCharCode(Number.parseInt(escape.slice(1), 16))
    return escape === 'n' ? '\n' : escape === 't' ? '\t' : escape
  })
}
