/**
 * The learned scorer's hand-written tokeniser against the regular
 * expression it replaced: the same sentences, tokens, offsets and marks on
 * every corpus text and on random strings of the characters where the two
 * could part (joiners, marks, placeholder openers, surrogates).
 */
import fc from 'fast-check'
import {readCorpus} from '@counterside/lab'
import {describe, expect, it} from 'vitest'
import {segment, type ModelSentence, type ModelToken} from '../src/model/index.js'
import {placeholderSource} from '../src/model/features.js'

// The specification: one global expression, matched leftmost (as segment() was written first).
const tokenPattern = new RegExp(String.raw`((?=[{$%\[<])(?:${placeholderSource}))|([\p{L}\p{N}]+(?:['’_.\-][\p{L}\p{N}]+)*)|([!?]+|[.…]+)|(\n)`, 'gu')
const abbreviations = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'mr', 'mrs', 'ms', 'dr', 'st', 'incl', 'excl', 'min', 'max'])

function referenceSegment(text: string): ModelSentence[] {
  const sentences: ModelSentence[] = []
  let tokens: ModelToken[] = []
  let start = -1
  let stacked = 0
  let final = ''
  const close = (end: number): void => {
    if (tokens.length > 0) sentences.push({start, end, tokens, stackedMarks: stacked, final})
    tokens = []
    start = -1
    stacked = 0
    final = ''
  }

  for (const match of text.matchAll(tokenPattern)) {
    const index = match.index
    const value = match[0]
    if (match[4] !== undefined) {
      close(index)
      continue
    }

    if (match[3] !== undefined) {
      if (tokens.length === 0) continue
      if (value.length > 1 && /[!?]/.test(value)) stacked++
      final = value[0] === '…' ? '.' : value.at(-1)!
      const next = text.charCodeAt(index + value.length)
      const atBreak = Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0
      if (atBreak && !(value === '.' && abbreviations.has(tokens.at(-1)!.norm))) close(index + value.length)
      continue
    }

    if (start < 0) start = index
    final = ''
    tokens.push(referenceToken(value, index, match[1] !== undefined))
  }

  close(text.length)
  return sentences
}

function referenceToken(value: string, start: number, isPlaceholder: boolean): ModelToken {
  const end = start + value.length
  if (isPlaceholder) return {norm: '<ph>', kind: 'placeholder', caps: false, start, end}
  if (!/\p{L}/u.test(value)) return {norm: '<num>', kind: 'number', caps: false, start, end}
  const caps = value.length >= 2 && /^[^\p{Ll}]*$/u.test(value)
  if (/\p{N}/u.test(value) && !/^[\p{N}.,/:-]+$/u.test(value)) {
    const code = /_|\p{L}\p{N}|\p{N}\p{L}{2,}\p{N}|^0x/u.test(value) && !/^\p{N}+(st|nd|rd|th|am|pm|h|m|s|min|k|gb|mb)$/iu.test(value)
    if (code) return {norm: '<code>', kind: 'code', caps, start, end}
  }

  return {norm: value.toLowerCase().replaceAll('’', "'"), kind: 'word', caps, start, end}
}

// Characters where a hand-written scanner could part from the expression.
const pieces = [
  'a', 'Z', 'é', 'ß', 'Ünï', '9', '²', '٣', 'word', 'WAIT', 'e.g', 'no', "'", '’', '_', '.', '-', '…', '!', '?', ' ', '\n', '\t', '\r', '\u00a0',
  '{', '}', '{{', '}}', '$', '%', '[', ']', '<', '>', '(', ')', '@', 's', 'd', '1', '{{first_name}}', '%s', '%1$s', '%(name)s', '[USER_ID]', '<ORDER_NO>',
  '{user.name}', '%name%', '😀', '𝐀', '\uD800', '\uDC00', '\uD83D', 'E4012', '0x8007', '5pm', '3.5', '24/7'
]
const mixed = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))

describe('segment', () => {
  it('splits every corpus text as the regular expression does', () => {
    const differ = readCorpus().filter((item) => JSON.stringify(segment(item.text)) !== JSON.stringify(referenceSegment(item.text)))
    expect(differ.map((item) => item.id)).toEqual([])
  })

  it('splits random mixes of joiners, marks, placeholders and surrogates as the regular expression does', () => {
    fc.assert(fc.property(mixed, (text) => {
      expect(segment(text)).toEqual(referenceSegment(text))
    }), {numRuns: 2000})
  })

  it('splits arbitrary strings, lone surrogates included, as the regular expression does', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
      expect(segment(text)).toEqual(referenceSegment(text))
    }), {numRuns: 500})
  })
})
