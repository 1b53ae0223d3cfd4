/** UTF-16 columns to the UTF-8 byte columns rdjson wants. */
import {describe, expect, it} from 'vitest'
import {LineIndex, utf8Column} from '../src/positions.js'

describe('utf8Column', () => {
  const text = 'plain line\nCafé “x” 🎉 y\nlast'
  const lines = new LineIndex(text)

  it('is the UTF-16 column on ASCII text', () => {
    expect(utf8Column(text, lines, 1, 7)).toBe(7)
    expect(utf8Column(text, lines, 3, 1)).toBe(1)
  })

  it('counts 2, 3 and 4 bytes for é, curly quotes and an emoji', () => {
    // `Café “x” 🎉 y`: x at UTF-16 column 7, the emoji at 10, y at 13.
    expect(utf8Column(text, lines, 2, 7)).toBe(10)
    expect(utf8Column(text, lines, 2, 10)).toBe(15)
    expect(utf8Column(text, lines, 2, 13)).toBe(20)
    // Just past the end of the line (an endColumn).
    expect(utf8Column(text, lines, 2, 14)).toBe(21)
  })

  it('adds a byte order mark on line 1 only, and counts columns past the text as one byte each', () => {
    expect(utf8Column(text, lines, 1, 1, 3)).toBe(4)
    expect(utf8Column(text, lines, 2, 1, 3)).toBe(1)
    expect(utf8Column(text, lines, 3, 7)).toBe(7)
  })
})
