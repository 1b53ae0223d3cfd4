/**
 * i18n placeholders as values. In a message catalog or a code string,
 * `{name}`, `{{count}}`, `%s`, `%1$s`, `%(name)s`, `%{name}`, `:name`,
 * `${name}` and `%name%` are filled in before a customer reads the text, and
 * ICU `{n, plural, one {…} other {…}}` syntax is structure, not prose. In
 * rendered copy, the same `{{first_name}}` is an unfilled field the customer
 * sees. This masks the syntax with spaces of the same length, so every
 * offset still points into the original text.
 */

const simple = /\{\{[^{}\n]{0,80}\}\}|\$\{[^{}\n]{0,80}\}|%\d+\$[-+#0 ]*\d*(?:\.\d+)?[a-zA-Z@]|%\([\w.]{1,40}\)[a-z]|%\{[\w.]{1,40}\}|%[A-Za-z][\w]{0,39}%|%[-+#0 ]*\d*(?:\.\d+)?(?:l|ll|h)?[sdifuxXeEgGc@]|(?<![\w:/]):[a-z_][\w]{0,39}\b/g
// Sticky: each is tried at one position, with no copy of the rest of the text.
const icuHeader = /\{\s*[\w.-]{1,60}\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?/y
const branchKey = /\s*(?:=\d+|[\w-]{1,40})\s*\{/y
const argument = /\{\s*[\w.-]{1,60}\s*(?:,\s*(?:number|date|time|spellout|ordinal|duration)\s*(?:,[^{}]{0,60})?)?\}/y

export function maskPlaceholders(text: string): string {
  if (!/[{%$:]/.test(text)) return text
  return maskIcu(text.replace(simple, blank))
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
