/**
 * i18n placeholders as values: the one grammar every front end reads them
 * by (the CLI's catalogs, the ESLint plugin's code strings, core's
 * `placeholders: 'values'`). In a message catalog or a code string,
 * `{name}`, `{{count}}`, `%s`, `%1$s`, `%(name)s`, `%{name}`, `:name`,
 * `${name}` and `%name%` are filled in before a customer reads the text, and
 * ICU `{n, plural, one {…} other {…}}` syntax (branch keys and `#` too) is
 * structure, not prose. In
 * rendered copy, the same `{{first_name}}` is an unfilled field the customer
 * sees. This masks the syntax with spaces of the same length, so every
 * offset still points into the original text.
 */

// printf's flags (no space flag: "100% sure" is prose), width, precision and length.
const printf = String.raw`[-+#0]*\d*(?:\.\d+)?(?:hh|h|ll|l|q|z|t|j)?`
const simple = new RegExp([
  String.raw`\{\{[^{}\n]{0,80}\}\}`,
  String.raw`\$\{[^{}\n]{0,80}\}`,
  String.raw`%\d+\$${printf}[a-zA-Z@]`,
  String.raw`%\([\w.]{1,40}\)${printf}[a-z]`,
  String.raw`%\{[\w.]{1,40}\}`,
  String.raw`%[A-Za-z]\w{0,39}%`,
  // `%%` is printf's own percent sign: syntax, not the prose's.
  String.raw`%${printf}[sdifuxXeEgGcp@%]`,
  String.raw`(?<![\w:/]):[a-z_]\w{0,39}\b`
].join('|'), 'g')
// ICU's plural count on its own, as a plural branch read apart from its message has it (“# files could not be saved”).
const pound = /(?<![\w#])#(?![\w#{])/g
// Sticky: each is tried at one position, with no copy of the rest of the text.
const icuHeader = /\{\s*[\w.-]{1,60}\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?/y
const branchKey = /\s*(?:=\d+|[\w-]{1,40})\s*\{/y
const argument = /\{\s*[\w.-]{1,60}\s*(?:,\s*(?:number|date|time|spellout|ordinal|duration)\s*(?:,[^{}]{0,60})?)?\}/y

export function maskPlaceholders(text: string): string {
  if (!/[{%$:#]/.test(text)) return text
  const masked = maskIcu(maskNonIcuPlaceholders(text))
  return masked.includes('#') ? masked.replace(pound, ' ') : masked
}

/**
 * Only the placeholders that are not ICU syntax: what an ICU parser must
 * not read (`{{name}}` or `%{name}` break it), with the ICU structure left
 * for it to parse. Offsets are kept, as above.
 */
export function maskNonIcuPlaceholders(text: string): string {
  return /[{%$:]/.test(text) ? text.replace(simple, blank) : text
}

function blank(match: string): string {
  return ' '.repeat(match.length)
}

/**
 * ICU structure: arguments, plural/select headers, branch keys (including
 * odd ones such as `undefined{…}`), the braces around branches and `#`.
 * Branch text stays. A brace that is not ICU is left alone.
 */
function maskIcu(text: string): string {
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

    const header = char === '{' ? matchAt(icuHeader) : 0
    const value = char === '{' && header === 0 ? matchAt(argument) : 0
    if (header > 0) take(header, 'choice')
    else if (value > 0) take(value)
    else if (char === '}' && stack.at(-1) === 'branch') take(1, 'close')
    else {
      if (char === '#' && stack.includes('choice')) out[index] = ' '
      index++
    }
  }

  return out.join('')
}
