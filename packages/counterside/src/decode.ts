/**
 * Bytes to text, refusing binary files and invalid UTF-8 instead of linting
 * mojibake. Reads UTF-8 (with or without a byte order mark) and UTF-16 in
 * either byte order, with a byte order mark or without one (Apple `.strings`
 * and Windows tools write both). Lone CR line breaks (old Mac files) become
 * LF, one character for one, so every extractor and line count agrees with
 * editors without shifting any offset.
 */
import {TextDecoder} from 'node:util'
import {InputError} from './input-error.js'

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

const binaryFix = 'remove it from the paths, or add it to .countersideignore'

export function decodeFile(input: Uint8Array | string): string {
  return normalizeLineBreaks(typeof input === 'string' ? input : decodeBytes(input))
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes, 3, 'utf-8')
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes, 2, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes, 2, 'utf-16be')
  const nul = bytes.indexOf(0)
  if (nul === -1) return decodeStrict(bytes, 0, 'utf-8')
  const text = utf16WithoutBom(bytes)
  if (text === undefined) throw new InputError('binary file (it contains NUL bytes), not text', placeOf(bytes, 0, nul, 'utf-8'), binaryFix)
  return text
}

function decodeStrict(bytes: Uint8Array, start: number, encoding: Encoding): string {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(start))
  } catch {
    const bad = encoding === 'utf-8' ? firstInvalidUtf8(bytes, start) : firstInvalidUtf16(bytes, start, encoding)
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
    throw new InputError(`invalid ${name} at byte ${bad}`, placeOf(bytes, start, bad, encoding), 're-save the file as UTF-8')
  }
}

/**
 * Text without a byte order mark is UTF-16 when its NUL bytes fall on one
 * side of each pair (the high byte of ASCII characters) in at least a
 * quarter of the pairs, and it decodes to text: no NUL characters or control
 * codes, which binary files are full of. (A UTF-8 file with a stray NUL
 * fails the first test: pairs of ASCII bytes would decode as CJK.)
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let evenNuls = 0
  let oddNuls = 0
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] !== 0) continue
    if (index % 2 === 0) evenNuls++
    else oddNuls++
  }

  // ASCII `A` is `41 00` in UTF-16LE and `00 41` in UTF-16BE.
  const encoding: Encoding = oddNuls > evenNuls ? 'utf-16le' : 'utf-16be'
  if (Math.max(oddNuls, evenNuls) * 4 < bytes.length / 2) return undefined
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }

  // eslint-disable-next-line no-control-regex -- control codes other than tab and line breaks mean binary
  return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text
}

function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

/**
 * Line and column (UTF-16 units, as every other message counts) of byte
 * `offset`, from the text before it: it decodes, since it is before the
 * first bad byte (a NUL is placed in whatever the bytes before it say).
 */
function placeOf(bytes: Uint8Array, start: number, offset: number, encoding: Encoding): {line: number; column: number} {
  const before = new TextDecoder(encoding).decode(bytes.subarray(start, offset))
  let line = 1
  let lineStart = 0
  for (let index = 0; index < before.length; index++) {
    const code = before.charCodeAt(index)
    // CRLF, lone CR and LF each end a line.
    if (code === 10 || (code === 13 && before.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: before.length - lineStart + 1}
}

/**
 * Offset of the first byte that starts an ill-formed sequence, with the
 * ranges of the Unicode standard (table 3-7): overlong forms, surrogates and
 * code points past U+10FFFF are ill-formed, as `TextDecoder` holds.
 */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let index = start
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }

    const [length, secondLow, secondHigh] = byte >= 0xc2 && byte <= 0xdf ? [2, 0x80, 0xbf]
      : byte === 0xe0 ? [3, 0xa0, 0xbf]
        : byte === 0xed ? [3, 0x80, 0x9f]
          : byte >= 0xe1 && byte <= 0xef ? [3, 0x80, 0xbf]
            : byte === 0xf0 ? [4, 0x90, 0xbf]
              : byte >= 0xf1 && byte <= 0xf3 ? [4, 0x80, 0xbf]
                : byte === 0xf4 ? [4, 0x80, 0x8f]
                  : [0, 0, 0]
    if (length === 0) return index
    const second = bytes[index + 1] ?? -1
    if (second < secondLow || second > secondHigh) return index
    for (let next = 2; next < length; next++) {
      const continuation = bytes[index + next] ?? -1
      if (continuation < 0x80 || continuation > 0xbf) return index
    }

    index += length
  }

  return bytes.length
}

/** Offset of the first unpaired surrogate, or of a last odd byte. */
function firstInvalidUtf16(bytes: Uint8Array, start: number, encoding: Encoding): number {
  const unitAt = (index: number): number => (encoding === 'utf-16le' ? bytes[index]! | (bytes[index + 1]! << 8) : (bytes[index]! << 8) | bytes[index + 1]!)
  let index = start
  while (index + 1 < bytes.length) {
    const unit = unitAt(index)
    if (unit >= 0xdc00 && unit <= 0xdfff) return index
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (index + 3 >= bytes.length) return index
      const low = unitAt(index + 2)
      if (low < 0xdc00 || low > 0xdfff) return index
      index += 4
      continue
    }

    index += 2
  }

  return index
}
