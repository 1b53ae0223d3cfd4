/**
 * JSON catalogs: nested (i18next, react-intl, vue-i18n), flat, and ARB.
 * A small tokenizer instead of `JSON.parse`, because every string needs its
 * line and column, and a syntax error needs its place.
 */
import {InputError} from '../input-error.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {collectExtraction, isEnglish, type Extraction, type StreamedExtraction} from './extraction.js'
import {languageFromPath} from './language.js'
import {maxNesting, tooDeep} from './nesting.js'

interface StringToken {
  readonly value: string
  readonly start: number
  readonly end: number
}

export function extractJsonCatalog(text: string, filePath: string): Extraction {
  return collectExtraction(streamJsonCatalog(text, filePath))
}

/**
 * The catalog is scanned at once (a syntax error anywhere is found before
 * any message is linted); each message's units, with an offset per
 * character, are made only when taken: held all at once they are most of
 * the memory a large catalog costs.
 */
export function streamJsonCatalog(text: string, filePath: string): StreamedExtraction {
  const messages: StringToken[] = []
  const keys: string[] = []
  let locale: string | undefined
  const parser = new JsonScanner(text, (key, token) => {
    const last = key.at(-1)
    if (key.length === 1 && last === '@@locale') locale = token.value
    // ARB metadata (`@key`, `@@locale`) describes messages, it is not one.
    if (key.some((part) => part.startsWith('@'))) return
    messages.push(token)
    keys.push(key.join('.'))
  })
  const unitsOf = (index: number): TextUnit[] => {
    const token = messages[index]!
    return catalogMessageUnits(token.value, text.slice(token.start + 1, token.end - 1), token.start + 1, keys[index]!, {backslash: true})
  }

  try {
    parser.parseDocument()
  } catch (error) {
    // Made as they were read, the messages before the syntax error would have thrown theirs (a malformed ICU message) first.
    for (let index = 0; index < messages.length; index++) unitsOf(index)
    throw error
  }

  const language = locale ?? languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  return {
    units: (function* () {
      for (let index = 0; index < messages.length; index++) yield* unitsOf(index)
    })(),
    directives: [],
    language
  }
}

type OnString = (key: readonly string[], token: StringToken) => void

const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y

class JsonScanner {
  #position = 0
  #depth = 0
  readonly #text: string
  readonly #onString: OnString
  /** The key path of the value being read; one array, pushed and popped, so deep files cost no copies. */
  readonly #key: string[] = []

  constructor(text: string, onString: OnString) {
    this.#text = text
    this.#onString = onString
  }

  parseDocument(): void {
    this.#skipSpace()
    // An empty file has no messages (as an empty YAML or PO file has none).
    if (this.#position === this.#text.length) return
    this.#value()
    this.#skipSpace()
    if (this.#position < this.#text.length) this.#fail('unexpected text after the end of the JSON value')
  }

  #value(): void {
    const char = this.#text[this.#position]
    if (char === '{' || char === '[') {
      if (++this.#depth > maxNesting) throw tooDeep('JSON', this.#position)
      if (char === '{') this.#object()
      else this.#array()
      this.#depth--
      return
    }

    if (char === '"') return this.#onString(this.#key, this.#string())
    literal.lastIndex = this.#position
    // Numbers of any length are valid JSON (catalogs never need their value).
    if (!literal.test(this.#text)) this.#fail(char === undefined ? 'unexpected end of file' : `unexpected character ${JSON.stringify(char)}`)
    this.#position = literal.lastIndex
  }

  #object(): void {
    this.#position++
    this.#skipSpace()
    if (this.#text[this.#position] === '}') {
      this.#position++
      return
    }

    const names = new Set<string>()
    for (;;) {
      this.#skipSpace()
      if (this.#text[this.#position] !== '"') this.#fail('expected a quoted property name')
      const nameStart = this.#position
      const name = this.#string().value
      // Parsers keep the last of two equal keys, so the first message would never be shown.
      if (names.has(name)) throw new InputError(`duplicate key ${JSON.stringify(name)} in a JSON object`, {offset: nameStart}, 'remove or rename one of them: only the last one reaches customers')
      names.add(name)
      this.#skipSpace()
      this.#expect(':')
      this.#skipSpace()
      this.#key.push(name)
      this.#value()
      this.#key.pop()
      this.#skipSpace()
      if (this.#text[this.#position] === ',') {
        this.#position++
        continue
      }

      this.#expect('}')
      return
    }
  }

  #array(): void {
    this.#position++
    this.#skipSpace()
    if (this.#text[this.#position] === ']') {
      this.#position++
      return
    }

    for (let index = 0; ; index++) {
      this.#skipSpace()
      this.#key.push(String(index))
      this.#value()
      this.#key.pop()
      this.#skipSpace()
      if (this.#text[this.#position] === ',') {
        this.#position++
        continue
      }

      this.#expect(']')
      return
    }
  }

  #string(): StringToken {
    const start = this.#position
    // eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
    const match = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/.exec(this.#text.slice(start, start + 1 + this.#stringEnd(start)))
    if (!match) this.#fail('invalid string (unescaped control character, bad escape or missing closing quote)')
    this.#position += match![0].length
    return {value: JSON.parse(match![0]) as string, start, end: this.#position}
  }

  /** Distance to the probable closing quote, so the regex above sees one string only. */
  #stringEnd(start: number): number {
    let index = start + 1
    while (index < this.#text.length) {
      const char = this.#text[index]
      if (char === '\\') index += 2
      else if (char === '"') return index - start
      else index++
    }

    return this.#text.length - start
  }

  #expect(char: string): void {
    if (this.#text[this.#position] !== char) {
      const found = this.#text[this.#position]
      this.#fail(`expected \`${char}\` but found ${found === undefined ? 'the end of the file' : JSON.stringify(found)}`)
    }

    this.#position++
  }

  /** JSON's four whitespace characters, no others (a no-break space is an error, as in `JSON.parse`). */
  #skipSpace(): void {
    for (;;) {
      const code = this.#text.charCodeAt(this.#position)
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return
      this.#position++
    }
  }

  #fail(problem: string): never {
    throw new InputError(`malformed JSON: ${problem}`, {offset: this.#position}, 'fix the JSON syntax (a trailing comma or a missing quote is the usual cause)')
  }
}
