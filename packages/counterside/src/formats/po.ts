/**
 * gettext `.po`/`.pot`: every msgid (the source copy) and msgid_plural,
 * and msgstr too when the catalog is English. A small line parser instead of
 * gettext-parser, because findings need each string's line and column.
 */
import {InputError} from '../input-error.js'
import type {TextUnit} from '../units.js'
import {align} from '../align.js'
import {catalogDirectives, mayHaveDirectives, type CatalogComment, type MessageSpan} from '../directives.js'
import {catalogUnitsOf} from './catalog-message.js'
import {collectExtraction, isEnglish, type Extraction, type StreamedExtraction} from './extraction.js'
import {languageFromPath} from './language.js'

interface PoString {
  readonly value: string
  /** Each quoted piece: raw text between the quotes and its file offset. */
  readonly pieces: Array<{raw: string; start: number; value: string}>
}

interface PoEntry {
  context?: string
  fields: Map<string, PoString>
}

const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)$/
const quoted = /^"((?:[^"\\]|\\.)*)"\s*$/

export function extractPo(text: string, filePath: string): Extraction {
  return collectExtraction(streamPo(text, filePath))
}

/** The catalog is parsed at once (a syntax error anywhere comes first); each message's units are made when taken. */
export function streamPo(text: string, filePath: string): StreamedExtraction {
  const comments: CatalogComment[] = []
  const entries = parsePo(text, comments)
  const header = entries.find((entry) => entry.fields.get('msgid')?.value === '' && entry.context === undefined)
  const headerLanguage = /^Language:\s*(\S*)/m.exec(header?.fields.get('msgstr')?.value ?? '')?.[1]
  // A template's msgids are the source copy: English unless its header says otherwise, wherever it lives.
  const template = filePath.toLowerCase().endsWith('.pot')
  const language = headerLanguage || (template ? 'en' : languageFromPath(filePath))
  if (language && !isEnglish(language)) return {units: [], directives: [], language}
  // A template (.pot) or an English catalog: its translations are English copy too.
  const lintTranslations = language !== undefined && isEnglish(language)
  return {units: poUnits(entries, lintTranslations), directives: mayHaveDirectives(text) ? catalogDirectives(text, comments, entries.map(entrySpan)) : [], language}
}

function* poUnits(entries: readonly PoEntry[], lintTranslations: boolean): Generator<TextUnit> {
  for (const entry of entries) {
    const msgid = entry.fields.get('msgid')
    if (!msgid || msgid.value === '') continue
    const key = entry.context === undefined ? msgid.value : `${entry.context}|${msgid.value}`
    for (const [field, string] of entry.fields) {
      if (field === 'msgctxt' || (field.startsWith('msgstr') && !lintTranslations)) continue
      // A string continued over several quoted lines is one message.
      const starts: number[] = []
      const ends: number[] = []
      for (const piece of string.pieces) {
        const alignment = align(piece.value, piece.raw, piece.start, {backslash: true})
        for (const offset of alignment.starts) starts.push(offset)
        for (const offset of alignment.ends) ends.push(offset)
      }

      yield* catalogUnitsOf({text: string.value, starts, ends, key})
    }
  }
}

/** From the first quoted string of an entry to the end of its last, msgctxt to msgstr. */
function entrySpan(entry: PoEntry): MessageSpan {
  let start = Infinity
  let end = 0
  for (const string of entry.fields.values()) {
    for (const piece of string.pieces) {
      start = Math.min(start, piece.start)
      end = Math.max(end, piece.start + piece.raw.length)
    }
  }

  return {start, end}
}

/** `comments` receives the translator (`# `) and extracted (`#.`) comments, where directives live. */
function parsePo(text: string, comments: CatalogComment[]): PoEntry[] {
  const entries: PoEntry[] = []
  let entry: PoEntry = {fields: new Map()}
  let current: {value: string; pieces: PoString['pieces']} | undefined
  let currentField = ''
  let offset = 0
  const lines = text.split('\n')
  const finish = (): void => {
    if (current) entry.fields.set(currentField, current)
    current = undefined
  }

  for (const [index, line] of lines.entries()) {
    const lineStart = offset
    offset += line.length + 1
    const trimmed = line.replace(/\r$/, '').trim()
    const fail = (problem: string): never => {
      throw new InputError(`malformed PO: ${problem}`, {line: index + 1, column: 1}, 'fix the entry (every string must be in double quotes, one keyword per line), e.g. `msgid "Thank you"`')
    }

    if (trimmed === '' || trimmed.startsWith('#')) {
      // A blank line or comment ends the string being continued.
      finish()
      const comment = /^#\.?(?![:,|~])/.exec(trimmed)
      if (comment) comments.push({body: trimmed.slice(comment[0].length), start: lineStart + line.indexOf('#'), end: lineStart + line.replace(/\r$/, '').trimEnd().length})
      if (trimmed === '' && entry.fields.size > 0) {
        entries.push(entry)
        entry = {fields: new Map()}
      }

      continue
    }

    const keywordMatch = keyword.exec(trimmed)
    const rest = keywordMatch ? keywordMatch[2]! : trimmed
    const stringMatch = quoted.exec(rest)
    if (!stringMatch) fail(keywordMatch ? 'expected a string in double quotes after the keyword' : `unexpected text ${JSON.stringify(trimmed.slice(0, 30))}`)
    const raw = stringMatch![1]!
    const start = lineStart + line.indexOf(rest) + 1
    let value: string
    try {
      value = JSON.parse(`"${raw.replace(/\\([^"\\/bfnrtu])/g, '$1')}"`) as string
    } catch {
      value = fail('bad escape sequence in a string')
    }

    if (keywordMatch) {
      const field = keywordMatch[1]!
      finish()
      if (field === 'msgctxt' || (field === 'msgid' && entry.fields.has('msgid'))) {
        if (entry.fields.size > 0) entries.push(entry)
        entry = {fields: new Map()}
      }

      currentField = field
      current = {value: '', pieces: []}
    } else if (!current) {
      fail('a continued string with no keyword before it')
    }

    current!.value += value
    current!.pieces.push({raw, start, value})
    if (currentField === 'msgctxt') entry.context = current!.value
  }

  finish()
  if (entry.fields.size > 0) entries.push(entry)
  return entries
}
