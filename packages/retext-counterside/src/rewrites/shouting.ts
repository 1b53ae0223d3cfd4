/**
 * Shouting: capitals to sentence case, keeping what is meant in capitals
 * (acronyms, codes, brand words, bracketed text), and stacked marks to one.
 */
import {mayHaveCapitalRun} from '../features/capitals.js'
import {opensSentence} from './grammar.js'
import {sentenceAround} from './sentence.js'
import type {Rewrite, TemplateFamily} from './types.js'

// Capitals that are not shouting: short letter groups read as letters (PIN, QR, ATM), not words.
// Words that are also acronyms (US, IT, AM, OK) are left out: “CALL US” is “Call us”.
const acronyms = new Set([
  'PIN', 'ID', 'QR', 'USB', 'SMS', 'PM', 'VAT', 'UK', 'EU', 'ATM', 'NFC', 'OTP', 'FAQ', 'URL', 'PDF', 'GPS', 'TV', 'PC', 'VIP', 'HQ', 'CVV',
  'CVC', 'IBAN', 'BIC', 'SKU', 'RSVP', 'DVD', 'CD', 'HD', 'GB', 'MB', 'KB', 'TB', 'NHS', 'DVLA', 'HMRC', 'IRS', 'DMV', 'GP', 'ICU', 'MOT',
  'EV', 'SIM', 'APR', 'ISA', 'BOGOF', 'BOGO', 'NYC', 'USA', 'HR', 'CEO', 'POS', 'ETA', 'DOB', 'MPAN', 'DHL', 'GMT', 'BST', 'UTC', 'CET',
  'PST', 'AI', 'API', 'IMEI', 'PUK', 'WIFI', 'UI', 'UX', 'SSO', 'SDK', 'VPN', 'DNS',
  // File types, written in capitals as names (“JPEG, PNG or GIF”).
  'JPEG', 'JPG', 'PNG', 'APNG', 'GIF', 'SVG', 'BMP', 'ICO', 'TIFF', 'TIF', 'WEBP', 'HEIC', 'MOV', 'WMV', 'FLV', 'AVI', 'MKV', 'WAV', 'AAC',
  'FLAC', 'CSV', 'XML', 'JSON', 'HTML', 'CSS', 'ZIP', 'TXT', 'DOC', 'DOCX', 'XLS', 'XLSX', 'PPT', 'PPTX', 'RTF', 'EPUB', 'ODT'
])
// Written with a capital whatever the case around them; not “may”, which is more often the verb.
const calendarNames = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
])
const stackedMarks = /!{2,}|\?{2,}|[!?]{3,}/g
const capitalWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const token = /[\p{L}\p{N}](?:[\p{L}\p{N}'’/-]|\.(?=[\p{L}\p{N}]))*|\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|[^\p{L}\p{N}([{]+|[\s\S]/gu

export const shouting: TemplateFamily = {
  ruleId: 'shouting',
  shapes: [
    {shape: 'WORDS IN CAPITALS', rewrite: 'Words in sentence case (PIN, SKU 4411, iPhone and [BRACKETS] kept)', example: 'LAST CHANCE TO ENTER YOUR PIN AT THE ATM'},
    {shape: '!!, ?!, ???', rewrite: 'One mark: !, ?', example: 'Your order is ready!!'}
  ],
  rewrite(input) {
    const value = input.text.slice(input.start, input.end)
    const sentence = sentenceAround(input.text, input.start)
    if (/^[!?]+$/.test(value)) {
      // The sentence with this one mark collapsed: a whole-sentence rewrite, so a menu shows copy, not a lone “!”.
      if (!sentence) return []
      const marked = `${input.text.slice(sentence.start, input.start)}${oneMark(value)}${input.text.slice(input.end, sentence.end)}`
      // One mark on a sentence still in capitals would still shout: calm its words as well, unless they
      // are a capital run, whose own finding calms them (two fixes that do not overlap, for --fix-suggestions).
      const text = shoutsInWords(marked) && !mayHaveCapitalRun(marked) ? calm(marked, opensSentence(input.text, sentence.start)) : marked
      return [{text, offset: sentence.start, endOffset: sentence.end, scope: 'sentence'} satisfies Rewrite]
    }

    const match: Rewrite = {text: sentenceCase(value, opensSentence(input.text, input.start)), offset: input.start, endOffset: input.end, scope: 'match'}
    if (!sentence) return [match]
    // Capitals left outside the run (“… OF £412.80 IMMEDIATELY”) would still shout: the whole sentence, calm.
    // (A stacked mark after it has its own finding and fix.)
    const rest = `${input.text.slice(sentence.start, input.start)}${input.text.slice(input.end, sentence.end)}`
    if (!shoutsInWords(rest)) return [match]
    return [{text: calm(input.text.slice(sentence.start, sentence.end), opensSentence(input.text, sentence.start)), offset: sentence.start, endOffset: sentence.end, scope: 'sentence'}]
  }
}

/** Whether `value` is a list of capital words (“JPEG, GIF, PNG”) of which sentence case would lower some and keep others. */
function partlyLowered(value: string): boolean {
  const items = value.split(/\s*[,/]\s*|\s+(?:or|and|OR|AND)\s+/).filter((item) => item !== '')
  if (items.length < 2 || !items.every((item) => /^[\p{Lu}\p{N}]+$/u.test(item))) return false
  const kept = items.filter((item) => keepsCapitals(item)).length
  return kept > 0 && kept < items.length
}

/**
 * Whether `text` has shouted words: two in capitals that are not acronyms
 * or codes, or one long one (“OVERDUE”); a lone short one may be a brand (“IKEA”).
 */
function shoutsInWords(text: string): boolean {
  // Quoted words (“Say "THANK YOU"”) are written as they are meant.
  const unquoted = text.replace(/["“][^"”]*["”]/gu, '')
  const shouted = [...unquoted.matchAll(capitalWord)].map((found) => found[0]).filter((word) => /\p{Lu}{2}/u.test(word) && !keepsCapitals(word))
  return shouted.length >= 2 || shouted.some((word) => word.replace(/\P{L}/gu, '').length >= 5)
}

/** `sentence` with its shouted words in sentence case and each stacked mark as one. */
function calm(sentence: string, startsSentence: boolean): string {
  return sentenceCase(sentence, startsSentence).replace(stackedMarks, oneMark)
}

/** “!!!” → “!”, “?!” → “?”. */
export function oneMark(marks: string): string {
  return marks.includes('?') ? '?' : '!'
}

/**
 * “INSERT YOUR PIN AT THE ATM (NO FEE)” → “Insert your PIN at the ATM (NO FEE)”:
 * lower case except acronyms, codes with digits, mixed-case words, “I” and
 * bracketed text; a capital after a full stop and at `startsSentence`.
 */
export function sentenceCase(value: string, startsSentence: boolean): string {
  // A list of capital words of which some would stay (“JPEG, GIF, PNG”) would come out half lowered: kept as written.
  if (partlyLowered(value)) return value
  // A run that starts or ends inside brackets (“PREFIX]%[LEVEL][SUFFIX”, from “[PREFIX]…”) keeps those ends, as a bracket does.
  const opening = /^[^[\]]*\]/.exec(value)?.[0] ?? ''
  const closing = /\[[^\]]*$/.exec(value.slice(opening.length))?.[0] ?? ''
  const inner = value.slice(opening.length, value.length - closing.length)
  let capitalNext = startsSentence && opening === ''
  let out = opening
  for (const match of inner.matchAll(token)) {
    const part = match[0]
    if (!/[\p{L}\p{N}]/u.test(part[0]!) && !/^[([{]/.test(part)) {
      out += part
      if (/[.!?]/.test(part)) capitalNext = true
      continue
    }

    const kept = keepsCapitals(part)
    // “I'M”, “I’LL”: the pronoun keeps its capital, the contraction does not.
    const lowered = kept ? part : /^I['’]\p{Lu}+$/u.test(part) ? `I${part.slice(1).toLowerCase()}` : part.toLowerCase()
    // Days and months are names: “ENDS SUNDAY” → “ends Sunday”.
    out += (capitalNext && !kept) || calendarNames.has(lowered.replace(/['’]s$/u, '')) ? lowered.charAt(0).toUpperCase() + lowered.slice(1) : lowered
    capitalNext = false
  }

  return out + closing
}

function keepsCapitals(word: string): boolean {
  if (/^[([{]/.test(word)) return true
  // Date and time formats (“DD MMMM YYYY”, “HH:MM”) are tokens, not words.
  if (/^(?:D{2,4}|M{2,4}|Y{2,4}|H{2}|S{2,3})$/.test(word)) return true
  // A mixed-case word (“iPhone”, “PayPal”) was written that way on purpose.
  if (/\p{Ll}/u.test(word)) return true
  // “3PM”, “11-DIGIT”, “24-HOUR”: a number with a word, not a code.
  if (/^\d+(?:AM|PM)$/.test(word) || /^\d+(?:-(?:\d+|\p{Lu}{3,}))+$/u.test(word)) return false
  if (/\d/.test(word)) return true
  const bare = word.replace(/['’]s$/u, '')
  // “USB-C”, “A/C”: every part an acronym or a lone letter.
  const parts = bare.split(/[-/]/)
  const compound = parts.length > 1 && parts.every((part) => acronyms.has(part) || /^[A-Z]$/.test(part))
  return bare === 'I' || acronyms.has(bare) || compound || /^(?:[A-Z]\.)+[A-Z]?$/.test(bare)
}
