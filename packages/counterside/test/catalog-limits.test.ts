/** Catalog parsers at their limits: nesting depth, long numbers, duplicate keys, entities, ICU syntax. */
import {describe, expect, it} from 'vitest'
import {InputError} from '../src/input-error.js'
import {extractAndroidStrings} from '../src/formats/android-strings.js'
import {extractAppleStrings} from '../src/formats/apple-strings.js'
import {messageUnits} from '../src/formats/icu.js'
import {extractJsonCatalog} from '../src/formats/json-catalog.js'
import {maxNesting} from '../src/formats/nesting.js'
import {decodeEntities} from '../src/formats/xml.js'
import {extractYamlCatalog} from '../src/formats/yaml-catalog.js'

function failure(run: () => unknown, text: string): InputError {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return error.placedIn(text)
    throw error
  }

  throw new Error('no error')
}

describe('nesting limit', () => {
  const jsonAt = (depth: number): string => '['.repeat(depth - 1) + '{"a": "Hi"}' + ']'.repeat(depth - 1)

  it('reads JSON nested exactly to the limit and refuses one level more, at the bracket', () => {
    expect(extractJsonCatalog(jsonAt(maxNesting), 'en.json').units).toHaveLength(1)
    const text = jsonAt(maxNesting + 1)
    expect(failure(() => extractJsonCatalog(text, 'en.json'), text)).toMatchObject({message: `JSON nested deeper than ${maxNesting} levels`, line: 1, column: maxNesting + 1})
  })

  it('does the same for YAML, flow and block', () => {
    const flow = (depth: number): string => '['.repeat(depth - 1) + '{a: Hi}' + ']'.repeat(depth - 1)
    expect(extractYamlCatalog(flow(maxNesting), 'en.yml').units).toHaveLength(1)
    expect(failure(() => extractYamlCatalog(flow(maxNesting + 1), 'en.yml'), flow(maxNesting + 1))).toMatchObject({message: `YAML nested deeper than ${maxNesting} levels`, column: maxNesting + 1})
    const block = (depth: number): string => Array.from({length: depth}, (_, level) => `${' '.repeat(level)}k${level}:${level === depth - 1 ? ' Hi' : ''}\n`).join('')
    expect(extractYamlCatalog(block(maxNesting), 'en.yml').units).toHaveLength(1)
    expect(failure(() => extractYamlCatalog(block(maxNesting + 1), 'en.yml'), block(maxNesting + 1))).toMatchObject({line: maxNesting + 1})
  })
})

describe('JSON catalogs', () => {
  it('accept numbers of any length', () => {
    expect(extractJsonCatalog(`{"n": -${'1'.repeat(500)}.${'2'.repeat(500)}E+${'3'.repeat(100)}, "a": "Hi"}`, 'en.json').units).toHaveLength(1)
  })

  it('refuse a key given twice in one object, and allow it in two', () => {
    expect(extractJsonCatalog('{"a": {"x": "Hi"}, "b": {"x": "Yo"}}', 'en.json').units).toHaveLength(2)
    const text = '{"a": "Hi",\n "a": "Yo"}'
    expect(failure(() => extractJsonCatalog(text, 'en.json'), text)).toMatchObject({message: 'duplicate key "a" in a JSON object', line: 2, column: 2})
  })

  it('read an empty file as no messages, and refuse whitespace JSON does not allow', () => {
    expect(extractJsonCatalog(' \n\t', 'en.json').units).toEqual([])
    expect(() => extractJsonCatalog('{\u00a0"a": "Hi"}', 'en.json')).toThrow(InputError)
  })
})

describe('YAML catalogs', () => {
  it('read every document of a multi-document file', () => {
    expect(extractYamlCatalog('a: Hi\n---\nb: Yo\n', 'en.yml').units.map((unit) => unit.key)).toEqual(['a', 'b'])
  })
})

describe('XML entities', () => {
  it('leave declared entities unexpanded, one neutral space each, and map invalid references to U+FFFD', () => {
    expect(decodeEntities('a &lol9; b &amp; &#x41;&#65; &#x110000;')).toBe('a   b & AA \ufffd')
  })

  it('refuse a character reference to no XML character, but not inside a comment or CDATA', () => {
    const text = '<resources>\n  <string name="a">Hi &#xD800;</string>\n</resources>'
    expect(failure(() => extractAndroidStrings(text, 'res/values/strings.xml'), text)).toMatchObject({line: 2, column: 23})
    expect(extractAndroidStrings('<resources><!-- &#0; --><string name="a"><![CDATA[&#0;]]> ok</string></resources>', 'res/values/strings.xml').units).toHaveLength(1)
  })
})

describe('Apple .strings', () => {
  it('say which comment or string is never closed', () => {
    expect(() => extractAppleStrings('"a" = "Hi";\n"b" = "Unclosed', 'en.lproj/a.strings')).toThrow(expect.objectContaining({message: 'malformed .strings: a string is never closed (its closing `"` is missing)', line: 2, column: 7}))
    expect(() => extractAppleStrings('/* c */\n/* open', 'en.lproj/a.strings')).toThrow(expect.objectContaining({message: 'malformed .strings: a `/*` comment is never closed', line: 2, column: 1}))
  })
})

describe('ICU syntax', () => {
  it('is an error in strict mode only for a broken plural or select, not for tags or plain braces', () => {
    expect(() => messageUnits('{n, plural, one {# item} other {# items}', 'k', {strict: true})).toThrow('a `{` is not closed')
    expect(messageUnits('{n, plural, one {# item} other {# items}', 'k')).toHaveLength(1)
    expect(messageUnits('Use {0} or {', 'k', {strict: true})[0]!.text).toBe('Use {0} or {')
    expect(messageUnits('{n, plural, one {<br>one} other {many}}', 'k', {strict: true})).toHaveLength(1)
  })
})
