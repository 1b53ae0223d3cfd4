/**
 * The phrase pattern language used by phrase tables. Patterns are plain
 * strings so that phrase data stays data:
 *
 * - `word` — the word or its regular inflections (`upsell` also matches
 *   “upselling”); `=word` matches the word exactly;
 * - `a|b|c` — any of the alternatives, one word each (`didn’t|did not go`
 *   is `didn’t|did`, `not`, `go`: write two patterns instead);
 * - `slot?` — the slot may be absent;
 * - `*` — any one word; `#` — a number or ordinal (“40”, “10th”); `*'s` — any
 *   possessive (“Kim's”);
 * - `@class` — any word of a named word class;
 * - `...` or `...N` — up to 3 (or N) other words may come before the next slot.
 *
 * Matching works on words only: punctuation and symbols between them are
 * ignored, and a match never crosses a sentence.
 */
import {normalizeToken} from './normalize.js'

export interface Slot {
  /** Accepted words (already normalised), or `undefined` for any word. */
  readonly words: ReadonlySet<string> | undefined
  readonly exact: ReadonlySet<string>
  readonly number: boolean
  readonly possessive: boolean
  readonly optional: boolean
  /** How many other words may precede this slot. */
  readonly gap: number
}

export type WordClasses = Readonly<Record<string, readonly string[]>>

export class PatternError extends Error {}

const defaultGap = 3

export function parsePattern(pattern: string, classes: WordClasses = {}): Slot[] {
  if (pattern.trim() === '') throw new PatternError('Empty pattern')
  const slots: Slot[] = []
  let gap = 0
  for (const part of pattern.trim().split(/\s+/)) {
    const gapMatch = /^\.\.\.(\d+)?$/.exec(part)
    if (gapMatch) {
      gap = gapMatch[1] ? Number(gapMatch[1]) : defaultGap
      continue
    }

    const optional = part.endsWith('?') && part.length > 1
    const body = optional ? part.slice(0, -1) : part
    if (body === '*' || body === '#' || body === "*'s") {
      slots.push({words: undefined, exact: new Set(), number: body === '#', possessive: body === "*'s", optional, gap})
    } else {
      const words = new Set<string>()
      const exact = new Set<string>()
      for (const alternative of body.split('|')) {
        if (alternative === '') throw new PatternError(`Empty alternative in \`${pattern}\``)
        // Matching sees words only, so punctuation in a pattern never matches.
        if (/[,.:;!?]/.test(alternative)) throw new PatternError(`\`${pattern}\`: \`${alternative}\` has punctuation; patterns match words only`)
        if (alternative.startsWith('@')) {
          const members = classes[alternative.slice(1)]
          if (!members) throw new PatternError(`Unknown word class \`${alternative}\` in \`${pattern}\``)
          for (const member of members) {
            // A slot holds one word; “could not” would silently never match.
            if (/\s/.test(member.trim())) throw new PatternError(`Word class \`${alternative}\` has a member of several words: \`${member}\``)
            words.add(normalizeToken(member))
          }
        } else if (alternative.startsWith('=')) {
          const word = normalizeToken(alternative.slice(1))
          words.add(word)
          exact.add(word)
        } else {
          words.add(normalizeToken(alternative))
        }
      }

      slots.push({words, exact, number: false, possessive: false, optional, gap})
    }

    gap = 0
  }

  const first = slots[0]
  if (!first) throw new PatternError('Empty pattern')
  if ((!first.words && !first.possessive && !first.number) || first.optional || first.gap > 0) {
    throw new PatternError(`\`${pattern}\` must start with a word, \`#\` or \`*'s\`, not \`*\`, \`...\` or an optional slot`)
  }

  if (gap > 0) throw new PatternError(`\`${pattern}\` must not end with \`...\``)
  checkSplitContractions(pattern, slots)
  return slots
}

const expansions: Readonly<Record<string, string>> = {ll: 'will', re: 'are', ve: 'have', m: 'am', d: 'would'}

/**
 * Alternatives are one word each, so `you’ll|you will` reads as `you’ll|you`
 * then `will`, and `we are|we’re` as `we` then `are|we’re`: neither matches
 * what it says. A contraction beside its own expansion, or right after its
 * own first word, is that mistake; write two patterns.
 */
function checkSplitContractions(pattern: string, slots: readonly Slot[]): void {
  for (const [index, slot] of slots.entries()) {
    for (const word of slot.words ?? []) {
      const parts = /^(\p{L}+)'(\p{L}+)$/u.exec(word)
      if (!parts) continue
      const [, stem = '', ending = ''] = parts
      const earlier = slots[index - 1]?.words?.has(stem) ?? false
      const expanded = slot.words!.has(stem) && slots[index + 1]?.words?.has(expansions[ending] ?? '')
      if (earlier || expanded) {
        throw new PatternError(`\`${pattern}\`: alternatives are single words, so \`${word}\` and \`${stem} ${expansions[ending] ?? ending}\` cannot be alternatives in one pattern; write two patterns`)
      }
    }
  }
}

/** The problem with a pattern, or `undefined` when it is well formed. */
export function patternProblem(pattern: string): string | undefined {
  try {
    parsePattern(pattern)
    return undefined
  } catch (error) {
    if (error instanceof PatternError) return error.message
    throw error
  }
}
