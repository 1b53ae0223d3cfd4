/**
 * English first: copy in another language is reported as not checked, never
 * linted (every rule would miss) nor passed in silence. Who says what the
 * language is, strongest first:
 *   1. the file itself or its path (catalog metadata, `<html lang>`, front
 *      matter `lang`, `locales/fr/`), when it names a real language;
 *   2. the user: `--language en` or `"language": "en"` in the config;
 *   3. detection from the extracted copy, and only a confident verdict on
 *      enough text: short UI strings ("Insert card", "Approved") fool trigram
 *      statistics, so anything less is linted as English.
 */
import {detectLanguage} from '@counterside/core'
import {describeLanguage, isEnglish} from './formats/language.js'
import type {Format} from './formats/index.js'
import type {TextUnit} from './units.js'

// Trigram statistics settle long before this; a cap keeps big files cheap.
const sampleLength = 20_000
// Below this many letters a Latin-script verdict is a guess.
const minimumLetters = 100
// Trigrams are reliable on sentences (English prose that loses is unheard of)
// but not on UI fragments: "Save", "Cancel", "Log out" often lose to French
// or Spanish with English scoring 0.8–0.98 of the winner, while real French,
// German or Dutch strings score English at 0.55–0.8. So sentences need English
// below 0.9 of the winner; fragments need a wide margin (below 0.75) or one
// backed by letters English copy rarely has (é, ß, ñ, ą at 1% of the letters: a
// French catalog has 2–4%, an English one with "Café" in it well under 1%).
const sentenceScore = 0.9
const clearScore = 0.75
const backingShare = 0.01
// Mean words per line at which the sample reads as sentences, not UI labels.
const sentenceWords = 5

/** What detection reads: the first units' text, and the units it was taken from (a stream's first units, to be linted next). */
export interface LanguageSample {
  readonly sample: string
  readonly taken: TextUnit[]
}

/**
 * The first `sampleLength` characters of the copy, units one after another
 * with a line break after each (none between a unit and the piece that
 * continues it: the sample of a streamed page is that of its whole unit).
 */
export function languageSample(units: Iterator<TextUnit>): LanguageSample {
  const taken: TextUnit[] = []
  let sample = ''
  let lineBreak = ''
  // One unit more than needed may be taken when the sample is a line break short: it may be a continuation.
  while (sample.length < sampleLength) {
    const next = units.next()
    if (next.done) break
    taken.push(next.value)
    sample += (next.value.continuesPrevious ? '' : lineBreak) + next.value.text
    lineBreak = '\n'
  }

  return {sample: (sample + lineBreak).slice(0, sampleLength), taken}
}

/**
 * Why the file is not checked, or `undefined` when it is linted as English.
 * `language` is the one the file declares; `userSaysEnglish`: `--language en` or config `language`.
 */
export function notEnglishReason(language: string | undefined, sample: string, format: Format, userSaysEnglish: boolean): string | undefined {
  const advice = format.catalog ? ' Lint the English source catalog instead.' : ''
  if (language !== undefined && language.trim() !== '') {
    if (isEnglish(language)) return undefined
    return `Not checked: this ${format.name} is in ${describeLanguage(language)}, and counterside checks English copy only.${advice}`
  }

  if (userSaysEnglish) return undefined
  const detected = detectLanguage(sample)
  if (!detected || detected.english || !confident(sample, detected.englishScore)) return undefined
  return `Not checked: this file looks like ${detected.name} (${detected.code}); counterside checks English copy only.${advice} If it is English, say so with --language en or "language": "en" in the config.`
}

function confident(sample: string, englishScore: number): boolean {
  // Another script (English not even a candidate) is clear on little text.
  if (englishScore === 0) return true
  if (englishScore > sentenceScore) return false
  let letters = 0
  let beyondAscii = 0
  for (const character of sample) {
    if (!/\p{L}/u.test(character)) continue
    letters++
    if (character.charCodeAt(0) > 0x7f) beyondAscii++
  }

  if (letters < minimumLetters) return false
  const lines = sample.split('\n').filter((line) => line.trim() !== '')
  const words = sample.split(/\s+/).filter(Boolean).length
  if (words >= lines.length * sentenceWords) return true
  return englishScore <= clearScore || beyondAscii >= letters * backingShare
}
