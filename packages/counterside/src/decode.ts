/** Bytes to text, refusing binary files and invalid UTF-8 instead of linting mojibake. */
import {TextDecoder} from 'node:util'
import {InputError} from './input-error.js'

const utf8 = new TextDecoder('utf-8', {fatal: true})
const utf16le = new TextDecoder('utf-16le', {fatal: true})

export function decodeFile(bytes: Uint8Array): string {
  // Apple `.strings` files are often UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(utf16le, bytes.subarray(2))
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError('binary file (it contains NUL bytes), not text', placeOf(bytes, nul), 'remove it from the paths, or add it to .countersideignore')
  }

  return decodeWith(utf8, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes)
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    throw new InputError(`invalid ${decoder.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} at byte ${bad}`, placeOf(bytes, bad), 're-save the file as UTF-8')
  }
}

/** Line and column (in bytes) of a byte offset, for the error message. */
function placeOf(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 10) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: offset - lineStart + 1}
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0) return index
    for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index
    index += length
  }

  return 0
}
