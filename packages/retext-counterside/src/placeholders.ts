/**
 * i18n placeholders as values: the one grammar every front end reads them
 * by (the CLI's catalogs, the ESLint plugin's code strings, core's
 * `placeholders: 'values'`). In a message catalog or a code string,
 * `{name}`, `{{count}}`, `%s`, `%1$s`, `%0`, `%(name)s`, `%{name}`, `:name`,
 * `${name}` and `%name%` are filled in before a customer reads the text, and
 * ICU `{n, plural, one {…} other {…}}` syntax (branch keys and `#` too) is
 * structure, not prose. Some syntax wraps words the customer does read
 * (Adyen's `%#terms%#` link, Clerk's `link("Privacy Policy")`, Uploadcare's
 * `{{plural:file(count)}}`): only its markers are syntax, the words stay.
 * In rendered copy, the same `{{first_name}}` is an unfilled field the
 * customer sees.
 *
 * Every mask replaces syntax with spaces, one for one (`blank`, and
 * `maskIcu` writing into a copy of the text's characters), so the masked
 * text has the original's length and every offset still points into it.
 */

/** Syntax around words the customer reads: each pattern's three groups are the opening marker, the words, the closing marker. */
const wrappers = [
  // Adyen's element markers: the text between a `%#` pair is rendered as a link, or as a countdown's unit.
  /(%#)([^%\n]{1,80}?)(%#)/g,
  // Clerk's link modifier: `{{ termsLink || link("Terms of Service") }}` shows the quoted words as the link.
  /(\{\{[^{}\n]{0,80}?\blink\(\s*["'])([^"'{}\n]{1,80})(["']\s*\)\s*\}\})/g,
  // Uploadcare's plural: `{{plural:file(count)}}` shows the word `file` in the count's plural form.
  /(\{\{\s*plural:)([A-Za-z][\w-]{0,39})(\(\s*\w{1,40}\s*\)\s*\}\})/g
]

// printf's flags (no space flag: "100% sure" is prose), width, precision and length.
const printf = String.raw`[-+#0]*\d*(?:\.\d+)?(?:hh|h|ll|l|q|z|t|j)?`
const simple = new RegExp([
  String.raw`\{\{[^{}\n]{0,80}\}\}`,
  String.raw`\$\{[^{}\n]{0,80}\}`,
  String.raw`%\d+\$${printf}[a-zA-Z@]`,
  String.raw`%\([\w.]{1,40}\)${printf}[a-z]`,
  String.raw`%\{[\w.]{1,40}\}`,
  // Two characters at least: `%d%` is printf's `%d` and a percent sign, `%s%s` two values.
  String.raw`%[A-Za-z]\w{1,39}%`,
  String.raw`%${printf}[sdifuxXeEgGcp@%]`,
  // Positional without a type (CKEditor, Qt): `Resize image to %0`.
  String.raw`%\d{1,2}(?![\w$])`,
  String.raw`(?<![\w:/]):[a-z_]\w{0,39}\b`
].join('|'), 'g')
// ICU's plural count on its own, as a plural branch read apart from its message has it: a word follows
// (“# files could not be saved”). Before a placeholder or at a label's end it is a number sign, prose
// (“Cart #{{code}}”, “Recovery code #{0}”, “Order #”).
const pound = /(?<![\w#])#(?=[ \t\u00A0]+[\p{L}\p{N}])/gu
// Sticky: each is tried at one position, with no copy of the rest of the text.
const icuHeader = /\{\s*[\w.-]{1,60}\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?/y
const branchKey = /\s*(?:=\d+|[\w-]{1,40})\s*\{/y
const argument = /\{\s*[\w.-]{1,60}\s*(?:,\s*(?:number|date|time|spellout|ordinal|duration)\s*(?:,[^{}]{0,60})?)?\}/y
/** What stands before a plural branch's opening brace: its key. */
const branchOpening = /(?:=\d+|\b(?:zero|one|two|few|many|other))\s*$/
/** Syntax only ICU MessageFormat has (i18next's `{{price, number}}` is not): a message that uses it is ICU, and its apostrophes quote. */
const icuOnly = /(?<!\{)\{\s*[\w.-]{1,60}\s*,\s*(?:plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\s*[,}]/

export function maskPlaceholders(text: string): string {
  if (!/[{%$:#]/.test(text)) return text
  const nonIcu = maskNonIcuPlaceholders(text)
  const isIcu = icuOnly.test(nonIcu)
  const masked = maskIcu(nonIcu, isIcu)
  // In an ICU message `maskIcu` read each `#` by where it stands; elsewhere a lone `#` is a branch's count.
  return isIcu || !masked.includes('#') ? masked : maskPounds(text, masked)
}

/**
 * Only the placeholders that are not ICU syntax: what an ICU parser must
 * not read (`{{name}}` or `%{name}` break it), with the ICU structure left
 * for it to parse. Offsets are kept, as above.
 */
export function maskNonIcuPlaceholders(text: string): string {
  if (!/[{%$:]/.test(text)) return text
  let masked = text
  for (const wrapper of wrappers) masked = masked.replace(wrapper, keepWords)
  const isIcu = icuOnly.test(text)
  return masked.replace(simple, (match: string, offset: number) =>
    // In ICU, `one {{count}}` is a branch's brace around an argument, not a `{{count}}`.
    isIcu && match.startsWith('{{') && branchOpening.test(text.slice(Math.max(0, offset - 12), offset)) ? match : blankSyntax(match)
  )
}

function blank(match: string): string {
  return ' '.repeat(match.length)
}

/** `%%` prints one percent sign: the first is syntax, the second the prose's (“%d%%” reads “5%”). */
function blankSyntax(match: string): string {
  return match === '%%' ? ' %' : blank(match)
}

function keepWords(_match: string, open: string, words: string, close: string): string {
  return blank(open) + words + blank(close)
}

/** The lone counts of `masked` blanked, each read by what follows it in `original` (where a placeholder is not masked yet). */
function maskPounds(original: string, masked: string): string {
  const out = masked.split('')
  for (const match of original.matchAll(pound)) if (masked[match.index] === '#') out[match.index] = ' '
  return out.join('')
}

/**
 * ICU structure: arguments, plural/select headers, branch keys (including
 * odd ones such as `undefined{…}`), the braces around branches and `#`.
 * Branch text stays. A brace that is not ICU is left alone. In an ICU
 * message (`isIcu`), apostrophes quote as ICU quotes them: `'{literal}'`
 * and `'#'` are text the customer reads, their apostrophes syntax; `''` is
 * one apostrophe, and opens nothing.
 */
function maskIcu(text: string, isIcu: boolean): string {
  if (!text.includes('{')) return text
  const out = text.split('')
  // Each open brace: whether it opened a plural/select (whose branches follow) or a branch.
  const stack: Array<'choice' | 'branch'> = []
  let index = 0
  const matchAt = (pattern: RegExp): number => {
    pattern.lastIndex = index
    return pattern.test(text) ? pattern.lastIndex - index : 0
  }

  // Blank `length` characters of syntax and step over them, opening or closing a level.
  const take = (length: number, level?: 'choice' | 'branch' | 'close'): void => {
    for (let at = index; at < index + length; at++) out[at] = ' '
    if (level === 'close') stack.pop()
    else if (level) stack.push(level)
    index += length
  }

  while (index < text.length) {
    const char = text[index]
    if (stack.at(-1) === 'choice') {
      const key = matchAt(branchKey)
      if (key > 0) take(key, 'branch')
      else if (char === '}') take(1, 'close')
      // Anything else between branches is white space or malformed: leave it.
      else index++
      continue
    }

    const quoted = isIcu && char === "'" ? quoteLength(text, index, stack.includes('choice')) : 0
    const header = char === '{' ? matchAt(icuHeader) : 0
    const value = char === '{' && header === 0 ? matchAt(argument) : 0
    if (quoted > 0) {
      // The quoted text stays as the customer reads it; only the quotes go.
      out[index] = ' '
      if (text[index + quoted - 1] === "'") out[index + quoted - 1] = ' '
      index += quoted
    } else if (isIcu && text.startsWith("''", index)) index += 2
    else if (header > 0) take(header, 'choice')
    else if (value > 0) take(value)
    else if (char === '}' && stack.at(-1) === 'branch') take(1, 'close')
    else {
      if (char === '#' && stack.includes('choice')) out[index] = ' '
      index++
    }
  }

  return out.join('')
}

/**
 * How long the ICU quotation opening at `start` (an apostrophe) runs,
 * both apostrophes included; 0 when the apostrophe opens none. As ICU's
 * default apostrophe mode has it, an apostrophe quotes only before `{`,
 * `}`, or `#` inside a plural; inside, `''` is one apostrophe; an unclosed
 * quote runs to the end.
 */
function quoteLength(text: string, start: number, inPlural: boolean): number {
  const next = text[start + 1]
  if (!(next === '{' || next === '}' || (next === '#' && inPlural))) return 0
  let index = start + 1
  while (index < text.length) {
    if (text[index] === "'") {
      if (text[index + 1] !== "'") return index + 1 - start
      index += 2
    } else index++
  }

  return text.length - start
}
