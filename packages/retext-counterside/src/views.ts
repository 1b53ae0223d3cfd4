/**
 * Read-only views over nlcst paragraphs and sentences: the normalised words
 * the matchers work on, built once per candidate paragraph and shared by
 * every rule.
 */
import type {Paragraph, Sentence, WhiteSpace, Word} from 'nlcst'
import type {Point} from 'unist'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'
import {builtinLexicon, compileBuiltinTables, startMasks, wildcardStartMasks} from './lexicon.js'
import {normalizeWord, stripPossessive} from './normalize.js'

/** A stretch of the text a finding can point at. */
export interface Span {
  readonly value: string
  readonly start: Point
  readonly end: Point
}

export interface WordToken extends Span {
  /** Lower case, straight apostrophes, elongation and possessive removed. */
  readonly norm: string
  /** `norm` mapped to its form in the built-in phrase data (“upselling” → “upsell”). */
  readonly lemma: string
  /** Quoted or otherwise literal: named, not used (“the word ‘upsell’”). */
  readonly literal: boolean
  readonly isNumber: boolean
  /** Ends in a possessive “'s” (“Kim's”, “manager’s”). */
  readonly possessive: boolean
  /** All letters upper case, at least two letters (“PIN”, “WAIT”). */
  readonly isCaps: boolean
  /** Index in its sentence's `words`. */
  readonly index: number
  /** Index in its sentence node's children. */
  readonly childIndex: number
  /** A punctuation mark or symbol stands between this word and the one before. */
  readonly afterMark: boolean
  /** Bits of the built-in phrase tables a match may start at this word in (see `startMasks`). */
  readonly startMask: number
}

export interface SentenceView {
  readonly node: Sentence
  readonly text: string
  readonly words: readonly WordToken[]
  /** Runs of touching punctuation and symbols (“!!!”, “?!?”, “💸”, “{{”), in order. */
  readonly marks: readonly Span[]
  /** Where each child of `node` starts in `text`, plus the text's length. */
  readonly childStarts: readonly number[]
  /** Bits of the built-in phrase tables that may match here (see `startMasks`). */
  readonly startMask: number
}

/**
 * A block: paragraphs not separated by a blank line. retext-english makes
 * every line a paragraph, but “Your tickets didn't print.⏎Show the QR code
 * at the door.” is one message, and its second line is the way forward.
 */
export interface ParagraphView {
  /** The paragraphs and the single line breaks between them, in order. */
  readonly nodes: ReadonlyArray<Paragraph | WhiteSpace>
  readonly text: string
  readonly sentences: readonly SentenceView[]
}

// Numbers and ordinals (“10th”): `#` in patterns matches both.
const digits = /^\p{N}+(?:st|nd|rd|th)?$/iu
const hasLetter = /\p{L}/u
const capsWord = /^[\p{Lu}\d'’-]*$/u

export function viewBlock(nodes: ReadonlyArray<Paragraph | WhiteSpace>, text: string): ParagraphView {
  // Words take their lemmas and start masks from the built-in tables' data, so it must all be in first.
  compileBuiltinTables()
  const sentences: SentenceView[] = []
  for (const node of nodes) {
    if (node.type !== 'ParagraphNode') continue
    for (const child of node.children) {
      if (child.type === 'SentenceNode') sentences.push(viewSentence(child))
    }
  }

  return {nodes, text, sentences}
}

function viewSentence(node: Sentence): SentenceView {
  const words: WordToken[] = []
  const marks: Span[] = []
  const children = node.children
  const childStarts: number[] = []
  let text = ''
  let afterMark = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    childStarts.push(text.length)
    text += toString(child)
    if (!child.position) continue
    if (child.type === 'WordNode') {
      words.push(wordToken(node, child, index, words.length, afterMark))
      afterMark = false
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      // Touching marks are one run: nlcst splits “?!?” into three nodes.
      const previous = marks.at(-1)
      if (previous && previous.end.offset === child.position.start.offset) {
        marks[marks.length - 1] = {value: previous.value + child.value, start: previous.start, end: child.position.end}
      } else {
        marks.push({value: child.value, start: child.position.start, end: child.position.end})
      }

      afterMark = true
    }
  }

  childStarts.push(text.length)
  let startMask = 0
  for (const word of words) startMask |= word.startMask

  return {node, text, words, marks, childStarts, startMask}
}

// nlcst keeps a full stop inside the word when a lower-case word follows
// (“that failed. oh well” parses as one sentence with the word “failed.”):
// the word is still “failed”. Abbreviations with inner dots (“e.g.”) keep theirs.
const trailingStop = /^[\p{L}'’-]{2,}\.$/u

function wordToken(sentence: Sentence, word: Word, childIndex: number, index: number, afterMark: boolean): WordToken {
  const value = toString(word)
  const normalized = normalizeWord(trailingStop.test(value) ? value.slice(0, -1) : value)
  const norm = stripPossessive(normalized)
  const letters = letterCount(value)
  const lemma = builtinLexicon.lemma(norm)
  const isNumber = digits.test(value)
  const possessive = norm !== normalized
  let startMask = (startMasks.get(lemma) ?? 0) | (startMasks.get(norm) ?? 0)
  if (possessive) startMask |= wildcardStartMasks.possessive
  if (isNumber) startMask |= wildcardStartMasks.number
  return {
    value,
    norm,
    lemma,
    literal: isQuoted(sentence, childIndex),
    isNumber,
    possessive,
    isCaps: letters >= 2 && hasLetter.test(value) && capsWord.test(value),
    index,
    childIndex,
    afterMark,
    startMask,
    start: word.position!.start,
    end: word.position!.end
  }
}

/** How many letters `value` has: counted in place for ASCII (most words), else by the Unicode-aware expression. */
function letterCount(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) return value.replace(/[^\p{L}]/gu, '').length
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count++
  }

  return count
}

const quoteMarks = new Set(['"', "'", '‘', '’', '“', '”', '«', '»', '„', '‚', '`', '‹', '›', '「', '」'])

/**
 * Quoted words are named, not used (“the word ‘upsell’”). nlcst-is-literal
 * also counts a word before a colon as literal, but “Upsell: warranty” on a
 * customer display is exactly the copy to flag, so a quote must touch it.
 */
function isQuoted(sentence: Sentence, index: number): boolean {
  const before = sentence.children[index - 1]
  const after = sentence.children[index + 1]
  const touchesQuote = (before?.type === 'PunctuationNode' && quoteMarks.has(before.value)) || (after?.type === 'PunctuationNode' && quoteMarks.has(after.value))
  return touchesQuote && isLiteral(sentence, index)
}

/** The span from the start of `first` to the end of `last`, with its text. */
export function spanBetween(sentence: SentenceView, first: WordToken, last: WordToken): Span {
  const value = sentence.text.slice(sentence.childStarts[first.childIndex], sentence.childStarts[last.childIndex + 1])
  return {value, start: first.start, end: last.end}
}

/**
 * The span of `text.slice(from, to)` of a block's text, for findings on
 * shapes rather than words (`{{name}}`, “!!!”). Positions come from the
 * leaves, so they stay right when the tree came from Markdown.
 */
export function spanOfText(paragraph: ParagraphView, from: number, to: number): Span | undefined {
  const {leaves, starts} = leafIndex(paragraph)
  const first = leafAt(starts, from)
  const last = leafAt(starts, Math.max(from, to - 1))
  if (first < 0 || last < 0) return undefined
  return {
    value: paragraph.text.slice(from, to),
    start: advance(leaves[first]!, from - starts[first]!),
    end: advance(leaves[last]!, to - starts[last]!)
  }
}

/** Where a point of the tree falls in the block's text (the inverse of `spanOfText`). */
export function textOffsetOf(paragraph: ParagraphView, point: Point): number {
  const {leaves, starts} = leafIndex(paragraph)
  const target = point.offset ?? 0
  let low = 0
  let high = leaves.length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((leaves[middle]!.start.offset ?? 0) <= target) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }

  const leaf = leaves[found]
  return leaf ? starts[found]! + Math.min(leaf.value.length, target - (leaf.start.offset ?? 0)) : 0
}

interface Leaf {
  readonly value: string
  readonly start: Point
}

interface LeafIndex {
  readonly leaves: readonly Leaf[]
  /** Where each leaf starts in the block's text. */
  readonly starts: readonly number[]
}

const leafIndexes = new WeakMap<ParagraphView, LeafIndex>()

// Built once per block, so many findings on one long block stay linear.
function leafIndex(paragraph: ParagraphView): LeafIndex {
  let index = leafIndexes.get(paragraph)
  if (!index) {
    const leaves = paragraph.nodes.flatMap(leavesOf)
    const starts: number[] = []
    let consumed = 0
    for (const leaf of leaves) {
      starts.push(consumed)
      consumed += leaf.value.length
    }

    index = {leaves, starts}
    leafIndexes.set(paragraph, index)
  }

  return index
}

/** Index of the leaf holding text position `at`, or -1. */
function leafAt(starts: readonly number[], at: number): number {
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle]! <= at) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }

  return found
}

function leavesOf(node: Paragraph | WhiteSpace): Leaf[] {
  const leaves: Leaf[] = []
  const walk = (parent: {children?: ReadonlyArray<unknown>; value?: string; position?: {start: Point}}): void => {
    if (typeof parent.value === 'string') {
      if (parent.position) leaves.push({value: parent.value, start: parent.position.start})
      return
    }

    for (const child of parent.children ?? []) walk(child as typeof parent)
  }

  walk(node)
  return leaves
}

function advance(leaf: Leaf, count: number): Point {
  let {line, column} = leaf.start
  for (let index = 0; index < count; index++) {
    if (leaf.value.charCodeAt(index) === 10) {
      line++
      column = 1
    } else column++
  }

  return {line, column, offset: (leaf.start.offset ?? 0) + count}
}
