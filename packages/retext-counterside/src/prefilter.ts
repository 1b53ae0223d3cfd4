/**
 * A cheap test run on a paragraph's raw text before any view is built: most
 * copy has none of the words or shapes that can start a finding, and should
 * cost little more than its tokenising.
 */
import {Lexicon} from './lexicon.js'
import {normalizeToken, wordPattern} from './normalize.js'
import type {Triggers} from './rule.js'

export class Prefilter {
  readonly #lexicon = new Lexicon()
  readonly #words = new Set<string>()
  readonly #shapes: Array<(text: string) => boolean> = []

  add(triggers: Triggers): void {
    for (const word of triggers.words) {
      this.#words.add(word)
      this.#lexicon.add(word)
    }

    for (const shape of triggers.shapes ?? []) this.#shapes.push(shape)
  }

  /** Whether `text` may hold a finding of any added rule. */
  test(text: string): boolean {
    for (const shape of this.#shapes) if (shape(text)) return true
    for (const match of text.matchAll(wordPattern)) {
      const norm = normalizeToken(match[0])
      if (this.#words.has(norm) || this.#words.has(this.#lexicon.lemma(norm))) return true
    }

    return false
  }
}
