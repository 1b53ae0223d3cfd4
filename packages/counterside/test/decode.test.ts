/** Bytes to text: encodings, line breaks, and where a bad byte is. */
import {describe, expect, it} from 'vitest'
import {decodeFile} from '../src/decode.js'
import {InputError} from '../src/input-error.js'

const text = '"greeting" = "Café, 🎉";\nnext\n'

function failure(bytes: Uint8Array): InputError {
  try {
    decodeFile(bytes)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }

  throw new Error('decoded without an error')
}

describe('decodeFile', () => {
  it('reads UTF-8 and UTF-16 in either byte order, with or without a byte order mark', () => {
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(text, 'utf16le').swap16()
    expect(decodeFile(Buffer.from(text))).toBe(text)
    expect(decodeFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text)
    expect(decodeFile(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text)
    expect(decodeFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text)
    expect(decodeFile(le)).toBe(text)
    expect(decodeFile(be)).toBe(text)
  })

  it('turns lone CRs into LFs, one for one, and leaves CRLF alone', () => {
    expect(decodeFile(Buffer.from('a\rb\r\nc\r'))).toBe('a\nb\r\nc\n')
    expect(decodeFile('a\rb')).toBe('a\nb')
  })

  it('calls a file with NULs binary unless it is UTF-16 text', () => {
    // Even-length ASCII with one stray NUL pair would decode as CJK if NULs alone decided.
    expect(failure(Buffer.from('Thank you.\0\0binary')).message).toBe('binary file (it contains NUL bytes), not text')
    expect(failure(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatchObject({line: 3, column: 1})
    // UTF-16 shape, but control codes: binary.
    expect(failure(Buffer.from([0x41, 0, 0x01, 0, 0x42, 0, 0x02, 0])).message).toMatch(/^binary file/)
  })

  it('places the first ill-formed byte (overlong, surrogate, past U+10FFFF) at its line and UTF-16 column', () => {
    const at = (before: string, bad: number[]): InputError => failure(Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from('ok\n')]))
    expect(at('one\nCafé ', [0xc0, 0xaf])).toMatchObject({message: 'invalid UTF-8 at byte 10', line: 2, column: 6})
    expect(at('one\rtwo\r\nab', [0xed, 0xa0, 0x80])).toMatchObject({message: 'invalid UTF-8 at byte 11', line: 3, column: 3})
    expect(at('x', [0xf4, 0x90, 0x80, 0x80])).toMatchObject({message: 'invalid UTF-8 at byte 1', line: 1, column: 2})
    expect(at('x', [0xe0, 0x80, 0x80])).toMatchObject({message: 'invalid UTF-8 at byte 1'})
    expect(at('x', [0xe2, 0x82])).toMatchObject({message: 'invalid UTF-8 at byte 1'})
    // Byte offsets count the byte order mark; columns do not.
    expect(failure(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ab'), Buffer.from([0xff])]))).toMatchObject({message: 'invalid UTF-8 at byte 5', line: 1, column: 3})
  })

  it('places an unpaired surrogate in UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nbc', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('d', 'utf16le')])
    expect(failure(bytes)).toMatchObject({message: 'invalid UTF-16LE at byte 10', line: 2, column: 3})
  })
})
