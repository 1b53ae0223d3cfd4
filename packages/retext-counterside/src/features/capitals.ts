/**
 * Runs of all-capital words: the written form of shouting. Acronyms and codes
 * (PIN, QR, USB-C, SKU 4411) are short and stand alone, so a run needs three
 * capitalised words, two of them of four letters or more. Capitals that say
 * nothing loud are not a run: a template's slot in square brackets
 * (“[CUSTOMER NAME]”), a date format (“DD MM YYYY”), a list of short
 * acronyms (“JPEG, PNG, SVG”) and a short button in the customer's own voice
 * or a plain command with no mark (“CLOSE MY ACCOUNT”, “INTEGRATE PREBUILT UI”).
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
    const counts = run.length >= minimumRunWords ? long >= minimumLongWords && !isAcronymList(sentence, run) && !isButton(sentence, run) : isShortCry(sentence, run, long)
    if (counts) {
      runs.push({first: run[0]!, last: run.at(-1)!})
    }

    run = []
  }

  for (const word of sentence.words) {
    if (isNeutral(word) || isSlot(sentence, word)) continue
    if (word.isCaps) run.push(word)
    else close()
  }

  close()
  return runs
}

/**
 * A sentence of just two long capitalised words and a full stop or an
 * exclamation mark (“PAYMENT FAILED.”): a status shouted. Without the mark
 * it is a label or a button (“SHOW MORE”, “ACCOUNT SECURITY”).
 */
function isShortCry(sentence: SentenceView, run: readonly WordToken[], long: number): boolean {
  if (run.length !== 2 || long !== 2 || sentence.words.some((word) => !run.includes(word))) return false
  return /^[^\p{L}\p{N}]*[.!]/u.test(sentence.text.slice(sentence.childStarts[run[1]!.childIndex + 1]!))
}

// “DD MM YYYY”, “MMM YY”: a date's format, not a word.
const dateFormat = /^(?:D{2,4}|M{2,4}|Y{2,4})$/

/** Inside square brackets: a template's slot (“[CUSTOMER NAME]”, “[PREFIX]”), named, not said. */
function isSlot(sentence: SentenceView, word: WordToken): boolean {
  if (!word.isCaps) return false
  const text = sentence.text
  const at = sentence.childStarts[word.childIndex]!
  const open = text.lastIndexOf('[', at)
  if (open < 0 || text.lastIndexOf(']', at) > open) return false
  const close = text.indexOf(']', at)
  return close >= 0 && !text.slice(at, close).includes('[')
}

const textBetween = (sentence: SentenceView, before: WordToken, after: WordToken): string =>
  sentence.text.slice(sentence.childStarts[before.childIndex + 1]!, sentence.childStarts[after.childIndex]!)

/** Short acronyms one after another with commas or slashes between them (“JPEG, GIF, PNG”): a list of formats. */
function isAcronymList(sentence: SentenceView, run: readonly WordToken[]): boolean {
  if (run.some((word) => letterCount(word.value) > longWordLetters)) return false
  return run.every((word, index) => index === 0 || /[,/]/.test(textBetween(sentence, run[index - 1]!, word)))
}

// Verbs a button or a heading starts with: the customer's own action, named.
const actionVerbs = new Set([
  'add', 'back', 'browse', 'close', 'connect', 'continue', 'create', 'delete', 'download', 'edit', 'explore', 'export', 'go', 'import',
  'integrate', 'invite', 'learn', 'log', 'manage', 'open', 'save', 'share', 'show', 'sign', 'start', 'view'
])
// Words that aim a command at the customer, or press it: then it is shouted, not a button.
const pressing = new Set(['your', 'now', 'please', 'here', 'first', 'today', 'immediately', 'and', 'not', 'never'])

/**
 * A whole sentence of at most three capitalised words and no mark after it,
 * in the customer's own voice (“CLOSE MY ACCOUNT”) or starting with an
 * action a button names (“INTEGRATE PREBUILT UI”): a button or a heading.
 */
function isButton(sentence: SentenceView, run: readonly WordToken[]): boolean {
  const words = sentence.words.filter((word) => !isNeutral(word))
  if (run.length !== words.length || run.length > 3) return false
  const last = run.at(-1)!
  if (/[.!?]/.test(sentence.text.slice(sentence.childStarts[last.childIndex + 1]!))) return false
  const norms = run.map((word) => word.norm)
  if (norms.some((norm) => pressing.has(norm))) return false
  return norms.includes('my') || actionVerbs.has(norms[0]!)
}

/**
 * A block written entirely in capitals whose sentences are each too short to
 * count (“PAYMENT RECEIVED. THANK YOU”): one run per sentence, or none.
 */
export function allCapitalSentences(sentences: readonly SentenceView[]): CapitalRun[] {
  // One sentence alone is judged by `capitalRuns`, with its exceptions.
  if (sentences.length < 2) return []
  const words = sentences.flatMap((sentence) => sentence.words.filter((word) => !isNeutral(word) && !isSlot(sentence, word)))
  const long = words.filter((word) => letterCount(word.value) >= longWordLetters).length
  if (words.length < minimumRunWords || long < minimumLongWords || !words.every((word) => word.isCaps)) return []
  return sentences.flatMap((sentence) => {
    const caps = sentence.words.filter((word) => word.isCaps && !isSlot(sentence, word))
    return caps.length > 0 ? [{first: caps[0]!, last: caps.at(-1)!}] : []
  })
}

/** Numbers, single capitals and date formats (“7 PM”, “A”, “DD MM YYYY”) neither start nor break a run. */
function isNeutral(word: WordToken): boolean {
  return word.isNumber || /^\p{Lu}$/u.test(word.value) || dateFormat.test(word.value)
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
