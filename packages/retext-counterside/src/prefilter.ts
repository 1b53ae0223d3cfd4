/**
 * A cheap test run on a block's raw text before anything is parsed: most
 * copy has none of the words or shapes that can start a finding, and should
 * cost little more than splitting it into words.
 */
import {Lexicon} from './lexicon.js'
import {normalizeToken, wordPattern} from './normalize.js'
import type {Triggers} from './rule.js'

export class Prefilter {
  readonly #words = new Set<string>()
  readonly #shapes: Array<(text: string) => boolean> = []

  add(triggers: Triggers): void {
    // Trigger words and all their inflections in one set: one lookup a word.
    const lexicon = new Lexicon()
    for (const word of triggers.words) {
      this.#words.add(word)
      lexicon.add(word)
    }

    for (const form of lexicon.inflectedForms()) this.#words.add(form)
    for (const shape of triggers.shapes ?? []) this.#shapes.push(shape)
  }

  /** Whether `text` may hold a finding of any added rule. */
  test(text: string): boolean {
    for (const shape of this.#shapes) if (shape(text)) return true
    for (const match of text.matchAll(wordPattern)) {
      if (this.#words.has(normalizeToken(match[0]))) return true
    }

    return false
  }
}
