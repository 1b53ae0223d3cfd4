/**
 * Decode the body of a JavaScript string or template literal (`Don\'t`,
 * `\u2019`, `\n`) into the characters it stands for, pushing each with the
 * source range of the escape that wrote it.
 */
import type {TextUnitBuilder} from './text-unit.js'

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0'
}

/**
 * `raw` is the source between the quotes (or between template delimiters);
 * `start` is its index in the file.
 */
export function cookJsString(raw: string, start: number, builder: TextUnitBuilder): void {
  let index = 0
  while (index < raw.length) {
    const char = raw[index]!
    const from = start + index
    if (char === '\r' && raw[index + 1] === '\n') {
      // Templates read CRLF as LF.
      builder.push('\n', from, from + 2)
      index += 2
      continue
    }

    if (char !== '\\') {
      builder.push(char, from, from + 1)
      index++
      continue
    }

    const next = raw[index + 1] ?? ''
    const escape = readEscape(raw, index + 1, next)
    builder.push(escape.value, from, start + escape.end)
    index = escape.end
  }
}

interface Escape {
  readonly value: string
  /** Index in `raw` just past the escape. */
  readonly end: number
}

function readEscape(raw: string, at: number, next: string): Escape {
  if (next in simpleEscapes && !(next === '0' && /[0-9]/.test(raw[at + 1] ?? ''))) {
    return {value: simpleEscapes[next]!, end: at + 1}
  }

  if (next === 'x') {
    const hex = raw.slice(at + 1, at + 3)
    if (/^[0-9a-f]{2}$/i.test(hex)) return {value: String.fromCharCode(Number.parseInt(hex, 16)), end: at + 3}
  }

  if (next === 'u') {
    if (raw[at + 1] === '{') {
      const close = raw.indexOf('}', at + 2)
      const hex = raw.slice(at + 2, close)
      if (close > 0 && /^[0-9a-f]{1,6}$/i.test(hex)) {
        return {value: String.fromCodePoint(Number.parseInt(hex, 16)), end: close + 1}
      }
    }

    const hex = raw.slice(at + 1, at + 5)
    if (/^[0-9a-f]{4}$/i.test(hex)) return {value: String.fromCharCode(Number.parseInt(hex, 16)), end: at + 5}
  }

  // Line continuation: backslash-newline writes nothing.
  if (next === '\r' && raw[at + 1] === '\n') return {value: '', end: at + 2}
  if (next === '\n' || next === '\r' || next === '\u2028' || next === '\u2029') return {value: '', end: at + 1}

  // `\'`, `\"`, `` \` ``, `\$`, `\\` and any other identity escape.
  return {value: next, end: at + 1}
}
