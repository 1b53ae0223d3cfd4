import {describe, expect, it} from 'vitest'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Root} from 'nlcst'
import {PhraseDataError, PhraseTable, type PhraseEntry} from '../src/phrase-table.js'
import {parsePattern, patternProblem} from '../src/pattern.js'
import {viewBlock, type SentenceView} from '../src/views.js'
import {Lexicon} from '../src/lexicon.js'

function sentence(text: string): SentenceView {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const paragraph = tree.children.find((node) => node.type === 'ParagraphNode')
  if (!paragraph || paragraph.type !== 'ParagraphNode') throw new Error('no paragraph')
  return viewBlock([paragraph], text).sentences[0]!
}

const entry = (phrases: string[], extra: Partial<PhraseEntry> = {}): PhraseEntry => ({phrases, note: 'a note', confidence: 0.8, ...extra})

function found(table: PhraseTable, text: string): string[] {
  const view = sentence(text)
  return table.find(view).map((match) => view.words.slice(match.first.index, match.last.index + 1).map((word) => word.value).join(' '))
}

describe('pattern language', () => {
  it('parses words, alternatives, optional slots, gaps, numbers and classes', () => {
    const slots = parsePattern('in the? next ...2 # @unit', {unit: ['second', 'seconds']})
    expect(slots.map((slot) => ({words: slot.words && [...slot.words], optional: slot.optional, gap: slot.gap, number: slot.number}))).toEqual([
      {words: ['in'], optional: false, gap: 0, number: false},
      {words: ['the'], optional: true, gap: 0, number: false},
      {words: ['next'], optional: false, gap: 0, number: false},
      {words: undefined, optional: false, gap: 2, number: true},
      {words: ['second', 'seconds'], optional: false, gap: 0, number: false}
    ])
  })

  it.each([
    ['', 'Empty pattern'],
    ['* deal', 'must start with a word'],
    ['deal ...', 'must not end with'],
    ['a||b', 'Empty alternative'],
    ['@nope deal', 'Unknown word class']
  ])('rejects %j', (pattern, problem) => {
    expect(patternProblem(pattern) ?? '').toContain(problem)
  })
})

describe('PhraseTable', () => {
  it('matches inflections of data words but not of exact ones', () => {
    const table = new PhraseTable('t', [entry(['upsell', 'pin =code'])], {}, new Lexicon())
    expect(found(table, 'We were upselling and upsells.')).toEqual(['upselling', 'upsells'])
    expect(found(table, 'Pin codes and pin code.')).toEqual(['pin code'])
  })

  it('normalises case, curly apostrophes, elongation and possessives', () => {
    const table = new PhraseTable('t', [entry(['don’t miss out', 'yes', 'manager ok'])], {}, new Lexicon())
    expect(found(table, "DON'T MISS OUT")).toEqual(["DON'T MISS OUT"])
    expect(found(table, 'yesss')).toEqual(['yesss'])
    expect(found(table, 'The manager’s OK')).toEqual(['manager’s OK'])
  })

  it('allows gaps and optional words, and prefers the longest match', () => {
    const table = new PhraseTable('t', [entry(['another ...3 sold', 'sale closed', 'sale'])], {}, new Lexicon())
    expect(found(table, 'Another grooming package sold')).toEqual(['Another grooming package sold'])
    expect(found(table, 'Another very big grooming package sold')).toEqual([])
    expect(found(table, 'Sale closed')).toEqual(['Sale closed'])
  })

  it('matches possessives with *’s', () => {
    const table = new PhraseTable('t', [entry(["*'s commission"])], {}, new Lexicon())
    expect(found(table, 'Kim’s commission went up')).toEqual(['Kim’s commission'])
    expect(found(table, 'the commission')).toEqual([])
  })

  it('skips quoted words', () => {
    const table = new PhraseTable('t', [entry(['upsell'])], {}, new Lexicon())
    expect(found(table, 'Never write “upsell” here')).toEqual([])
  })

  it('offers every pattern’s required word slots as pre-filter triggers', () => {
    const table = new PhraseTable('t', [entry(['our policy', 'we insist', 'the|a deal', 'in the? next # @unit'], {})], {unit: ['second', 'seconds']}, new Lexicon())
    expect(table.triggers().map((slots) => slots.map((slot) => [...slot]))).toEqual([
      [['our'], ['policy']],
      [['we'], ['insist']],
      [['the', 'a'], ['deal']],
      [['in'], ['next'], ['second', 'seconds']]
    ])
  })

  it.each([
    [[entry([])], 'phrases'],
    [[entry(['deal'], {note: ''})], 'note'],
    [[entry(['deal'], {confidence: 2})], 'confidence'],
    [[entry(['deal'], {expected: ['']})], 'expected'],
    [[entry(['deal']), entry(['Deal'])], 'duplicate phrase'],
    [[entry(['* deal'])], 'must start with a word']
  ])('rejects malformed data with the table and entry named (%#)', (entries, problem) => {
    expect(() => new PhraseTable('my-table', entries, {}, new Lexicon())).toThrow(PhraseDataError)
    expect(() => new PhraseTable('my-table', entries, {}, new Lexicon())).toThrow(new RegExp(`my-table entry \\d.*${problem}`))
  })
})

describe('word classes', () => {
  it('rejects a member of several words, which could never match one slot', () => {
    expect(() => parsePattern('@negated go', {negated: ['could not']})).toThrow(/member of several words: `could not`/)
  })
})

describe('split contractions', () => {
  it.each([
    ["you’ll|you will regret it", 'you will'],
    ['we are|we’re the best', 'we are']
  ])('rejects %j, whose alternatives are single words', (pattern, expansion) => {
    expect(patternProblem(pattern)).toContain(`and \`${expansion}\` cannot be alternatives in one pattern`)
  })

  it('accepts a contraction after other words', () => {
    expect(patternProblem('we believe we’re')).toBeUndefined()
  })
})

describe('punctuation in patterns', () => {
  it('is rejected: matching sees words only', () => {
    expect(patternProblem('no thanks, i')).toContain('`thanks,` has punctuation')
  })
})
