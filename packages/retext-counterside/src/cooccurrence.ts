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
  const pairs: PhraseMatch[] = []
  for (const primary of pairing.unless ? withoutCancelled(primaries, pairing.unless.find(sentence)) : primaries) {
    let left: PhraseMatch | undefined
    let right: PhraseMatch | undefined
    // Matches are in text order: start near the primary and stop once past
    // the window, so a long sentence stays linear.
    for (let index = firstWithin(secondaries, primary.first.index - pairing.window - 1); index < secondaries.length; index++) {
      const secondary = secondaries[index]!
      if (secondary.first.index > primary.last.index + pairing.window + 1) break
      if (overlaps(secondary, primary)) continue
      const before = secondary.last.index < primary.first.index
      const distance = before ? primary.first.index - secondary.last.index - 1 : secondary.first.index - primary.last.index - 1
      if (distance > pairing.window) continue
      if (before) left = secondary
      else right ??= secondary
    }

    if (!left && !right) continue
    const pair = {entry: primary.entry, pattern: primary.pattern, first: (left ?? primary).first, last: (right ?? primary).last}
    // Two primaries sharing a secondary (“our team won … award”) are one finding.
    const previous = pairs.at(-1)
    if (previous && overlaps(previous, pair)) {
      pairs[pairs.length - 1] = {...previous, last: pair.last.index > previous.last.index ? pair.last : previous.last}
    } else {
      pairs.push(pair)
    }
  }

  return pairs
}

/**
 * Matches that no cancelling match overlaps: “account manager” is not a
 * gatekeeper, “may be unavailable” is not a failure.
 */
export function withoutCancelled(matches: readonly PhraseMatch[], cancels: readonly PhraseMatch[]): PhraseMatch[] {
  if (cancels.length === 0) return [...matches]
  return matches.filter((match) => {
    const cancel = cancels[firstWithin(cancels, match.first.index)]
    return !(cancel && overlaps(cancel, match))
  })
}

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.first.index <= b.last.index && b.first.index <= a.last.index
}


/** Index of the first match ending at or after word `index` (matches are sorted and disjoint). */
function firstWithin(matches: readonly PhraseMatch[], index: number): number {
  let low = 0
  let high = matches.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (matches[middle]!.last.index < index) low = middle + 1
    else high = middle
  }

  return low
}
