/** Position mapping and message parsing, below the CLI. */
import {describe, expect, it} from 'vitest'
import {align} from '../src/align.js'
import {parseDirective} from '../src/directives.js'
import {messageUnits} from '../src/formats/icu.js'
import {languageFromPath, parseLanguageTag} from '../src/formats/language.js'

describe('align', () => {
  it('maps decoded characters through JSON escapes', () => {
    const raw = 'Caf\\u00e9 \\"ok\\"'
    const {starts, ends} = align('Café "ok"', raw, 10, {backslash: true})
    expect(starts).toEqual([10, 11, 12, 13, 19, 20, 22, 23, 24])
    expect(ends[3]).toBe(19)
  })

  it('maps through XML entities and folded whitespace', () => {
    expect(align('a & b', 'a &amp; b', 0, {entities: true}).starts).toEqual([0, 1, 2, 7, 8])
    expect(align('a b', 'a\n   b', 0).starts).toEqual([0, 1, 5])
  })
})

describe('ICU messages', () => {
  it('lints each plural branch inside its sentence, arguments kept as written for core to read as values', () => {
    const units = messageUnits('Please wait for {n, plural, one {a manager} other {# managers}}, {name}.')
    expect(units.map((unit) => unit.text)).toEqual(['Please wait for a manager, {name}.', 'Please wait for # managers, {name}.'])
    // "a manager" in the first variant points at its source characters, and so does each of `{name}`'s.
    expect(units[0]!.starts.slice(16, 25)).toEqual([33, 34, 35, 36, 37, 38, 39, 40, 41])
    expect(units[0]!.starts.slice(27, 33)).toEqual([65, 66, 67, 68, 69, 70])
  })

  it('keeps i18next and printf placeholders as written, through the ICU parse they would break', () => {
    const [unit, ...rest] = messageUnits('Hi {{name}}, %{count} of {n, plural, one {# item} other {# items}} left, 100% sure')
    expect(rest).toHaveLength(1)
    expect(unit!.text).toBe('Hi {{name}}, %{count} of # item left, 100% sure')
    expect(messageUnits('Hi {{name}}, %1$d items, %s, ${x}')[0]!.text).toBe('Hi {{name}}, %1$d items, %s, ${x}')
  })

  it('gives a message that is not ICU as written', () => {
    expect(messageUnits('Use {0} or {')[0]!.text).toBe('Use {0} or {')
  })
})

describe('language from path', () => {
  it.each([
    ['locales/fr/checkout.json', 'fr'],
    ['config/locales/de-AT.yml', 'de-AT'],
    ['src/messages.es.json', 'es'],
    ['app/src/main/res/values-pt-rBR/strings.xml', 'pt-rBR'],
    ['ios/fr.lproj/Localizable.strings', 'fr'],
    ['lib/l10n/app_ja.arb', 'ja'],
    ['src/app/checkout.json', undefined],
    ['dist/data.min.json', undefined],
    ['locales/pos.json', undefined],
    ['locales/nav.json', undefined],
    ['locales/ui.json', undefined],
    ['config/locales/app.yml', undefined],
    ['locales/eng.json', 'eng'],
    ['locales/zh-Hant-TW/checkout.json', 'zh-Hant-TW'],
    ['src/messages.pt_BR.json', 'pt_BR']
  ])('%s → %s', (file, language) => {
    expect(languageFromPath(file)).toBe(language)
  })
})

describe('language tags', () => {
  it.each([
    ['en', 'en', true], ['en-GB', 'en', true], ['en_US', 'en', true], ['eng', 'en', true], ['EN', 'en', true],
    ['fr', 'fr', false], ['pt_BR', 'pt', false], ['zh-Hant-TW', 'zh', false], ['es-419', 'es', false], ['ru-RU', 'ru', false], ['pt-rBR', 'pt', false], ['fil', 'fil', false], ['yue', 'yue', false]
  ])('%s is a tag (%s, English: %s)', (value, language, english) => {
    expect(parseLanguageTag(value)).toMatchObject({tag: value, language, english})
  })

  it.each(['pos', 'app', 'ui', 'nav', 'err', 'new', 'min', 'map', 'und', 'mul', 'xx', 'en-', 'fr-Latn-XX-YY', 'checkout'])('%s is not a language tag', (value) => {
    expect(parseLanguageTag(value)).toBeUndefined()
  })
})

describe('directives', () => {
  const place = {line: 1, column: 1, endLine: 1, endColumn: 40}
  it('parses rules and a reason after --', () => {
    expect(parseDirective(' counterside-disable-next-line sales-jargon, shouting -- staff-only page ', place)).toMatchObject({kind: 'disable-next-line', rules: ['sales-jargon', 'shouting'], reason: 'staff-only page'})
    expect(parseDirective('counterside-enable', place)).toMatchObject({kind: 'enable', rules: []})
    expect(parseDirective('counterside-disabled', place)).toBeUndefined()
  })
})
