/**
 * A cheap test run on a block's raw text before anything is parsed: most
 * copy has none of the phrases or shapes that can start a finding, and
 * should cost little more than splitting it into words. A phrase passes only
 * when every word slot it needs is filled somewhere in the block, so common
 * words (“you”, “our”) do not send ordinary text to the parser on their own.
 * Words are read by the scanner the learned layer tokenises with (its
 * pre-filter joiners), once per character (see `phrase-presence.ts`).
 */
import {commonWords} from './common-words.js'
import {hasArtifact, mayHaveArtifact} from './features/artifacts.js'
import {Lexicon} from './lexicon.js'
import type {TriggerPhrase} from './phrase-table.js'
import {PhrasePresence} from './phrase-presence.js'
import type {Triggers} from './rule.js'

/**
 * Loose shape tests and their exact counterparts: the exact one costs more
 * and is asked only when nothing cheaper already let the text through.
 */
const exactShapes: ReadonlyMap<(text: string) => boolean, (text: string) => boolean> = new Map([[mayHaveArtifact, hasArtifact]])

export interface PrefilterOptions {
  /**
   * Ask a loose shape's exact counterpart before letting text through on it
   * (what decides what is parsed). Off for the rewrites' self-checks, whose
   * output was made with the loose tests.
   */
  readonly exact?: boolean
}

export class Prefilter {
  readonly #exact: boolean
  readonly #lexicon = new Lexicon()
  /** Phrases by the words of their narrowest uncommon slot. */
  readonly #byKey = new Map<string, TriggerPhrase[]>()
  // A set: rules sharing a shape test (two rules read artifacts) run it once.
  readonly #shapes = new Set<(text: string) => boolean>()
  // Compiled on first use, again after an `add`.
  #presence: PhrasePresence | undefined

  constructor({exact = false}: PrefilterOptions = {}) {
    this.#exact = exact
  }

  add(triggers: Triggers): void {
    for (const phrase of triggers.phrases) {
      if (phrase.length === 0) continue
      for (const slot of phrase) for (const word of slot) this.#lexicon.add(word)
      for (const word of keySlot(phrase)) {
        const list = this.#byKey.get(word)
        if (list) list.push(phrase)
        else this.#byKey.set(word, [phrase])
      }
    }

    this.#presence = undefined
    for (const shape of triggers.shapes ?? []) this.#shapes.add(shape)
  }

  /** Whether `text` may hold a finding of any added rule. */
  test(text: string): boolean {
    let exact: Array<(text: string) => boolean> | undefined
    for (const shape of this.#shapes) {
      if (!shape(text)) continue
      const refined = this.#exact ? exactShapes.get(shape) : undefined
      if (!refined) return true
      exact ??= []
      exact.push(refined)
    }

    return this.#mayHavePhrase(text) || (exact?.some((shape) => shape(text)) ?? false)
  }

  /** Whether every word slot of some phrase is filled somewhere in `text`. */
  #mayHavePhrase(text: string): boolean {
    if (this.#byKey.size === 0) return false
    this.#presence ??= new PhrasePresence({byKey: this.#byKey, words: [...this.#lexicon.inflectedForms()], lemma: (norm) => this.#lexicon.lemma(norm)})
    return this.#presence.test(text)
  }
}

/**
 * The slot to index a phrase by: of the slots without common words, the
 * narrowest (“crashed” rather than “software|system|server|…”); failing
 * that, the narrowest slot.
 */
function keySlot(phrase: TriggerPhrase): ReadonlySet<string> {
  const narrowest = (slots: readonly ReadonlySet<string>[]): ReadonlySet<string> | undefined =>
    slots.reduce<ReadonlySet<string> | undefined>((best, slot) => (!best || slot.size < best.size ? slot : best), undefined)
  const uncommon = phrase.filter((slot) => ![...slot].some((word) => commonWords.has(word)))
  return narrowest(uncommon) ?? narrowest(phrase)!
}
