/** HTML character references decoded with the source range of every character. */
import {describe, expect, it} from 'vitest'
import {decodeHtml} from '../src/formats/html-references.js'

describe('decodeHtml', () => {
  it('ends references where the HTML spec does, semicolon or not', () => {
    const unit = decodeHtml('&copy 2024 &notit; &amp', 10, 'text')
    expect(unit.text).toBe('© 2024 ¬it; &')
    expect(unit.starts).toEqual([10, 15, 16, 17, 18, 19, 20, 21, 25, 26, 27, 28, 29])
    expect(unit.ends.slice(0, 2)).toEqual([15, 16])
    expect(unit.ends[7]).toBe(25)
    expect(unit.ends.at(-1)).toBe(33)
  })

  it('leaves text that is not a reference alone', () => {
    const unit = decodeHtml('AT&T &bogus; & x', 0, 'text')
    expect(unit.text).toBe('AT&T &bogus; & x')
    expect(unit.starts).toEqual([...Array.from({length: 16}).keys()])
  })

  it('keeps `&amp` before a letter or `=` in attribute values, as browsers do', () => {
    expect(decodeHtml('?a=1&ampb=2', 0, 'attribute').text).toBe('?a=1&ampb=2')
    expect(decodeHtml('?a=1&ampb=2', 0, 'text').text).toBe('?a=1&b=2')
  })

  it('gives both UTF-16 units of an astral character the reference’s range', () => {
    const unit = decodeHtml('&#x1F600;!', 0, 'text')
    expect(unit.text).toBe('😀!')
    expect(unit.starts).toEqual([0, 0, 9])
    expect(unit.ends).toEqual([9, 9, 10])
  })
})
