/**
 * Runs of all-capital words: the written form of shouting. Acronyms and codes
 * (PIN, QR, USB-C, SKU 4411) are short and stand alone, so a run needs three
 * capitalised words, two of them of four letters or more.
 */
import {caseAt, lowerCase, upperCase, wide, wordPart} from '../model/characters.js'
import type {SentenceView, WordToken} from '../views.js'

const minimumRunWords = 3
const minimumLongWords = 2
const longWordLetters = 4

export interface CapitalRun {
  readonly first: WordToken
  readonly last: WordToken
}

export function capitalRuns(sentence: SentenceView): CapitalRun[] {
  const runs: CapitalRun[] = []
  let run: WordToken[] = []
  const close = (): void => {
    const long = run.filter((word) => letterCount(word.value) >= longWordLetters).length
    if (run.length >= minimumRunWords && long >= minimumLongWords) {
      runs.push({first: run[0]!, last: run.at(-1)!})
    }

    run = []
  }

  for (const word of sentence.words) {
    if (word.isCaps) run.push(word)
    else if (!isNeutral(word)) close()
  }

  close()
  return runs
}

/**
 * A block written entirely in capitals whose sentences are each too short to
 * count (“PAYMENT RECEIVED. THANK YOU”): one run per sentence, or none.
 */
export function allCapitalSentences(sentences: readonly SentenceView[]): CapitalRun[] {
  const words = sentences.flatMap((sentence) => sentence.words.filter((word) => !isNeutral(word)))
  const long = words.filter((word) => letterCount(word.value) >= longWordLetters).length
  if (words.length < minimumRunWords || long < minimumLongWords || !words.every((word) => word.isCaps)) return []
  return sentences.flatMap((sentence) => {
    const caps = sentence.words.filter((word) => word.isCaps)
    return caps.length > 0 ? [{first: caps[0]!, last: caps.at(-1)!}] : []
  })
}

/** Numbers and single capitals (“7 PM”, “A”) neither start nor break a run. */
function isNeutral(word: WordToken): boolean {
  return word.isNumber || /^\p{Lu}$/u.test(word.value)
}

function letterCount(value: string): number {
  let count = 0
  for (const character of value) if (/\p{L}/u.test(character)) count++
  return count
}

const twoCapitals = /\p{Lu}\p{Lu}/u

/**
 * Pre-filter: three capitalised words with no lower-case word between them.
 * A word is a run of `[\p{L}\p{N}'’-]`: one with a lower-case letter breaks
 * the streak, one with two capitals adds to it. Read once per character (it
 * runs on every block).
 */
export function mayHaveCapitalRun(text: string): boolean {
  // Without two capitals in a row there is no capitalised word at all.
  if (!twoCapitals.test(text)) return false
  let streak = 0
  let capitals = 0
  let lower = false
  let inWord = false
  const length = text.length
  for (let index = 0; index <= length; ) {
    const bits = index < length ? caseAt(text, index) : 0
    if (bits & wordPart) {
      inWord = true
      if (bits & lowerCase) lower = true
      else if (bits & upperCase) capitals++
    } else if (inWord) {
      if (lower) streak = 0
      else if (capitals >= 2 && ++streak >= minimumRunWords) return true
      inWord = false
      lower = false
      capitals = 0
    }

    index += bits & wide ? 2 : 1
  }

  return false
}
