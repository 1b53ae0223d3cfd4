/**
 * A sentence cut into clauses, each with what joins it to the one before:
 * the marks (commas, colons, semicolons, dashes, brackets, an ellipsis) and
 * the conjunction that opens it (“… or miss out”, “…, so you get …”,
 * “… because housekeeping is short”). The rewrites that drop clauses read
 * this one segmentation and decide for their rule which clauses go; what
 * is left is joined again as written.
 */

/** The first mark between two clauses; `''` where a conjunction alone opens the clause (“… or pay double”). */
export type JointMark = ',' | ';' | ':' | '—' | '…' | '(' | ')' | ''

/** What joins a clause to the one before it. */
export interface Joint {
  /** The marks and spaces between the two clauses (“, ”, “ — ”, “ ”), offsets into the block, end exclusive. */
  readonly start: number
  readonly end: number
  readonly mark: JointMark
  /** The conjunction that opens the clause, lower case (“or”, “so”, “because”, “and so”); '' when there is none. */
  readonly word: string
}

export interface Clause {
  /** Offsets into the block, end exclusive: the clause with the conjunction that opens it, without the marks around it. */
  readonly start: number
  readonly end: number
  /** Where the clause's own words begin, after its conjunction and the spaces after it (`start` when there is none). */
  readonly wordsStart: number
  /** What joins it to the clause before; for the first clause, only marks that open the block (“(”, “— ”), if any. */
  readonly joint: Joint | undefined
}

// Conjunctions that open a clause (not “fish and chips” alone: a conjunction only counts after a space, before a word).
const opening = 'or|and|but|so|then|because|since|before|while|once|if|when|unless'
// Marks that join clauses (not “1,000”, “4:59” or “e-mail”), and the white space before a clause-opening conjunction
// (not after another: “and so”, “or if” open one clause).
const separators = [
  String.raw`\s*(?:[,;:](?=\s|$)|…+|\.{3,}|[—–]|[()[\]])\s*`,
  String.raw`\s+-+\s+`,
  String.raw`(?<!\b(?:${opening}))\s+(?=(?:${opening})\s)`
]
const separator = new RegExp(separators.join('|'), 'giu')
// A bare “as” before a pronoun, for a reader that wants causes (“… as it saves us time”); not by default (“such as it is”, “as we age”).
const causalAs = String.raw`as(?=\s+(?:it|this|that|we|our)\b)`
const separatorWithAs = new RegExp([...separators, String.raw`(?<!\b(?:${opening}))\s+(?=${causalAs}\s)`].join('|'), 'giu')
// The conjunction at a clause's start; after a mark, “as” opens one too (“…, as the system is down”), and “and” may lead another (“…, and so …”).
const bareWord = new RegExp(String.raw`^(?:${opening})(?=\s)\s*`, 'iu')
const bareWordWithAs = new RegExp(String.raw`^(?:${opening}|${causalAs})(?=\s)\s*`, 'iu')

export interface ClauseOptions {
  /** Whether a bare “as” before a pronoun opens a clause (“Please use the kiosk as it saves us time”); off by default. */
  readonly causalAs?: boolean
}
const wordAfterMark = new RegExp(String.raw`^(?:(?:and\s+)?(?:so|because|since|as)|${opening})(?=\s)\s*`, 'iu')

/** The clauses of [from, to) of `text`, in order; empty ones (“— —”) left out, their marks joined to the next one's. */
export function clausesOf(text: string, from: number, to: number, options: ClauseOptions = {}): Clause[] {
  const body = text.slice(from, to)
  const clauses: Clause[] = []
  let start = 0
  let joint: {start: number; end: number} | undefined
  const push = (end: number) => {
    clauses.push(clauseAt(text, from + start, from + end, joint && {start: from + joint.start, end: from + joint.end}, clauses.length > 0, options))
    joint = undefined
  }

  for (const match of body.matchAll(options.causalAs ? separatorWithAs : separator)) {
    if (match.index > start) push(match.index)
    joint = {start: joint?.start ?? match.index, end: match.index + match[0].length}
    start = joint.end
  }

  if (start < body.length) push(body.length)
  return clauses
}

function clauseAt(text: string, start: number, end: number, joint: {start: number; end: number} | undefined, afterAnother: boolean, options: ClauseOptions): Clause {
  if (!joint) return {start, end, wordsStart: start, joint}
  // A bracket beside another mark (“), ”): the other mark says how the clauses join.
  const marks = [...text.slice(joint.start, joint.end).trim()].map(markOf)
  const mark = marks.find((item) => item !== '(' && item !== ')') ?? marks[0] ?? ''
  // Only a clause after another has a conjunction: the first one's (“Because …”) is its own first word.
  const bare = options.causalAs ? bareWordWithAs : bareWord
  const word = afterAnother ? (mark === '' ? bare : wordAfterMark).exec(text.slice(start, end)) : null
  const said = word && word[0].length < end - start ? word[0] : ''
  return {start, end, wordsStart: start + said.length, joint: {...joint, mark, word: said.trim().toLowerCase().replace(/\s+/gu, ' ')}}
}

function markOf(character: string): JointMark {
  if (character === ',' || character === ';' || character === ':' || character === '(' || character === ')') return character
  if (character === '[') return '('
  if (character === ']') return ')'
  return character === '.' || character === '…' ? '…' : character === '—' || character === '–' || character === '-' ? '—' : ''
}

/**
 * The kept clauses as one piece of text (`words`, where given, in place of
 * a clause's own), each after the marks written before it (a bracketed
 * one closed again); a leading “and”, “or”, “then” left by a dropped clause
 * goes too.
 */
export function joinClauses(text: string, kept: ReadonlyArray<Clause & {readonly words?: string}>): string {
  let out = ''
  for (const [index, clause] of kept.entries()) {
    const words = clause.words ?? text.slice(clause.start, clause.end)
    const lead = clause.joint ? text.slice(clause.joint.start, clause.joint.end) : ''
    const bracketed = /[([]/.test(lead)
    const between = index === 0 ? '' : bracketed ? ' (' : lead === '' ? ' ' : lead.replace(/[)\]]/g, '')
    const close = bracketed && index > 0 && /^\s*[)\]]/.test(text.slice(clause.end)) ? ')' : ''
    out += `${between}${index === 0 ? words.replace(conjunction, '') : words}${close}`
  }

  return out.trim()
}

const conjunction = /^(?:or|and|but|so|then)\s+/iu
