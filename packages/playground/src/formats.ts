/**
 * The formats the page offers, by the file extension the CLI's extraction
 * goes by, and a guess for pasted text (a dropped file's name decides).
 */
import {formatOf} from 'counterside/extract'

export interface FormatChoice {
  /** A file extension `formatOf` knows. */
  readonly extension: string
  readonly label: string
}

export const formatChoices: readonly FormatChoice[] = [
  {extension: 'txt', label: 'Plain text'},
  {extension: 'md', label: 'Markdown'},
  {extension: 'mdx', label: 'MDX'},
  {extension: 'html', label: 'HTML'},
  {extension: 'json', label: 'JSON catalog'},
  {extension: 'yaml', label: 'YAML catalog'},
  {extension: 'po', label: 'gettext PO'},
  {extension: 'xliff', label: 'XLIFF'},
  {extension: 'strings', label: 'Apple .strings'},
  {extension: 'xml', label: 'Android strings.xml'}
]

/** `auto`: guess from the text. */
export type FormatSetting = 'auto' | string

export function isKnownExtension(extension: string): boolean {
  return formatOf(`copy.${extension}`) !== undefined
}

const looksLike: ReadonlyArray<readonly [string, (text: string) => boolean]> = [
  ['json', (text) => /^\s*[{[]/.test(text) && parsesAsJson(text)],
  ['xliff', (text) => /<xliff[\s>]/.test(text.slice(0, 2000))],
  ['xml', (text) => /<resources[\s>]/.test(text.slice(0, 2000))],
  ['html', (text) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text)],
  ['po', (text) => /^msgid\s+"/m.test(text) && /^msgstr\s/m.test(text)],
  ['strings', (text) => /^\s*"(?:[^"\\]|\\.)*"\s*=\s*"/m.test(text)],
  ['yaml', looksLikeYamlCatalog],
  ['md', (text) => /^(?:#{1,6}\s|\s*[-*+]\s|\s*\d+\.\s|```|>\s)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/m.test(text)]
]

/** The extension pasted text most likely has; plain text when nothing stands out. */
export function guessExtension(text: string): string {
  return looksLike.find(([, test]) => test(text))?.[0] ?? 'txt'
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Every line a `key:` entry, a list item or a comment, and at least one key: prose with a colon in it does not pass. */
function looksLikeYamlCatalog(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines.some((line) => /^[\w.-]+:(?:\s|$)/.test(line)) && lines.every((line) => /^\s*(?:[\w."'-]+:(?:\s|$)|-\s|#)/.test(line) || /^\s{2,}\S/.test(line))
}
