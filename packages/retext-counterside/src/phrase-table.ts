/**
 * Phrase tables: typed phrase data (patterns, customer-centred alternatives,
 * a note on what the customer feels, a confidence), validated and parsed
 * when made, compiled once (the lexicon, the first-word index), then
 * matched against sentence views through the index. A built-in table is
 * compiled on first use, with every built-in table made before it (see
 * `compileBuiltinTables`); a team's own table, when made.
 */
import {builtinLexicon, claimStartBit, compileBuiltinTables, deferBuiltinCompile, registerStart, registerWildcardStart, type Lexicon} from './lexicon.js'
import {parsePattern, PatternError, type Slot, type WordClasses} from './pattern.js'
import type {SentenceView, WordToken} from './views.js'

export interface PhraseEntry {
  /** Patterns in the pattern language (see `pattern.ts`). */
  readonly phrases: readonly string[]
  /** Customer-centred wording to use instead, best first. */
  readonly expected?: readonly string[]
  /** `expected` can replace the matched words as they stand (not just an example rewrite). */
  readonly replace?: boolean
  /** What the customer feels or concludes on reading the phrase. */
  readonly note: string
  /**
   * What to do instead, specific to this concept, as a sentence: the message
   * says it when no alternative in `expected` fits (“Say what works instead…”).
   */
  readonly advice?: string
  /** How sure a match is a problem, from 0 (a hint) to 1 (always). */
  readonly confidence: number
  /** Copy this entry flags, each matched by one of its patterns (`test/phrase-examples.test.ts` lints them). */
  readonly examples?: readonly string[]
  /** Customer-centred copy with the same words that the rule must leave alone. */
  readonly counterExamples?: readonly string[]
}

/** The required word slots of one pattern, each a set of data words. */
export type TriggerPhrase = ReadonlyArray<ReadonlySet<string>>

export interface PhraseMatch {
  readonly entry: PhraseEntry
  /** The pattern, as written in the data, that matched. */
  readonly pattern: string
  readonly first: WordToken
  readonly last: WordToken
}

/** Thrown when phrase data is malformed; names the table and the entry. */
export class PhraseDataError extends Error {
  override name = 'PhraseDataError'
}

interface CompiledPattern {
  readonly entry: PhraseEntry
  readonly source: string
  readonly slots: readonly Slot[]
  /** The first slot is a list of words (not a number or a possessive): it takes any word it is indexed by as written. */
  readonly plainStart: boolean
}

export class PhraseTable {
  readonly name: string
  readonly entries: readonly PhraseEntry[]
  readonly #lexicon: Lexicon
  /** This table's bit in the sentences' start masks; 0 for a team's own terms. */
  readonly #startBit: number
  readonly #index = new Map<string, CompiledPattern[]>()
  /** Patterns that start with any possessive (`*'s commission`) or any number (`# errors`). */
  readonly #possessiveStarts: CompiledPattern[] = []
  readonly #numberStarts: CompiledPattern[] = []
  readonly #patterns: CompiledPattern[] = []
  /** Whether the lexicon and the index hold this table's patterns yet. */
  #compiled = false

  /** `lexicon`: leave out for built-in data; a team's terms bring their own. */
  constructor(name: string, entries: readonly PhraseEntry[], classes: WordClasses = {}, lexicon: Lexicon = builtinLexicon) {
    this.name = name
    this.#lexicon = lexicon
    this.#startBit = lexicon === builtinLexicon ? claimStartBit() : 0
    this.entries = entries
    const seen = new Set<string>()
    for (const [position, entry] of entries.entries()) {
      const where = `${name} entry ${position + 1} (${JSON.stringify(entry?.phrases?.[0] ?? '')})`
      validateEntry(entry, where)
      for (const phrase of entry.phrases) {
        const key = phrase.trim().toLowerCase().replace(/\s+/g, ' ')
        if (seen.has(key)) throw new PhraseDataError(`${where}: duplicate phrase \`${phrase}\``)
        seen.add(key)
        let slots: Slot[]
        try {
          slots = parsePattern(phrase, classes)
        } catch (error) {
          if (error instanceof PatternError) throw new PhraseDataError(`${where}: ${error.message}`)
          throw error
        }

        const first = slots[0]!
        this.#patterns.push({entry, source: phrase, slots, plainStart: first.words !== undefined && !first.number && !first.possessive})
      }
    }

    if (lexicon === builtinLexicon) deferBuiltinCompile(() => this.#compileAll())
    else this.#compileAll()
  }

  /**
   * For each pattern, the word slots it cannot match without (data forms):
   * the pre-filter passes a text only when one pattern has a word of every
   * such slot somewhere in it.
   */
  triggers(): TriggerPhrase[] {
    return this.#patterns.map(({slots}) => slots.filter((slot) => slot.words && !slot.optional).map((slot) => slot.words!))
  }

  /** Non-overlapping matches in a sentence, leftmost-longest first. */
  find(sentence: SentenceView): PhraseMatch[] {
    if (!this.#compiled) compileBuiltinTables()
    const bit = this.#startBit
    if (bit !== 0 && (sentence.startMask & bit) === 0) return []
    const words = sentence.words
    const found: PhraseMatch[] = []
    let nextFree = 0
    for (let start = 0; start < words.length; start++) {
      const token = words[start]!
      // No pattern of a built-in table starts at a word without its bit: no first word (or form) of one, no wildcard start it fills.
      if ((bit !== 0 && (token.startMask & bit) === 0) || start < nextFree || token.literal) continue
      const base = this.#lexicon === builtinLexicon ? token.lemma : this.#lexicon.lemma(token.norm)
      const byBase = this.#index.get(base)
      const byWord = base === token.norm ? undefined : this.#index.get(token.norm)
      const wildcard = token.possessive ? this.#possessiveStarts : token.isNumber ? this.#numberStarts : undefined
      // Candidates in index order (by the word's base, by the word as written, then wildcard starts), the first longest winning.
      // A pattern indexed by the word as it is written takes it in its first slot: only a base must be asked (an exact slot refuses one).
      let best: PhraseMatch | undefined
      if (byBase) best = this.#longest(byBase, base !== token.norm, token, start, words, best)
      if (byWord) best = this.#longest(byWord, false, token, start, words, best)
      if (wildcard && wildcard.length > 0) best = this.#longest(wildcard, true, token, start, words, best)
      if (best && !hasLiteral(words, start, best.last.index)) {
        found.push(best)
        nextFree = best.last.index + 1
      }
    }

    return found
  }

  /** `best`, or the longest match of `patterns` from `token` (at `start`) that is longer; `check` asks each pattern's first slot to take the word. */
  #longest(patterns: readonly CompiledPattern[], check: boolean, token: WordToken, start: number, words: readonly WordToken[], best: PhraseMatch | undefined): PhraseMatch | undefined {
    for (const pattern of patterns) {
      if ((check || !pattern.plainStart) && !this.#accepts(pattern.slots[0]!, token)) continue
      const end = this.#matchFrom(pattern.slots, 1, start + 1, words)
      if (end >= 0 && (!best || end > best.last.index)) best = {entry: pattern.entry, pattern: pattern.source, first: token, last: words[end]!}
    }

    return best
  }

  #compileAll(): void {
    this.#compiled = true
    for (const pattern of this.#patterns) this.#compile(pattern)
  }

  #compile(pattern: CompiledPattern): void {
    for (const slot of pattern.slots) {
      for (const word of slot.words ?? []) this.#lexicon.add(word, slot.exact.has(word))
    }

    const first = pattern.slots[0]!
    if (first.possessive || first.number) {
      ;(first.possessive ? this.#possessiveStarts : this.#numberStarts).push(pattern)
      if (this.#startBit !== 0) registerWildcardStart(first.possessive ? 'possessive' : 'number', this.#startBit)
    }

    for (const word of pattern.slots[0]!.words ?? []) {
      if (this.#startBit !== 0) registerStart(word, this.#startBit)
      const list = this.#index.get(word)
      if (list) list.push(pattern)
      else this.#index.set(word, [pattern])
    }
  }

  #accepts(slot: Slot, token: WordToken): boolean {
    if (slot.number) return token.isNumber
    if (slot.possessive) return token.possessive
    if (!slot.words) return true
    if (slot.words.has(token.norm)) return true
    const base = this.#lexicon === builtinLexicon ? token.lemma : this.#lexicon.lemma(token.norm)
    return slot.words.has(base) && !slot.exact.has(base)
  }

  /** Index of the last word matched by `slots[slotIndex..]` from `wordIndex`, or -1. */
  #matchFrom(slots: readonly Slot[], slotIndex: number, wordIndex: number, words: readonly WordToken[]): number {
    if (slotIndex === slots.length) return wordIndex - 1
    const slot = slots[slotIndex]!
    for (let skip = 0; skip <= slot.gap; skip++) {
      const token = words[wordIndex + skip]
      if (!token) break
      if (this.#accepts(slot, token)) {
        const end = this.#matchFrom(slots, slotIndex + 1, wordIndex + skip + 1, words)
        if (end >= 0) return end
      }
    }

    return slot.optional ? this.#matchFrom(slots, slotIndex + 1, wordIndex, words) : -1
  }
}

function hasLiteral(words: readonly WordToken[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (words[index]!.literal) return true
  return false
}

function validateEntry(entry: PhraseEntry, where: string): void {
  if (typeof entry !== 'object' || entry === null) throw new PhraseDataError(`${where}: expected an object`)
  if (!Array.isArray(entry.phrases) || entry.phrases.length === 0) {
    throw new PhraseDataError(`${where}: \`phrases\` must be a non-empty array of patterns`)
  }

  for (const phrase of entry.phrases) {
    if (typeof phrase !== 'string' || phrase.trim() === '') {
      throw new PhraseDataError(`${where}: every phrase must be a non-empty string`)
    }
  }

  if (typeof entry.note !== 'string' || entry.note.trim() === '') {
    throw new PhraseDataError(`${where}: \`note\` must say what the customer feels`)
  }

  if (entry.advice !== undefined && (typeof entry.advice !== 'string' || !isSentence(entry.advice))) {
    throw new PhraseDataError(`${where}: \`advice\` must be a sentence: a capital first, a full stop (or ! ?) last, no space at either end`)
  }

  if (typeof entry.confidence !== 'number' || !(entry.confidence > 0 && entry.confidence <= 1)) {
    throw new PhraseDataError(`${where}: \`confidence\` must be a number in (0, 1]`)
  }

  for (const field of ['expected', 'examples', 'counterExamples'] as const) {
    const value = entry[field]
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === ''))) {
      throw new PhraseDataError(`${where}: \`${field}\` must be an array of non-empty strings`)
    }
  }
}

/** `advice` is quoted into a message as it stands, so it must read as one finished sentence. */
function isSentence(text: string): boolean {
  return /^[\p{Lu}“‘"'(]/u.test(text) && /[.!?]$/.test(text) && text.trim() === text
}
