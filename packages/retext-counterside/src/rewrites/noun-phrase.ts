/**
 * The noun phrase a template fills in (“the wrong <card number>”, “<Your
 * request> could not be processed”), read from the words around the match.
 */

export interface Phrase {
  /** The words as written, without a leading determiner (“card number”). */
  readonly words: string
  /** The determiner that opened it, lower case (“your”, “the”), or ''. */
  readonly determiner: string
  /** Offsets into the block of the phrase including its determiner. */
  readonly start: number
  readonly end: number
}

const maximumWords = 4
const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy
// Words that end a noun phrase read forward: a particle, a clause, a verb.
const stopsForward = new Set([
  'again', 'too', 'for', 'which', 'that', 'so', 'because', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'when', 'this', 'from', 'with',
  'by', 'please', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'entered', 'typed', 'provided', 'given', 'used', 'selected', 'supplied',
  'inserted', 'scanned', 'chosen', 'picked', 'keyed', 'you', 'now', 'here', 'there', 'than', 'twice', 'of', 'if', 'try', 'can', 'could',
  'will', 'must', 'should', 'cannot', 'can’t', 'can\'t', 'not', 'wrong', 'wrongly', 'incorrectly', 'correctly', 'properly', 'the', 'a', 'an', 'your', 'it', 'we',
  'be', 'been', 'being', 'do', 'does', 'did', 'didn’t', 'didn\'t', 'as', 'into', 'yet', 'still', 'already', 'today', 'then',
  'needs', 'need', 'requires', 'require', 'required', 'pending', 'awaiting', 'waiting', 'before', 'after', 'without', 'until', 'while', 'over',
  'under', 'above', 'below', 'about', 'i', 'i’ll', 'i\'ll', 'i’m', 'i\'m', 'we’ll', 'we\'ll', 'she', 'he', 'they', 'may', 'might', 'would',
  'goes', 'go', 'only', 'myself', 'first', 'one', 'once', 'all', 'any', 'who', 'where', 'what', 'how', 'locked', 'on', 'hold'
])
// After a phrase's first word, a participle is its verb (“your refund request <noted>”).
const participle = /^\p{Ll}+ed$/u
const determiners = new Set(['the', 'your', 'this', 'that', 'these', 'those', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'its'])
// Read backward, a phrase stops at these (“…because <the card>”, “Sorry, <your payment>”).
const stopsBackward = new Set([
  'because', 'since', 'as', 'so', 'and', 'or', 'but', 'unfortunately', 'sorry', 'sadly', 'oops', 'hmm', 'error', 'if', 'when', 'that', 'which',
  'we', 'i', 'you', 'it', 'there', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'not', 'to', 'for', 'with', 'of', 'on', 'in', 'at', 'by',
  'please', 'oh', 'no', 'well', 'ok', 'okay', 'looks', 'like', 'seems', 'afraid', 'it’s', 'it\'s', 'that’s', 'that\'s', 'there’s', 'there\'s',
  'they’re', 'they\'re', 'we’re', 'we\'re', 'you’re', 'you\'re'
])
// “<The slot> is (no longer available)”: the verb between the phrase and what is said of it.
const copula = /\s+(?:is|are|was|were|has been|have been|had been|is now|are now|is still|are still)$/iu
// “The card number <you entered>”, “The name <that you entered>”: a relative clause after the phrase.
const relative = /\s+(?:that\s+|which\s+)?you(?:['’]ve| have)?\s+(?:entered|typed|gave us|gave|provided|used|chose|selected|picked|supplied|scanned|input|uploaded)$/iu
// “Last Name <entered> (is not valid)”: before a verdict, a bare participle says how the value came.
const participleBeforeVerdict = /(?<!\byou|\byou['’]ve|\byou have)\s+(?:entered|typed|provided|supplied)\s*$/iu

/** The phrase starting at `index` (after spaces), its determiner dropped; undefined if no noun-like word starts there. */
export function phraseAfter(text: string, index: number): Phrase | undefined {
  let at = skipSpaces(text, index)
  const start = at
  const taken: Array<{start: number; end: number}> = []
  let determiner = ''
  while (taken.length < maximumWords) {
    word.lastIndex = at
    const match = word.exec(text)
    if (!match) break
    const lower = match[0].toLowerCase()
    if (taken.length === 0 && !determiner && determiners.has(lower)) {
      determiner = lower
      at = skipSpaces(text, at + match[0].length)
      continue
    }

    if (stopsForward.has(lower) || (taken.length > 0 && participle.test(match[0]))) break
    taken.push({start: at, end: at + match[0].length})
    const next = skipSpaces(text, at + match[0].length)
    // A phrase is one run of words: punctuation right after a word ends it.
    if (next === at + match[0].length) break
    at = next
  }

  if (taken.length === 0) return undefined
  const end = taken.at(-1)!.end
  return {words: text.slice(taken[0]!.start, end), determiner, start, end}
}

/** The phrase ending at `index` (before spaces), from the sentence start `from`, its determiner and any “you entered” dropped. */
export function phraseBefore(text: string, from: number, index: number): Phrase | undefined {
  let slice = text.slice(from, index).trimEnd()
  slice = slice.replace(copula, '').replace(relative, '')
  const end = from + slice.length
  const tokens = [...slice.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]+/gu)]
  const taken: RegExpMatchArray[] = []
  for (let position = tokens.length - 1; position >= 0 && taken.length < maximumWords; position--) {
    const token = tokens[position]!
    const lower = token[0].toLowerCase()
    if (!/^[\p{L}\p{N}]/u.test(token[0]) || stopsBackward.has(lower)) break
    taken.unshift(token)
    if (determiners.has(lower)) break
  }

  const opener = taken[0]?.[0].toLowerCase() ?? ''
  const determiner = determiners.has(opener) ? opener : ''
  const words = determiner ? taken.slice(1) : taken
  if (words.length === 0) return undefined
  const start = from + taken[0]!.index!
  return {words: text.slice(from + words[0]!.index!, end), determiner, start, end}
}

/** The phrase a verdict at `index` judges (“Last Name entered | is not valid”): `phraseBefore` without the participle. */
export function phraseJudged(text: string, from: number, index: number): Phrase | undefined {
  const before = text.slice(from, index).trimEnd().replace(copula, '')
  const participle = participleBeforeVerdict.exec(before)
  return phraseBefore(text, from, from + before.length - (participle ? participle[0].length : 0))
}

function skipSpaces(text: string, index: number): number {
  let at = index
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++
  return at
}
