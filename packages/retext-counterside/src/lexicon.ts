/**
 * Inflection without a stemmer: every word used in a phrase table has its
 * regular inflected forms registered, mapped back to the form in the data.
 * Text words are looked up in that map, so “upselling” meets the data word
 * “upsell” at the cost of one Map lookup per word.
 */

// Short words and function words inflect into other common words (“i” → “is”).
const minimumInflectableLength = 4

export class Lexicon {
  readonly #baseOf = new Map<string, string>()

  /**
   * Register a data word; `exact` words match only themselves. A form that
   * is also a data word elsewhere (“approves”) keeps its mapping to the base
   * (“approve”): matchers look words up by both, so each table still sees
   * the inflections of its own words.
   */
  add(word: string, exact = false): void {
    if (exact || word.length < minimumInflectableLength || word.includes("'")) return
    for (const form of inflections(word)) {
      if (!this.#baseOf.has(form)) this.#baseOf.set(form, word)
    }
  }

  /** Every registered inflected form. */
  inflectedForms(): IterableIterator<string> {
    return this.#baseOf.keys()
  }

  /** The data form of a normalised text word, or the word itself. */
  lemma(norm: string): string {
    return this.#baseOf.get(norm) ?? norm
  }
}

/**
 * The lexicon of the built-in phrase data, shared by all its tables so each
 * text word is looked up once (`WordToken.lemma`), not once per table.
 * A team's own terms get a lexicon of their own.
 */
export const builtinLexicon = new Lexicon()

/**
 * Which built-in tables a word can start a match in, as a bit mask per
 * data word: a sentence ORs its words' masks once, and a table whose bit is
 * not set skips the sentence without looking at its words.
 */
export const startMasks = new Map<string, number>()

/** Tables with patterns that start with any possessive (`*'s commission`) or any number (`# errors`). */
export const wildcardStartMasks = {possessive: 0, number: 0}

/**
 * The built-in tables' words go into `builtinLexicon` and `startMasks` on
 * first use, not when their modules load (a run that lints nothing, such as
 * `--version` or `--list-rules`, never pays for it): each table queues its
 * compile here, and `compileBuiltinTables` runs the queue in the order the
 * tables were made, so the lexicon and masks are as if each had been
 * compiled when made. Whatever reads them (`viewBlock`, `PhraseTable#find`)
 * calls it first.
 */
const pendingCompiles: Array<() => void> = []

export function deferBuiltinCompile(compile: () => void): void {
  pendingCompiles.push(compile)
}

export function compileBuiltinTables(): void {
  for (let compile = pendingCompiles.shift(); compile; compile = pendingCompiles.shift()) compile()
}

let nextBit = 0

/** A bit for a new built-in table; past 30 tables, every table shares the last bit. */
export function claimStartBit(): number {
  return 1 << Math.min(nextBit++, 30)
}

export function registerStart(word: string, bit: number): void {
  startMasks.set(word, (startMasks.get(word) ?? 0) | bit)
}

export function registerWildcardStart(kind: keyof typeof wildcardStartMasks, bit: number): void {
  wildcardStartMasks[kind] |= bit
}

function inflections(word: string): string[] {
  const forms = [word + 's', word + 'es', word + 'ed', word + 'ing']
  const last = word.at(-1) ?? ''
  const stem = word.slice(0, -1)
  if (last === 'e') forms.push(word + 'd', stem + 'ing')
  if (last === 'y' && !/[aeiou]y$/.test(word)) forms.push(stem + 'ies', stem + 'ied')
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    forms.push(word + last + 'ed', word + last + 'ing')
  }

  return forms
}
