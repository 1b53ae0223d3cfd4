/** UTF-16 columns to the UTF-8 byte columns rdjson wants. */
import {describe, expect, it} from 'vitest'
import {LineIndex, Utf8Columns} from '../src/positions.js'

describe('Utf8Columns', () => {
  const text = 'plain line\nCafé “x” 🎉 y\nlast'
  const columns = () => new Utf8Columns(text, new LineIndex(text))

  it('is the UTF-16 column on ASCII text', () => {
    expect(columns().column(1, 7)).toBe(7)
    expect(columns().column(3, 1)).toBe(1)
  })

  it('counts 2, 3 and 4 bytes for é, curly quotes and an emoji', () => {
    // `Café “x” 🎉 y`: x at UTF-16 column 7, the emoji at 10, y at 13.
    const byteColumns = columns()
    expect(byteColumns.column(2, 7)).toBe(10)
    expect(byteColumns.column(2, 10)).toBe(15)
    expect(byteColumns.column(2, 13)).toBe(20)
    // Just past the end of the line (an endColumn).
    expect(byteColumns.column(2, 14)).toBe(21)
  })

  it('adds a byte order mark on line 1 only, and counts columns past the text as one byte each', () => {
    const withBom = new Utf8Columns(text, new LineIndex(text), 3)
    expect(withBom.column(1, 1)).toBe(4)
    expect(withBom.column(2, 1)).toBe(1)
    expect(columns().column(3, 7)).toBe(7)
  })

  it('agrees with Buffer.byteLength at every column, across block boundaries and surrogate pairs, asked in any order', () => {
    const line = 'aé“🎉'.repeat(200)
    const long = `${line}\n${line}`
    const byteColumns = new Utf8Columns(long, new LineIndex(long))
    const asked = Array.from({length: line.length + 1}, (_, index) => index + 1).reverse()
    for (const column of asked) {
      const prefix = line.slice(0, column - 1)
      // A column inside a surrogate pair is not a place findings start or end.
      if (/[\ud800-\udbff]$/.test(prefix)) continue
      expect(byteColumns.column(2, column)).toBe(Buffer.byteLength(prefix) + 1)
    }
  })

  it('walks a long line once however many columns are asked for (linear, not a prefix per finding)', () => {
    // 200k units on one line and 20k findings: slicing a prefix per column would count ~2e9 units.
    const line = `é${'Upsell now. '.repeat(200_000 / 12)}`
    const byteColumns = new Utf8Columns(line, new LineIndex(line))
    const findings = 20_000
    for (let index = 0; index < findings; index++) {
      const column = 1 + Math.floor(((index * 7919) % findings) / findings * line.length)
      byteColumns.column(1, column)
      byteColumns.column(1, column + 6)
    }

    expect(byteColumns.column(1, line.length + 1)).toBe(Buffer.byteLength(line) + 1)
    expect(byteColumns.unitsCounted).toBeLessThanOrEqual(line.length + 2 * (findings + 1) * Utf8Columns.blockSize)
  })
})
