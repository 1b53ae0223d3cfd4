/**
 * Language codes: which strings are real language tags, which of them are
 * English, and a catalog's language from its path (`locales/fr/checkout.json`,
 * `fr-CA.yml`, `messages.de.json`, `values-es/strings.xml`, `fr.lproj/`).
 *
 * A name only counts when it is a real code, so `locales/pos.json`, `ui.json`
 * or `nav.json` are not read as languages: two letters must be ISO 639-1
 * (the iso-639-2 package's list); three letters must name a language that has
 * no two-letter code (BCP 47 uses the shortest code, so `nav` is not Navajo,
 * `nv` is) and that locale data exists for (Node's ICU, i.e. CLDR: `fil`,
 * `haw`, `yue`, but not `pos`, `new` or `man`, which are ISO 639-3 codes of
 * languages no app ships, and English words first). `eng` is English.
 */
import {iso6392} from 'iso-639-2'

let twoLetterNames: Map<string, string> | undefined
let displayNames: Intl.DisplayNames | undefined

/** English name of a two-letter code; the map is built on first use, not when the CLI starts. */
function twoLetterName(code: string): string | undefined {
  twoLetterNames ??= new Map(iso6392.flatMap((language) => (language.iso6391 ? [[language.iso6391, language.name.split(';')[0]!.trim()] as const] : [])))
  return twoLetterNames.get(code)
}

/** English name of a three-letter code through ICU; the formatter is made on first use. */
function displayName(code: string): string {
  displayNames ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'})
  return displayNames.of(code) ?? code
}

/** language[-Script][-REGION], `-` or `_` between (`zh-Hant-TW`, `pt_BR`, `es-419`). */
const tagShape = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i

export interface LanguageTag {
  /** As written (`pt_BR`, `pt-rBR`). */
  readonly tag: string
  /** Primary language subtag, lower case (`pt`). */
  readonly language: string
  /** English name of the language (`Portuguese`). */
  readonly name: string
  readonly english: boolean
}

/** The tag, when `value` is a real language tag (`en-GB`, `pt_BR`, `zh-Hant-TW`, `fil`); otherwise `undefined`. */
export function parseLanguageTag(value: string): LanguageTag | undefined {
  const tag = value.trim()
  // Android writes the region `rBR` (`values-pt-rBR`).
  const match = tagShape.exec(tag.replace(/-r([A-Z]{2})$/, '-$1'))
  if (!match) return undefined
  const language = match[1]!.toLowerCase()
  if (language === 'eng') return {tag, language: 'en', name: 'English', english: true}
  const name = language.length === 2 ? twoLetterName(language) : hasOwnLocaleData(language) ? displayName(language) : undefined
  if (name === undefined) return undefined
  return {tag, language, name, english: language === 'en'}
}

/** `en`, `en-GB`, `en_US`, `eng`: English. A declared language that is not a tag at all is not English either. */
export function isEnglish(language: string): boolean {
  return /^(?:en|eng)(?:[-_]|$)/i.test(language.trim())
}

/** How to name a declared language in a message: `French (fr-CA)`, or the value as written when it is no tag. */
export function describeLanguage(language: string): string {
  const tag = parseLanguageTag(language)
  return tag ? `${tag.name} (${tag.tag})` : `“${language.trim()}”`
}

/** ICU maps `deu` to `de`: only a code that is its own locale is a three-letter language tag. */
function hasOwnLocaleData(code: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([code], {localeMatcher: 'lookup'})[0] === code
}

const catalogDirectory = /^(?:locales?|i18n|l10n|lang|langs|languages|translations|messages)$/i

/** The language a catalog's path names, as written; only names in catalog positions count, so `src/` or `app/` never do. */
export function languageFromPath(filePath: string): string | undefined {
  const parts = filePath.split('/')
  const name = parts.at(-1) ?? ''
  const real = (candidate: string | undefined): string | undefined => (candidate !== undefined && parseLanguageTag(candidate) ? candidate : undefined)
  for (const [index, part] of parts.entries()) {
    if (index > 0 && index < parts.length - 1 && catalogDirectory.test(parts[index - 1]!) && real(part)) return part
    const android = real(/^values-([a-z]{2,3}(?:-r[A-Z]{2})?)$/.exec(part)?.[1])
    if (android) return android
    const apple = real(/^(.+)\.lproj$/.exec(part)?.[1])
    if (apple) return apple
  }

  const stem = name.replace(/\.[^.]+$/, '')
  // Flutter names ARB files `app_ja.arb`, `app_pt_BR.arb`.
  const arb = /_([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(stem)?.[1]
  if (name.endsWith('.arb') && real(arb)) return arb
  if (parts.length > 1 && catalogDirectory.test(parts.at(-2) ?? '') && real(stem)) return stem
  // Two letters only after a dot: `data.min.json` is not in the `min` language.
  const suffix = stem.includes('.') ? stem.split('.').at(-1)! : ''
  if (/^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/.test(suffix) && real(suffix)) return suffix
  return undefined
}
