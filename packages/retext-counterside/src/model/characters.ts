/**
 * Character classes for the learned scorer's hand-written tokeniser
 * (`segment` in `features.ts`): which code units make words, and what each
 * ASCII code unit can start. ASCII is read from tables; anything else is
 * asked of a Unicode-aware expression once per code unit and remembered.
 */

const letterOrDigit = /^[\p{L}\p{N}]$/u
// Whether a code unit outside ASCII is a letter or digit, learned as met: 0 not yet known, 1 yes, 2 no.
const wordUnits = new Uint8Array(0x10000)

// Letters and digits among ASCII code units (1), by code.
const asciiWord = new Uint8Array(0x80)
for (let code = 0; code < 0x80; code++) asciiWord[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0

/**
 * Code units of the letter or digit at `index` (2 for one outside the BMP),
 * 0 when there is none. Reads are kept inside the text: reading past its end
 * would throw optimised code back to the interpreter.
 */
export function wordCharAt(text: string, index: number): number {
  if (index >= text.length) return 0
  const code = text.charCodeAt(index)
  if (code < 0x80) return asciiWord[code]!
  if (code >= 0xd800 && code <= 0xdbff) {
    if (index + 1 >= text.length) return 0
    const low = text.charCodeAt(index + 1)
    return isLowSurrogate(low) && letterOrDigit.test(text.slice(index, index + 2)) ? 2 : 0
  }

  let known = wordUnits[code]!
  if (known === 0) known = wordUnits[code] = letterOrDigit.test(text[index]!) ? 1 : 2
  return known === 1 ? 1 : 0
}

/** `'`, `’` or `-` join two runs of letters and digits into one word; for the model, `_` and `.` too (“file.txt”, “ERR_502”). */
function isJoiner(code: number, model: boolean): boolean {
  return code === 39 || code === 0x2019 || code === 45 || (model && (code === 95 || code === 46))
}

/**
 * Where the word starting at `index` ends (exclusive), or `index` when none
 * starts there: `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (the pre-filter's and
 * `allow` lists' words), with `_` and `.` among the joiners for the model.
 */
export function wordEnd(text: string, index: number, model = true): number {
  let end = index
  let width = wordCharAt(text, end)
  while (width > 0) {
    end += width
    while ((width = wordCharAt(text, end)) > 0) end += width
    width = end < text.length && isJoiner(text.charCodeAt(end), model) ? wordCharAt(text, end + 1) : 0
    if (width > 0) end++
  }

  return end
}

/** Where the next word starts at or after `index` (the text's length when none does), stepping over whole code points. */
export function nextWordStart(text: string, index: number): number {
  const length = text.length
  while (index < length) {
    const width = wordCharAt(text, index)
    if (width > 0) return index
    const code = text.charCodeAt(index)
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < length && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
  }

  return length
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

// What an ASCII code unit can start, by code.
export const other = 0
export const wordStart = 1
export const lineBreak = 2
export const opener = 3 // `{`, `$`, `%`, `[`, `<`: where a placeholder may open
export const bang = 4 // `!`, `?`
export const dot = 5 // `.` (and `…`, outside ASCII)
const asciiStarts = new Uint8Array(0x80)
for (let code = 0; code < 0x80; code++) asciiStarts[code] = asciiWord[code] ? wordStart : other
asciiStarts[10] = lineBreak
for (const character of '{$%[<') asciiStarts[character.charCodeAt(0)] = opener
asciiStarts[33] = bang
asciiStarts[63] = bang
asciiStarts[46] = dot

export function startAt(text: string, index: number, code: number): number {
  if (code < 0x80) return asciiStarts[code]!
  if (code === 0x2026) return dot
  return wordCharAt(text, index) > 0 ? wordStart : other
}

export const markOf: Readonly<Record<number, string>> = {33: '!', 63: '?', 46: '.', 0x2026: '…'}


// Letter case, for the shouting pre-filter: bits per code point, worked out once per BMP code unit as met.
const known = 1
export const upperCase = 2
export const lowerCase = 4
/** A letter, a digit, `'`, `’` or `-`. */
export const wordPart = 8
/** A surrogate pair: two code units. */
export const wide = 16
const caseUnits = new Uint8Array(0x10000)
const upperLetter = /^\p{Lu}$/u
const lowerLetter = /^\p{Ll}$/u
const wordCharacter = /^[\p{L}\p{N}'’-]$/u

function caseBits(character: string): number {
  return known | (upperLetter.test(character) ? upperCase : 0) | (lowerLetter.test(character) ? lowerCase : 0) | (wordCharacter.test(character) ? wordPart : 0)
}

/** The code point at `index` as the shouting pre-filter reads it: `upperCase`, `lowerCase`, `wordPart` and `wide` bits. */
export function caseAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))) {
    return caseBits(text.slice(index, index + 2)) | wide
  }

  let bits = caseUnits[code]!
  if (bits === 0) bits = caseUnits[code] = caseBits(text[index]!)
  return bits
}
