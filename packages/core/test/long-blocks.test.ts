import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'
import {lintBlocks} from '../src/lint-text.js'
import {maxBlockLength, pieces} from '../src/long-blocks.js'

const isSpace = (character: string | undefined): boolean => character !== undefined && /\s/.test(character)

/** 1-based line and column of `offset`, counted the slow, obvious way. */
function pointAt(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

const sentences = [
  'Please wait for manager approval.',
  'Upsell: warranty!',
  'Thanks for waiting.',
  'Error 4012: null pointer.',
  'We are proud to announce our policy.',
  'DO NOT LEAVE THIS PAGE!!',
  'Your card was declined, please try again.',
  'Insert card',
  'a-b a_b',
  'Congratulations, another one sold!'
]
const separators = [' ', ' ', ' ', '\n', '\n\n', '  ', '\t', ' \n']
const copy = (maxSentences: number) => fc.array(fc.tuple(fc.constantFrom(...sentences), fc.constantFrom(...separators)), {minLength: 1, maxLength: maxSentences})
  .map((parts) => parts.map(([sentence, separator]) => sentence + separator).join(''))

describe('pieces', () => {
  it('covers a block exactly, in touching pieces no longer than the limit, cut between words', () => {
    fc.assert(fc.property(copy(40), fc.integer({min: 40, max: 200}), (text, max) => {
      const ranges = pieces(text, 0, text.length, max)
      expect(ranges[0]![0]).toBe(0)
      expect(ranges.at(-1)![1]).toBe(text.length)
      for (const [index, [start, end]] of ranges.entries()) {
        expect(end - start).toBeLessThanOrEqual(max)
        if (index > 0) expect(start).toBe(ranges[index - 1]![1])
      }

      // Every word of these sentences is shorter than half of the smallest limit tried, so no cut falls inside one.
      for (const [start] of ranges.slice(1)) expect(isSpace(text[start - 1]) && !isSpace(text[start])).toBe(true)
    }), {numRuns: 300})
  })

  it('leaves a block within the limit whole', () => {
    fc.assert(fc.property(fc.string({maxLength: 300}), (text) => {
      expect(pieces(text, 0, text.length, 300)).toEqual([[0, text.length]])
    }))
  })

  it('prefers a sentence end, then a line break, then a space', () => {
    expect(pieces('One two three. Four five six seven', 0, 34, 20)).toEqual([[0, 15], [15, 34]])
    expect(pieces('One two three\nfour five six', 0, 27, 20)).toEqual([[0, 14], [14, 27]])
    expect(pieces('One two three four five six', 0, 27, 20)).toEqual([[0, 19], [19, 27]])
  })

  it('cuts a run without whitespace (a blob, not a word) between code points', () => {
    const blob = '😀'.repeat(20)
    for (const [start, end] of pieces(blob, 0, blob.length, 15)) expect(blob.slice(start, end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
  })
})

describe('lintText on long blocks', () => {
  it('finds the same as an unsplit parse in text whose blocks are below the split size', () => {
    // A small split size stands in for the real one, so that many generated texts run fast.
    fc.assert(fc.property(copy(12), (text) => {
      const blocks = text.split(/\n[ \t]*\n/)
      fc.pre(blocks.every((block) => block.length <= 160))
      expect(lintBlocks(text, undefined, {}, 160)).toEqual(lintBlocks(text, undefined, {}, Number.POSITIVE_INFINITY))
    }), {numRuns: 40})
  })

  it('finds the same with the real split size as unsplit, on a page of normal paragraphs', () => {
    fc.assert(fc.property(fc.array(copy(8), {minLength: 30, maxLength: 60}), (paragraphs) => {
      const text = paragraphs.join('\n\n')
      expect(lintText(text)).toEqual(lintBlocks(text, undefined, {}, Number.POSITIVE_INFINITY))
    }), {numRuns: 3})
  })

  it('puts findings after a split on their exact offsets, lines and columns', () => {
    fc.assert(fc.property(copy(60), (text) => {
      const findings = lintBlocks(text, undefined, {}, 64)
      for (const finding of findings) {
        expect(text.slice(finding.offset, finding.endOffset)).toBe(finding.actual)
        expect({line: finding.line, column: finding.column}).toEqual(pointAt(text, finding.offset))
        expect({line: finding.endLine, column: finding.endColumn}).toEqual(pointAt(text, finding.endOffset))
      }
    }), {numRuns: 100})
  })

  it('finds every trigger in a block far longer than the split size', () => {
    const sentence = 'Upsell: warranty. '
    const text = 'Ok then. '.repeat(3000) + sentence.repeat(50) + '\n' + 'Ok then. '.repeat(3000)
    const findings = lintText(text).filter((finding) => finding.ruleId === 'sales-jargon')
    expect(findings).toHaveLength(50)
    for (const [index, finding] of findings.entries()) expect(finding.offset).toBe(9 * 3000 + index * sentence.length)
  })

  it.each([
    ['a trigger and 100k hyphenated words', 'Upsell ' + 'a-b '.repeat(100_000)],
    ['a trigger and 50k short sentences', 'Upsell. ' + 'Ok. '.repeat(50_000)],
    ['a 400k-character run without a space', 'Upsell ' + 'a-b-'.repeat(100_000)]
  ])('lints %s in pieces no longer than the split size', (_name, text) => {
    // Unsplit, these take a minute or more (or overflow the stack); split, well under a second.
    expect(lintText(text).length).toBeGreaterThan(-1)
    expect(Math.max(...pieces(text, 0, text.length).map(([start, end]) => end - start))).toBeLessThanOrEqual(maxBlockLength)
  })
})
