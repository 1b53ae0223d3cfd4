/**
 * The second matcher: two phrase tables that must both match in one
 * sentence, such as a staff role and an approval (“manager's OK”). Neither
 * alone says anything; together they describe the customer waiting on the
 * seller's hierarchy.
 */
import type {PhraseMatch, PhraseTable} from './phrase-table.js'
import type {SentenceView} from './views.js'

export interface Pairing {
  /** Its matches carry the note and alternatives reported. */
  readonly primary: PhraseTable
  readonly secondary: PhraseTable
  /** Matches of this table cancel a primary match they overlap (“account manager”). */
  readonly unless?: PhraseTable
  /** Most words allowed between the two matches. */
  readonly window: number
}

/**
 * Primary matches paired with secondary matches, as one span each: the span
 * reaches the nearest secondary match on either side within the window
 * (“wait for manager approval”).
 */
export function findPairs(sentence: SentenceView, pairing: Pairing): PhraseMatch[] {
  const primaries = pairing.primary.find(sentence)
  if (primaries.length === 0) return []
  const secondaries = pairing.secondary.find(sentence)
  if (secondaries.length === 0) return []
  const cancels = pairing.unless?.find(sentence) ?? []
  const pairs: PhraseMatch[] = []
  for (const primary of primaries) {
    if (cancels.some((cancel) => overlaps(cancel, primary))) continue
    let left: PhraseMatch | undefined
    let right: PhraseMatch | undefined
    for (const secondary of secondaries) {
      if (overlaps(secondary, primary)) continue
      const before = secondary.last.index < primary.first.index
      const distance = before ? primary.first.index - secondary.last.index - 1 : secondary.first.index - primary.last.index - 1
      if (distance > pairing.window) continue
      if (before) left = secondary
      else right ??= secondary
    }

    if (left || right) pairs.push({entry: primary.entry, first: (left ?? primary).first, last: (right ?? primary).last})
  }

  return pairs
}

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.first.index <= b.last.index && b.first.index <= a.last.index
}

