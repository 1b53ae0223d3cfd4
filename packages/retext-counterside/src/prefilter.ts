/**
 * A cheap test run on a block's raw text before anything is parsed: most
 * copy has none of the phrases or shapes that can start a finding, and
 * should cost little more than splitting it into words. A phrase passes only
 * when every word slot it needs is filled somewhere in the block, so common
 * words (“you”, “our”) do not send ordinary text to the parser on their own.
 * Words are read by the scanner the learned layer tokenises with (its
 * pre-filter joiners), once per character.
 */
import {commonWords} from './common-words.js'
import {hasArtifact, mayHaveArtifact} from './features/artifacts.js'
import {Lexicon} from './lexicon.js'
import {nextWordStart, wordEnd} from './model/characters.js'
import {normalizeToken} from './normalize.js'
import type {TriggerPhrase} from './phrase-table.js'
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
  #keyForms: Set<string> | undefined

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

    this.#keyForms = undefined
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
    // First pass: is any key word here at all? Most blocks stop at “no”
    // without building anything.
    const keyForms = this.#forms()
    let hit = false
    for (let start = nextWordStart(text, 0); start < text.length; ) {
      const end = wordEnd(text, start, false)
      if (keyForms.has(normalizeToken(text.slice(start, end)))) {
        hit = true
        break
      }

      start = nextWordStart(text, end)
    }

    if (!hit) return false
    // Second pass: the block's words and their data forms, to check every
    // slot of the phrases those keys start.
    const present = new Set<string>()
    for (let start = nextWordStart(text, 0); start < text.length; ) {
      const end = wordEnd(text, start, false)
      const norm = normalizeToken(text.slice(start, end))
      present.add(norm)
      const base = this.#lexicon.lemma(norm)
      if (base !== norm) present.add(base)
      start = nextWordStart(text, end)
    }

    for (const word of present) {
      for (const phrase of this.#byKey.get(word) ?? []) {
        if (phrase.every((slot) => hasAny(present, slot))) return true
      }
    }

    return false
  }

  /** Key words and their inflections, for the quick “any key at all?” test. */
  #forms(): Set<string> {
    if (!this.#keyForms) {
      const lexicon = new Lexicon()
      this.#keyForms = new Set(this.#byKey.keys())
      for (const word of this.#byKey.keys()) lexicon.add(word)
      for (const form of lexicon.inflectedForms()) this.#keyForms.add(form)
    }

    return this.#keyForms
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

function hasAny(present: ReadonlySet<string>, slot: ReadonlySet<string>): boolean {
  if (slot.size < present.size) {
    for (const word of slot) if (present.has(word)) return true
  } else {
    for (const word of present) if (slot.has(word)) return true
  }

  return false
}
