/** The small grammar templates need: number, articles, capitals. */

// Nouns ending in -s that are singular (“Check the address”, “That status…”).
const singularInS = new Set([
  'address', 'status', 'bus', 'gas', 'alias', 'canvas', 'series', 'news', 'access', 'business', 'class',
  'pass', 'glass', 'plus', 'bonus', 'campus', 'virus', 'census', 'analysis', 'basis', 'process', 'express',
  'iris', 'lens', 'atlas', 'sms', 'gps', 'dns', 'os', 'ios', 'vat'
])
const pluralOnly = new Set(['details', 'credentials', 'contents', 'goods', 'savings', 'earnings', 'settings', 'people', 'children'])

/** A noun phrase's number, read from its head (last) word. */
export function isPlural(phrase: string): boolean {
  const head = phrase.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
  if (pluralOnly.has(head)) return true
  if (singularInS.has(head) || head.length <= 2 || /[^\p{Ll}]/u.test(head.replace(/['’]/g, ''))) return false
  return /[^su]s$/.test(head) || /ies$/.test(head)
}

/** “a” or “an” before `word`, by its sound where the spelling is a clear guide (“an email”, “a user”, “an SMS”). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a'
  const lower = word.toLowerCase()
  if (/^(?:uni|use|usu|uti|eu|one|once)/.test(lower)) return 'a'
  if (/^(?:hour|honest|honou?r)/.test(lower)) return 'an'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}

/** That/those, it/them, doesn't/don't, didn't (the same), for a noun phrase. */
export function agreement(phrase: string) {
  const plural = isPlural(phrase)
  return {
    that: plural ? 'Those' : 'That',
    it: plural ? 'them' : 'it',
    doesnt: plural ? 'don’t' : 'doesn’t',
    is: plural ? 'are' : 'is'
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function lowerFirst(text: string): string {
  // Acronyms and names keep their capitals (“PIN”): only a capitalised first word is lowered.
  return /^\p{Lu}\p{Ll}/u.test(text) && !/^(?:I\b|I’|I')/.test(text) && !innerCapital.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

// A first word with a capital inside is a name as written (“Wi-Fi”, “PayPal”, “McAfee”): lowered, it would be misspelt.
const innerCapital = /^\p{Lu}\S*?\p{Lu}/u

/** Whether `index` in `text` opens a sentence (start, or after closing punctuation or a line break). */
export function opensSentence(text: string, index: number): boolean {
  // Only the few characters before it decide: no scan back over a long block.
  const before = text.slice(Math.max(0, index - 16), index).replace(/[ \t]+$/, '')
  return (index <= 16 && before === '') || /[.!?…\n]["”’)\]]*$/.test(before)
}
