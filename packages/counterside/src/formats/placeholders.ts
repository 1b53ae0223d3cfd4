/**
 * Catalog placeholders (`{{name}}`, `${name}`, `%s`, `%1$d`, `%(name)s`,
 * `{0}`) are filled in before a customer sees the message, so they are not
 * prose: the core would even flag an unfilled one as an exposed internal.
 * They are blanked with spaces of the same length, keeping every offset.
 */
const placeholder = /\{\{[^{}]*\}\}|\$\{[^{}]*\}|%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?(?:hh|h|ll|l|q|z|t|j)?[sdifuxXeEgGcp@%]|%\([\w.]+\)[sdifr]|%\{[\w.]+\}/g

export function blankPlaceholders(text: string, pattern: RegExp = placeholder): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length))
}

/** Non-ICU braces: `{0}`, `{name}`, used by .NET, Python and others. */
export function blankBraces(text: string): string {
  return text.replace(/\{[^{}]*\}/g, (match) => ' '.repeat(match.length))
}
