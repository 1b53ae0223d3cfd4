/**
 * Word normalisation shared by phrase tables, the pre-filter and the
 * matchers, so that data and text are compared in one form.
 */

const curlyApostrophes = /[\u2018\u2019\u02BC\u2032]/g
const elongation = /(\p{L})\1{2,}/gu

/** Lower case, straight apostrophes, elongated letters collapsed (“yesss” → “yes”). */
export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  // One pass over the characters spares the two replacements for the
  // common word that has no curly apostrophe and no letter three times over.
  let repeats = 0
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return slowNormalize(lower)
    repeats = index > 0 && code === lower.charCodeAt(index - 1) ? repeats + 1 : 0
    if (repeats >= 2) return slowNormalize(lower)
  }

  return lower
}

function slowNormalize(lower: string): string {
  return lower.replace(curlyApostrophes, "'").replace(elongation, '$1')
}

/** Strip a possessive `'s` (“manager's” → “manager”); contractions such as “she's” stay whole. */
export function stripPossessive(norm: string): string {
  // endsWith, not the expression: this runs for every word the pre-filter reads.
  return norm.endsWith("'s") && !possessiveLookalikes.has(norm)
    ? norm.slice(0, -2)
    : norm
}

// These end in 's but are contractions of “is”/“has”/“us”, not possessives.
const possessiveLookalikes = new Set([
  "it's",
  "he's",
  "she's",
  "that's",
  "what's",
  "there's",
  "here's",
  "who's",
  "let's",
  "where's",
  "how's",
  "everyone's",
  "someone's",
  "nobody's"
])

/** The form phrase data and text meet in: normalised, possessive removed. */
export function normalizeToken(value: string): string {
  return stripPossessive(normalizeWord(value))
}

/** Words as the pre-filter and `allow` lists see them: letters and digits, joined by `'` or `-`. */
export const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** A phrase as normalised words joined by single spaces. */
export function normalizePhrase(phrase: string): string {
  return Array.from(phrase.matchAll(wordPattern), (match) => normalizeToken(match[0])).join(' ')
}
