/**
 * The phrase pattern language used by phrase tables. Patterns are plain
 * strings so that phrase data stays data:
 *
 * - `word` — the word or its regular inflections (`upsell` also matches
 *   “upselling”); `=word` matches the word exactly;
 * - `a|b|c` — any of the alternatives, one word each (`didn’t|did not go`
 *   is `didn’t|did`, `not`, `go`: write two patterns instead);
 * - `slot?` — the slot may be absent;
 * - `*` — any one word; `#` — a number; `*'s` — any possessive (“Kim's”);
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
  return slots
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
