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

/** Primary matches paired with the nearest secondary match, as one span each. */
export function findPairs(sentence: SentenceView, pairing: Pairing): PhraseMatch[] {
  const primaries = pairing.primary.find(sentence)
  if (primaries.length === 0) return []
  const secondaries = pairing.secondary.find(sentence)
  if (secondaries.length === 0) return []
  const cancels = pairing.unless?.find(sentence) ?? []
  const pairs: PhraseMatch[] = []
  for (const primary of primaries) {
    if (cancels.some((cancel) => overlaps(cancel, primary))) continue
    let nearest: PhraseMatch | undefined
    let nearestDistance = Number.POSITIVE_INFINITY
    for (const secondary of secondaries) {
      if (overlaps(secondary, primary)) continue
      const distance = gap(primary, secondary)
      if (distance <= pairing.window && distance < nearestDistance) {
        nearest = secondary
        nearestDistance = distance
      }
    }

    if (nearest) {
      const first = nearest.first.index < primary.first.index ? nearest.first : primary.first
      const last = nearest.last.index > primary.last.index ? nearest.last : primary.last
      pairs.push({entry: primary.entry, first, last})
    }
  }

  return pairs
}

function overlaps(a: PhraseMatch, b: PhraseMatch): boolean {
  return a.first.index <= b.last.index && b.first.index <= a.last.index
}

/** Words strictly between two non-overlapping matches. */
function gap(a: PhraseMatch, b: PhraseMatch): number {
  return a.last.index < b.first.index ? b.first.index - a.last.index - 1 : a.first.index - b.last.index - 1
}
