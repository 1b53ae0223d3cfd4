/**
 * The pre-filter's phrase test, compiled once: whether every word slot of
 * some phrase is filled somewhere in a text. It runs on every block, so a
 * word is never cut out of the text to be looked up: a plain ASCII word
 * (most words) is hashed and compared where it stands, and only the
 * phrases' own words and their inflections are known at all. A word that
 * is none of them cannot fill a slot, and is passed over.
 */
import {nextWordStart, wordEnd} from './model/characters.js'
import {normalizeToken} from './normalize.js'
import type {TriggerPhrase} from './phrase-table.js'

const fnvBasis = 0x811c9dc5
const fnvPrime = 0x01000193

export interface PhraseWords {
  /** Phrases by the words of the slot they are indexed by (the pre-filter's keys). */
  readonly byKey: ReadonlyMap<string, readonly TriggerPhrase[]>
  /** Every word of every slot, and their inflected forms. */
  readonly words: Iterable<string>
  /** The data form of a normalised word (`Lexicon#lemma`). */
  readonly lemma: (norm: string) => string
}

export class PhrasePresence {
  // Word ids: position in `#words`; `#table` finds them by hash (id + 1; 0 is empty).
  readonly #ids = new Map<string, number>()
  readonly #words: string[] = []
  readonly #hashes: number[] = []
  readonly #lemmaOf: Int32Array
  /** Per key word's id: its phrases, each slot a list of word ids. */
  readonly #phrasesOf: Array<ReadonlyArray<readonly Int32Array[]> | undefined>
  readonly #table: Int32Array
  readonly #mask: number
  // Which words the current text holds, by stamp; and the keys among them, in order.
  readonly #stamps: Int32Array
  #stamp = 0
  #keys: Int32Array

  constructor({byKey, words, lemma}: PhraseWords) {
    for (const word of words) this.#idOf(word)
    for (const phrases of byKey.values()) for (const phrase of phrases) for (const slot of phrase) for (const word of slot) this.#idOf(word)
    const count = this.#words.length
    this.#lemmaOf = Int32Array.from(this.#words, (word, id) => this.#ids.get(lemma(word)) ?? id)
    this.#phrasesOf = Array.from({length: count}, () => undefined)
    for (const [key, phrases] of byKey) {
      this.#phrasesOf[this.#ids.get(key)!] = phrases.map((phrase) => phrase.map((slot) => Int32Array.from(slot, (word) => this.#ids.get(word)!)))
    }

    let size = 16
    while (size < count * 4) size *= 2
    this.#table = new Int32Array(size)
    this.#mask = size - 1
    for (let id = 0; id < count; id++) {
      let at = this.#hashes[id]! & this.#mask
      while (this.#table[at] !== 0) at = (at + 1) & this.#mask
      this.#table[at] = id + 1
    }

    this.#stamps = new Int32Array(count)
    this.#keys = new Int32Array(16)
  }

  /** Whether every slot of some phrase has one of its words (or an inflection of one) in `text`. */
  test(text: string): boolean {
    if (++this.#stamp === 0x7fffffff) {
      this.#stamps.fill(0)
      this.#stamp = 1
    }

    let keys = 0
    for (let start = nextWordStart(text, 0); start < text.length; ) {
      const end = wordEnd(text, start, false)
      const id = this.#find(text, start, end)
      if (id >= 0) {
        keys = this.#mark(id, keys)
        const lemma = this.#lemmaOf[id]!
        if (lemma !== id) keys = this.#mark(lemma, keys)
      }

      start = nextWordStart(text, end)
    }

    for (let index = 0; index < keys; index++) {
      for (const phrase of this.#phrasesOf[this.#keys[index]!]!) {
        if (phrase.every((slot) => this.#filled(slot))) return true
      }
    }

    return false
  }

  #filled(slot: Int32Array): boolean {
    for (let index = 0; index < slot.length; index++) if (this.#stamps[slot[index]!] === this.#stamp) return true
    return false
  }

  /** Marks word `id` present; returns the count of keys present. */
  #mark(id: number, keys: number): number {
    if (this.#stamps[id] === this.#stamp) return keys
    this.#stamps[id] = this.#stamp
    if (this.#phrasesOf[id] === undefined) return keys
    if (keys === this.#keys.length) {
      const grown = new Int32Array(keys * 2)
      grown.set(this.#keys)
      this.#keys = grown
    }

    this.#keys[keys] = id
    return keys + 1
  }

  /**
   * The id of the word at [start, end) in its normalised form, or -1. A word
   * of ASCII letters, digits and hyphens with no character three times in a
   * row normalises to its lower case: it is hashed and compared in place.
   * Anything else (an apostrophe, a letter outside ASCII, “yesss”) is
   * normalised as the tables normalise it.
   */
  #find(text: string, start: number, end: number): number {
    let hash = fnvBasis
    let last = -1
    let beforeLast = -1
    for (let index = start; index < end; index++) {
      let code = text.charCodeAt(index)
      if (code >= 0x80 || code === 39) return this.#normalized(text, start, end)
      if (code >= 65 && code <= 90) code += 32
      // Case folded first: “Aaa” is a run of three.
      if (code === last && code === beforeLast) return this.#normalized(text, start, end)
      beforeLast = last
      last = code
      hash = Math.imul(hash ^ code, fnvPrime)
    }

    for (let at = hash & this.#mask; this.#table[at] !== 0; at = (at + 1) & this.#mask) {
      const id = this.#table[at]! - 1
      if (this.#hashes[id] === hash && sameLowerCase(this.#words[id]!, text, start, end)) return id
    }

    return -1
  }

  #normalized(text: string, start: number, end: number): number {
    return this.#ids.get(normalizeToken(text.slice(start, end))) ?? -1
  }

  #idOf(word: string): number {
    let id = this.#ids.get(word)
    if (id === undefined) {
      id = this.#words.length
      this.#ids.set(word, id)
      this.#words.push(word)
      let hash = fnvBasis
      for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), fnvPrime)
      this.#hashes.push(hash)
    }

    return id
  }
}

/** Whether `text`[start, end), in ASCII lower case, is `word`. */
function sameLowerCase(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    let code = text.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code += 32
    if (code !== word.charCodeAt(index)) return false
  }

  return true
}
