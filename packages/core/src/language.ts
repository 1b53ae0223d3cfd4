/**
 * Which language a text is in, so front ends can say plainly that
 * non-English copy was not checked instead of passing it in silence.
 * Trigram detection (franc-min) is unreliable on a few words, so short
 * texts get no verdict.
 */
import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'

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
const onlySet = new Set(only)

// Fewer letters than this and trigrams say little.
const minimumLetters = 50

/** The language of `text`, or `undefined` when it is too short to tell. */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  let letters = 0
  for (const character of text) if (/\p{L}/u.test(character) && ++letters >= minimumLetters) break
  if (letters < minimumLetters) return undefined
  const scores = trigramScores(text)
  const code = scores[0]?.[0] ?? 'und'
  if (code === 'und') return undefined
  const englishScore = scores.find(([candidate]) => candidate === 'eng')?.[1] ?? 0
  return {code, name: names[code] ?? code, english: code === 'eng', englishScore}
}

/*
 * franc-min's `francAll(text, {only, minLength})`, score for score (tests
 * compare the two), in a fraction of its time: the sample's trigrams are
 * counted in a Map instead of an object in dictionary mode, and each is
 * looked up once for all languages (franc looks every trigram up once per
 * language, in models of all 82 languages it builds when it loads and
 * filters on every call; these are built once, for the languages above).
 */

// franc's limits: the sample it reads, and the distance of a trigram a model lacks.
const maximumLength = 2048
const maximumDifference = 300

type Scores = Array<[string, number]>

interface ScriptModels {
  /** The allowed languages of the script, in franc's order. */
  readonly languages: readonly string[]
  /** Each trigram any of them has, to its rank in each language's model (the first of repeats), -1 where it has none. */
  readonly ranks: ReadonlyMap<string, Int16Array>
}

const models = new Map<string, ScriptModels>()
for (const [script, languageModels] of Object.entries(data)) {
  const allowed = Object.entries(languageModels).filter(([language]) => onlySet.has(language))
  const ranks = new Map<string, Int16Array>()
  for (const [column, [, model]] of allowed.entries()) {
    const trigrams = model.split('|')
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      let row = ranks.get(trigrams[rank]!)
      if (row === undefined) {
        row = new Int16Array(allowed.length).fill(-1)
        ranks.set(trigrams[rank]!, row)
      }

      row[column] = rank
    }
  }

  models.set(script, {languages: allowed.map(([language]) => language), ranks})
}

const undetermined = (): Scores => [['und', 1]]

/** Every allowed language's score for `text`, best first, as `francAll(text, {only, minLength: 50})` gives them; exported for the test that says so. */
export function trigramScores(text: string): Scores {
  if (text.length < minimumLetters) return undetermined()
  const value = text.slice(0, maximumLength)
  let topCount = -1
  let script: string | undefined
  for (const [name, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      script = name
    }
  }

  if (script === undefined) return undetermined()
  const scriptModels = models.get(script)
  if (scriptModels === undefined) return topCount === 0 || !onlySet.has(script) ? undetermined() : [[script, 1]]
  const {languages, ranks} = scriptModels
  if (languages.length === 0) return undetermined()
  const sums = new Float64Array(languages.length)
  let unknown = 0
  for (const [trigram, count] of trigramCounts(value)) {
    const row = ranks.get(trigram)
    if (row === undefined) {
      unknown++
      continue
    }

    for (let column = 0; column < row.length; column++) {
      const rank = row[column]!
      sums[column]! += rank === -1 ? maximumDifference : Math.abs(count - rank - 1)
    }
  }

  const distances: Scores = languages.map((language, column) => [language, sums[column]! + unknown * maximumDifference])
  distances.sort((a, b) => a[1] - b[1])
  const min = distances[0]![1]
  const max = value.length * maximumDifference - min
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0
  return distances
}

/** How often each trigram of trigram-utils' cleaned, space-padded text occurs. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }

  return counts
}
