/**
 * The pre-filter reads every block, so it reads words and capitals with a
 * hand-written scanner: here against the regular expressions it replaced,
 * on every corpus text and on random strings of the characters where the
 * two could part.
 */
import fc from 'fast-check'
import {readCorpus} from '@counterside/lab'
import {describe, expect, it} from 'vitest'
import {mayHaveCapitalRun} from '../src/features/capitals.js'
import {nextWordStart, wordEnd} from '../src/model/characters.js'
import {wordPattern} from '../src/normalize.js'

function scannedWords(text: string): string[] {
  const words: string[] = []
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start, false)
    words.push(text.slice(start, end))
    start = nextWordStart(text, end)
  }

  return words
}

// The specification of the shouting pre-filter, as first written.
function referenceCapitalRun(text: string): boolean {
  if (!/\p{Lu}\p{Lu}/u.test(text)) return false
  let streak = 0
  for (const match of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    if (/\p{Ll}/u.test(match[0])) streak = 0
    else if (/\p{Lu}.*\p{Lu}/u.test(match[0]) && ++streak >= 3) return true
  }

  return false
}

const pieces = ['a', 'Z', 'AB', 'WAIT', 'NOW', 'é', 'É', 'ß', 'ǅ', 'Σ', '9', '²', "'", '’', '-', '_', '.', ' ', '\n', '!', '😀', '𝐀', '𝐚', '\uD800', '\uDC00', 'PIN', 'USB-C', "DON'T"]
const mixed = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
const corpus = readCorpus().map((item) => item.text)

describe('pre-filter words', () => {
  const expected = (text: string) => Array.from(text.matchAll(wordPattern), (match) => match[0])

  it('are the words of the word expression, on every corpus text', () => {
    expect(corpus.filter((text) => scannedWords(text).join('\n') !== expected(text).join('\n'))).toEqual([])
  })

  it('are the words of the word expression, on random strings', () => {
    fc.assert(fc.property(mixed, (text) => {
      expect(scannedWords(text)).toEqual(expected(text))
    }), {numRuns: 2000})
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
      expect(scannedWords(text)).toEqual(expected(text))
    }), {numRuns: 500})
  })
})

describe('mayHaveCapitalRun', () => {
  it('answers as its expressions did, on every corpus text', () => {
    expect(corpus.filter((text) => mayHaveCapitalRun(text) !== referenceCapitalRun(text))).toEqual([])
  })

  it('answers as its expressions did, on random strings', () => {
    fc.assert(fc.property(mixed, (text) => {
      expect(mayHaveCapitalRun(text)).toBe(referenceCapitalRun(text))
    }), {numRuns: 3000})
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
      expect(mayHaveCapitalRun(text)).toBe(referenceCapitalRun(text))
    }), {numRuns: 500})
  })
})
