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
const icuHeader = /^\{\s*[\w.-]{1,60}\s*,\s*(?:plural|select|selectordinal)\s*,(?:\s*offset:\d+)?/
const branchKey = /^\s*(?:=\d+|[\w-]{1,40})\s*\{/
const argument = /^\{\s*[\w.-]{1,60}\s*(?:,\s*(?:number|date|time|spellout|ordinal|duration)\s*(?:,[^{}]{0,60})?)?\}/

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
  const mask = (from: number, to: number): void => {
    for (let at = from; at < to; at++) out[at] = ' '
  }

  while (index < text.length) {
    const rest = text.slice(index, index + 200)
    const inChoice = stack.at(-1) === 'choice'
    if (inChoice) {
      const key = branchKey.exec(rest)
      if (key) {
        mask(index, index + key[0].length)
        stack.push('branch')
        index += key[0].length
        continue
      }

      if (text[index] === '}') {
        mask(index, index + 1)
        stack.pop()
        index++
        continue
      }

      // Anything else between branches is white space or malformed: leave it.
      index++
      continue
    }

    if (text[index] === '{') {
      const header = icuHeader.exec(rest)
      if (header) {
        mask(index, index + header[0].length)
        stack.push('choice')
        index += header[0].length
        continue
      }

      const value = argument.exec(rest)
      if (value) {
        mask(index, index + value[0].length)
        index += value[0].length
        continue
      }
    } else if (text[index] === '}' && stack.at(-1) === 'branch') {
      mask(index, index + 1)
      stack.pop()
      index++
      continue
    } else if (text[index] === '#' && stack.includes('choice')) {
      out[index] = ' '
    }

    index++
  }

  return out.join('')
}
