/**
 * Text from the files (names, copy, catalog keys) made safe to print on a
 * terminal or in a CI log: control characters are shown as escapes (`\n`,
 * `\x1b`), never sent raw, so copy cannot recolour the screen, move the
 * cursor, or start a line that a CI runner reads as a workflow command
 * (`::error file=…`). C0, DEL and C1 are escaped, and the Unicode line and
 * paragraph separators, which some viewers break lines at.
 */
const names: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}
const control = /[\p{Cc}\u2028\u2029]/gu
const controlButLineBreaks = /(?![\n\r])[\p{Cc}\u2028\u2029]/gu

export function printable(text: string): string {
  return text.replace(control, escape)
}

/** For formats with their own escaping of line breaks (GitHub workflow commands). */
export function printableButLineBreaks(text: string): string {
  return text.replace(controlButLineBreaks, escape)
}

/**
 * A diagnostic for stderr: every line starts with `counterside: ` (as npm
 * prefixes each line of its errors), so no line of it, whatever file name
 * or config key it quotes, can start with `::` and be read as a workflow
 * command.
 */
export function diagnostic(message: string): string {
  return message.split('\n').map((line) => `counterside: ${printable(line)}\n`).join('')
}

function escape(character: string): string {
  const code = character.charCodeAt(0)
  return names[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
}
