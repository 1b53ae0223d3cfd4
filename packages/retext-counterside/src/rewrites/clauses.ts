/**
 * A sentence cut into clauses at its commas, colons, dashes, brackets and
 * the conjunctions that open a clause (“… or miss out”, “… before it's
 * gone”), so a rewrite can drop the clauses that carry a rule's words and
 * keep the rest as written.
 */

export interface Clause {
  /** Offsets into the block, end exclusive, without the separators around it. */
  readonly start: number
  readonly end: number
  /** The separator written before it (“, ”, “ — ”, “ ”), '' for the first. */
  readonly lead: string
}

// Punctuation that joins clauses (not “1,000”, “4:59” or “e-mail”), and the white space before a clause-opening conjunction.
const separator = new RegExp([
  String.raw`\s*(?:[,;:](?=\s|$)|…+|\.{3,}|[—–]|[()[\]])\s*`,
  String.raw`\s+-+\s+`,
  String.raw`\s+(?=(?:or|and|but|before|then|because|while|once|if|when|unless)\s)`
].join('|'), 'giu')
const conjunction = /^(?:or|and|but|so|then)\s+/iu

/** The clauses of [from, to) of `text`, in order; empty ones (“— —”) left out. */
export function clausesOf(text: string, from: number, to: number): Clause[] {
  const body = text.slice(from, to)
  const clauses: Clause[] = []
  let start = 0
  let lead = ''
  for (const match of body.matchAll(separator)) {
    if (match.index > start) {
      clauses.push({start: from + start, end: from + match.index, lead})
      lead = ''
    }

    lead += match[0]
    start = match.index + match[0].length
  }

  if (start < body.length) clauses.push({start: from + start, end: to, lead})
  return clauses
}

/**
 * The kept clauses as one piece of text (`words`, where given, in place of
 * a clause's own), each after the separator written before it (a bracketed
 * one closed again); a leading “and”, “or”, “then” left by a dropped clause
 * goes too.
 */
export function joinClauses(text: string, kept: ReadonlyArray<Clause & {readonly words?: string}>): string {
  let out = ''
  for (const [index, clause] of kept.entries()) {
    const words = clause.words ?? text.slice(clause.start, clause.end)
    const bracketed = /[([]/.test(clause.lead)
    const lead = index === 0 ? '' : bracketed ? ' (' : clause.lead === '' ? ' ' : clause.lead.replace(/[)\]]/g, '')
    const close = bracketed && index > 0 && /^\s*[)\]]/.test(text.slice(clause.end)) ? ')' : ''
    out += `${lead}${index === 0 ? words.replace(conjunction, '') : words}${close}`
  }

  return out.trim()
}
