/**
 * Streamed extraction: a long Markdown page's one unit is handed out in
 * pieces, and a JSON catalog's units are made, as they are linted, so the
 * CLI never holds a whole page's prose (or a whole catalog's offsets) at
 * once. Linting the stream must give exactly what linting the whole gives.
 */
import {describe, expect, it} from 'vitest'
import {languageSample} from '../src/english-only.js'
import {formatOf, lintExtraction, type ExtractionLintOptions} from '../src/extract.js'
import type {StreamedExtraction} from '../src/formats/extraction.js'
import {extractJsonCatalog, streamJsonCatalog} from '../src/formats/json-catalog.js'
import {extractMarkdown, streamMarkdown, streamMarkdownInParts} from '../src/formats/markdown.js'
import {extractPo, streamPo} from '../src/formats/po.js'
import type {TextUnit} from '../src/units.js'
import {streamingPage as page} from './streaming-page.js'

const markdown = formatOf('page.md')!
// One config object, as the CLI's resolver gives: core builds its linter once per object.
const config = {}
const options: ExtractionLintOptions = {configFor: () => config, userSaysEnglish: false, failsOnUnchecked: () => false, reportUnusedDirectives: 2}

function pieces(extraction: StreamedExtraction): TextUnit[] {
  return [...extraction.units]
}

describe('a streamed Markdown page', () => {
  const text = page(40)

  it('lints to exactly what the whole page lints to: findings, places, order, directives, perspective', () => {
    const whole = lintExtraction(text, extractMarkdown(text), markdown, options)
    expect(whole.messages.filter((message) => message.ruleId !== null).length).toBeGreaterThan(100)
    expect(whole.suppressed.length).toBeGreaterThan(50)
    // The unused next-line directives are reported too.
    expect(whole.messages.some((message) => message.ruleId === null)).toBe(true)
    // Cut at every safe place (every block) and at the CLI's part length.
    for (const streamed of [streamMarkdownInParts(text, 1), streamMarkdown(text)]) expect(lintExtraction(text, streamed, markdown, options)).toEqual(whole)
  })

  it('is the whole page\'s one unit, cut into pieces at block breaks', () => {
    const [whole] = extractMarkdown(text).units
    for (const partLength of [1, 2048, 16 * 1024]) {
      const units = pieces(streamMarkdownInParts(text, partLength))
      expect(units.length).toBeGreaterThan(text.length / (partLength + 4096))
      expect(units.map((unit) => unit.text).join('')).toBe(whole!.text)
      expect(units.flatMap((unit) => Array.from(unit.starts))).toEqual(Array.from(whole!.starts))
      expect(units.flatMap((unit) => Array.from(unit.ends))).toEqual(Array.from(whole!.ends))
      expect(units.map((unit) => unit.continuesPrevious)).toEqual([undefined, ...units.slice(1).map(() => true)])
      for (const unit of units.slice(0, -1)) expect(unit.text).toMatch(/[^\n \t]\n\n$/)
    }
  })

  it('makes each piece only when it is taken, parsing the page part by part', () => {
    const long = `${page(160)}\n<!-- counterside-disable-next-line sales-jargon -->\nUpsell at the end.\n`
    const extraction = streamMarkdown(long)
    expect(Array.isArray(extraction.units)).toBe(false)
    const iterator = extraction.units[Symbol.iterator]()
    const first = iterator.next()
    expect(first.done).toBe(false)
    // One part's prose, not the page's: the directives of the parts still to come are not read yet.
    expect(first.value.text.length).toBeLessThan(20 * 1024)
    const directivesSoFar = extraction.directives.length
    let taken = 1
    while (!iterator.next().done) taken++
    expect(taken).toBeGreaterThan(5)
    expect(directivesSoFar).toBeLessThan(extraction.directives.length / 5)
    expect(extraction.directives.at(-1)).toMatchObject({kind: 'disable-next-line', rules: ['sales-jargon']})
  })

  it('keeps a piece going where white space at its end could be read differently across a cut', () => {
    // A block scalar in front matter ends in a line break: its prose ends in `\n\n\n`, no place to cut.
    const text = `---\ndescription: |\n  Upsell the warranty.\n${'  More words.\n'.repeat(200)}---\n\n${'Thanks for your order.\n\n'.repeat(200)}`
    const units = pieces(streamMarkdownInParts(text, 1))
    expect(units[0]!.text).toMatch(/Thanks/)
    expect(lintExtraction(text, streamMarkdownInParts(text, 1), markdown, options)).toEqual(lintExtraction(text, extractMarkdown(text), markdown, options))
  })

  it('detects the language from the sample the whole unit gives, and reads front matter `lang` before linting', () => {
    for (const partLength of [1, 1000, 5000]) {
      const wholeSample = languageSample(extractMarkdown(text).units[Symbol.iterator]())
      const streamed = languageSample(streamMarkdownInParts(text, partLength).units[Symbol.iterator]())
      expect(streamed.sample).toBe(wholeSample.sample)
      expect(streamed.taken.length).toBeGreaterThan(1)
    }

    const french = `---\nlang: fr\n---\n\n${'Merci pour votre commande.\n\n- un article\n\n'.repeat(1000)}`
    const whole = lintExtraction(french, extractMarkdown(french), markdown, options)
    expect(whole.messages[0]?.message).toMatch(/^Not checked: this Markdown is in French/)
    expect(lintExtraction(french, streamMarkdown(french), markdown, options)).toEqual(whole)
  })
})

describe('lintExtraction on a stream', () => {
  it('lints each unit as it is taken, before the next is made', () => {
    const events: string[] = []
    const sentence = 'Your order is on its way, and you can track it from your account at any time. '
    const units = (function* (): Generator<TextUnit> {
      for (let index = 0; index < 4; index++) {
        events.push(`make ${index}`)
        const text = sentence.repeat(300)
        yield {text, starts: Array.from(text, (_, at) => at), ends: Array.from(text, (_, at) => at + 1), key: String(index)}
      }
    })()
    const text = sentence.repeat(300)
    lintExtraction(text, {units, directives: []}, formatOf('messages.json')!, {...options, configFor: (key) => {
      events.push(`lint ${key}`)
      return config
    }})
    // A unit this long is the whole language sample: nothing more is made before it is linted.
    expect(events).toEqual(['make 0', 'lint 0', 'make 1', 'lint 1', 'make 2', 'lint 2', 'make 3', 'lint 3'])
  })
})

describe('a streamed JSON catalog', () => {
  const catalog = JSON.stringify(Object.fromEntries(Array.from({length: 300}, (_, index) => [
    `message.${index}`,
    index % 3 === 0 ? `{count, plural, one {Upsell the warranty.} other {Upsell # warranties.}}` : index % 3 === 1 ? 'Please wait for manager approval.' : 'Thanks, your order is on its way.'
  ])), null, 2)
  const json = formatOf('messages.json')!

  it('lints to exactly what the whole catalog lints to', () => {
    const whole = lintExtraction(catalog, extractJsonCatalog(catalog, 'messages.json'), json, options)
    expect(whole.messages.length).toBeGreaterThan(200)
    expect(lintExtraction(catalog, streamJsonCatalog(catalog, 'messages.json'), json, options)).toEqual(whole)
  })

  it('makes units when they are taken, after the whole file is scanned', () => {
    expect(() => streamJsonCatalog('{"a": "Hi", "b": }', 'messages.json')).toThrow(/malformed JSON/)
    const iterator = streamJsonCatalog(catalog, 'messages.json').units[Symbol.iterator]()
    expect(iterator.next().value).toMatchObject({key: 'message.0'})
  })

  it('still reports a malformed ICU message before a later syntax error, as when units were made while scanning', () => {
    const text = '{"a": "Hello", "b": "{count, plural, one {x}", "c": }'
    expect(() => extractJsonCatalog(text, 'messages.json')).toThrow(/malformed ICU message in "b"/)
    expect(() => streamJsonCatalog(text, 'messages.json')).toThrow(/malformed ICU message in "b"/)
  })
})

describe('a streamed PO catalog', () => {
  const entries = Array.from({length: 200}, (_, index) => [
    index % 7 === 0 ? '# counterside-disable-next-line sales-jargon -- quoted from the staff guide\n' : '',
    index % 5 === 0 ? `msgctxt "screen ${index}"\n` : '',
    index % 2 === 0 ? `msgid "Upsell the warranty (${index})."\n` : `msgid ""\n"Please wait for "\n"manager approval (${index})."\n`,
    'msgstr ""\n'
  ].join(''))
  const catalog = `msgid ""\nmsgstr "Language: en\\n"\n\n${entries.join('\n')}`
  const po = formatOf('messages.po')!

  it('lints to exactly what the whole catalog lints to, directives included', () => {
    const whole = lintExtraction(catalog, extractPo(catalog, 'messages.po'), po, options)
    expect(whole.messages.length).toBeGreaterThan(150)
    expect(whole.suppressed.length).toBeGreaterThan(10)
    const streamed = streamPo(catalog, 'messages.po')
    expect(Array.isArray(streamed.units)).toBe(false)
    expect(lintExtraction(catalog, streamed, po, options)).toEqual(whole)
  })
})
