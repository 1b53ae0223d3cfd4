/**
 * Which language a text is in, so front ends can say plainly that
 * non-English copy was not checked instead of passing it in silence.
 * Trigram detection (franc-min) is unreliable on a few words, so short
 * texts get no verdict.
 */
import {francAll} from 'franc-min'

export interface DetectedLanguage {
  /** ISO 639-3 code (`eng`, `fra`, …). */
  readonly code: string
  /** English name (`French`). */
  readonly name: string
  readonly english: boolean
  /**
   * English's trigram score relative to the best language's (1 when English
   * is the best, 0 when it was not a candidate: another script). A front end
   * wanting a confident "not English" asks for a clear margin.
   */
  readonly englishScore: number
}

// Languages shop and POS copy is commonly written in; limiting the choice
// keeps the detector from calling English copy Scots or Swedish.
const names: Readonly<Record<string, string>> = {
  eng: 'English', fra: 'French', deu: 'German', spa: 'Spanish', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', pol: 'Polish', ces: 'Czech', slk: 'Slovak',
  hun: 'Hungarian', ron: 'Romanian', ell: 'Greek', tur: 'Turkish', rus: 'Russian', ukr: 'Ukrainian', bul: 'Bulgarian',
  arb: 'Arabic', heb: 'Hebrew', pes: 'Persian', hin: 'Hindi', ben: 'Bengali', ind: 'Indonesian', vie: 'Vietnamese',
  tha: 'Thai', cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean'
}

const only = Object.keys(names)

// Fewer letters than this and trigrams say little.
const minimumLetters = 50

/** The language of `text`, or `undefined` when it is too short to tell. */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  let letters = 0
  for (const character of text) if (/\p{L}/u.test(character) && ++letters >= minimumLetters) break
  if (letters < minimumLetters) return undefined
  const scores = francAll(text, {only, minLength: minimumLetters})
  const code = scores[0]?.[0] ?? 'und'
  if (code === 'und') return undefined
  const englishScore = scores.find(([candidate]) => candidate === 'eng')?.[1] ?? 0
  return {code, name: names[code] ?? code, english: code === 'eng', englishScore}
}
