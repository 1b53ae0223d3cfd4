/**
 * JSON catalogs: nested (i18next, react-intl, vue-i18n), flat, and ARB.
 * A small tokenizer instead of `JSON.parse`, because every string needs its
 * line and column, and a syntax error needs its place.
 */
import {InputError} from '../input-error.js'
import {LineIndex} from '../positions.js'
import type {TextUnit} from '../units.js'
import {catalogMessageUnits} from './catalog-message.js'
import {isEnglish, type Extraction} from './extraction.js'
import {languageFromPath} from './language.js'

interface StringToken {
  readonly value: string
  readonly start: number
  readonly end: number
}

export function extractJsonCatalog(text: string, filePath: string): Extraction {
  const units: TextUnit[] = []
  let locale: string | undefined
  const parser = new JsonScanner(text, (key, token) => {
    const last = key.at(-1)
    if (key.length === 1 && last === '@@locale') locale = token.value
    // ARB metadata (`@key`, `@@locale`) describes messages, it is not one.
    if (key.some((part) => part.startsWith('@'))) return
    const raw = text.slice(token.start + 1, token.end - 1)
    units.push(...catalogMessageUnits(token.value, raw, token.start + 1, key.join('.'), {backslash: true}))
  })
  parser.parseDocument()
  const language = locale ?? languageFromPath(filePath)
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  return {units, directives: [], language}
}

type OnString = (key: readonly string[], token: StringToken) => void

class JsonScanner {
  #position = 0
  readonly #text: string
  readonly #onString: OnString
  #lines: LineIndex | undefined

  constructor(text: string, onString: OnString) {
    this.#text = text
    this.#onString = onString
  }

  parseDocument(): void {
    this.#skipSpace()
    this.#value([])
    this.#skipSpace()
    if (this.#position < this.#text.length) this.#fail('unexpected text after the end of the JSON value')
  }

  #value(key: string[]): void {
    const char = this.#text[this.#position]
    if (char === '{') return this.#object(key)
    if (char === '[') return this.#array(key)
    if (char === '"') return this.#onString(key, this.#string())
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(this.#text.slice(this.#position, this.#position + 64))
    if (!literal) this.#fail(char === undefined ? 'unexpected end of file' : `unexpected character ${JSON.stringify(char)}`)
    this.#position += literal![0].length
  }

  #object(key: string[]): void {
    this.#position++
    this.#skipSpace()
    if (this.#text[this.#position] === '}') {
      this.#position++
      return
    }

    for (;;) {
      this.#skipSpace()
      if (this.#text[this.#position] !== '"') this.#fail('expected a quoted property name')
      const name = this.#string().value
      this.#skipSpace()
      this.#expect(':')
      this.#skipSpace()
      this.#value([...key, name])
      this.#skipSpace()
      if (this.#text[this.#position] === ',') {
        this.#position++
        continue
      }

      this.#expect('}')
      return
    }
  }

  #array(key: string[]): void {
    this.#position++
    this.#skipSpace()
    if (this.#text[this.#position] === ']') {
      this.#position++
      return
    }

    for (let index = 0; ; index++) {
      this.#skipSpace()
      this.#value([...key, String(index)])
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

  #skipSpace(): void {
    while (/\s/.test(this.#text[this.#position] ?? '')) this.#position++
  }

  #fail(problem: string): never {
    this.#lines ??= new LineIndex(this.#text)
    throw new InputError(`malformed JSON: ${problem}`, this.#lines.locate(this.#position), 'fix the JSON syntax (a trailing comma or a missing quote is the usual cause)')
  }
}
