/**
 * Read-only views over nlcst paragraphs and sentences: the normalised words
 * the matchers work on, built once per candidate paragraph and shared by
 * every rule.
 */
import type {Paragraph, Sentence, WhiteSpace, Word} from 'nlcst'
import type {Point} from 'unist'
import {isLiteral} from 'nlcst-is-literal'
import {toString} from 'nlcst-to-string'
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
  /** Quoted or otherwise literal: named, not used (“the word ‘upsell’”). */
  readonly literal: boolean
  readonly isNumber: boolean
  /** Ends in a possessive “'s” (“Kim's”, “manager’s”). */
  readonly possessive: boolean
  /** All letters upper case, at least two letters (“PIN”, “WAIT”). */
  readonly isCaps: boolean
  /** Index in its sentence's `words`. */
  readonly index: number
  /** A punctuation mark or symbol stands between this word and the one before. */
  readonly afterMark: boolean
}

export interface SentenceView {
  readonly node: Sentence
  readonly text: string
  readonly words: readonly WordToken[]
  /** Punctuation and symbol runs (“!!!”, “💸”, “{{”), in order. */
  readonly marks: readonly Span[]
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

const digits = /^\p{N}+$/u
const hasLetter = /\p{L}/u
const capsWord = /^[\p{Lu}\d'’-]*$/u

export function viewBlock(nodes: ReadonlyArray<Paragraph | WhiteSpace>, text: string): ParagraphView {
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
  let afterMark = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (!child.position) continue
    if (child.type === 'WordNode') {
      words.push(wordToken(node, child, index, words.length, afterMark))
      afterMark = false
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      marks.push({value: child.value, start: child.position.start, end: child.position.end})
      afterMark = true
    }
  }

  return {node, text: toString(node), words, marks}
}

function wordToken(sentence: Sentence, word: Word, childIndex: number, index: number, afterMark: boolean): WordToken {
  const value = toString(word)
  const normalized = normalizeWord(value)
  const norm = stripPossessive(normalized)
  const letters = value.replace(/[^\p{L}]/gu, '')
  return {
    value,
    norm,
    literal: isQuoted(sentence, childIndex),
    isNumber: digits.test(value),
    possessive: norm !== normalized,
    isCaps: letters.length >= 2 && hasLetter.test(value) && capsWord.test(value),
    index,
    afterMark,
    start: word.position!.start,
    end: word.position!.end
  }
}

const quoteMarks = new Set(['"', "'", '‘', '’', '“', '”', '«', '»', '„', '‚', '`', '‹', '›', '「', '」'])

/**
 * Quoted words are named, not used (“the word ‘upsell’”). nlcst-is-literal
 * also counts a word before a colon as literal, but “Upsell: warranty” on a
 * customer display is exactly the copy to flag, so a quote must touch it.
 */
function isQuoted(sentence: Sentence, index: number): boolean {
  if (!isLiteral(sentence, index)) return false
  const before = sentence.children[index - 1]
  const after = sentence.children[index + 1]
  return (before?.type === 'PunctuationNode' && quoteMarks.has(before.value)) || (after?.type === 'PunctuationNode' && quoteMarks.has(after.value))
}

/** The span from the start of `first` to the end of `last`, with its text. */
export function spanBetween(sentence: SentenceView, first: Span, last: Span): Span {
  const from = first.start.offset ?? 0
  const to = last.end.offset ?? 0
  let value = ''
  for (const child of sentence.node.children) {
    const position = child.position
    if (position && (position.start.offset ?? 0) >= from && (position.end.offset ?? 0) <= to) {
      value += toString(child)
    }
  }

  return {value, start: first.start, end: last.end}
}

/**
 * The span of `text.slice(from, to)` of a paragraph's text, for findings on
 * shapes rather than words (`{{name}}`, “!!!”). Positions come from the
 * leaves, so they stay right when the tree came from Markdown.
 */
export function spanOfText(paragraph: ParagraphView, from: number, to: number): Span | undefined {
  let consumed = 0
  let start: Point | undefined
  for (const leaf of paragraph.nodes.flatMap(leavesOf)) {
    const length = leaf.value.length
    if (!start && from < consumed + length) start = advance(leaf, from - consumed)
    if (start && to <= consumed + length) {
      return {value: paragraph.text.slice(from, to), start, end: advance(leaf, to - consumed)}
    }

    consumed += length
  }

  return undefined
}

interface Leaf {
  readonly value: string
  readonly start: Point
}

function leavesOf(node: Paragraph | WhiteSpace): Leaf[] {
  const leaves: Leaf[] = []
  if (node.type === 'WhiteSpaceNode') {
    if (node.position) leaves.push({value: node.value, start: node.position.start})
    return leaves
  }

  const walk = (parent: {children: ReadonlyArray<{type: string}>}): void => {
    for (const child of parent.children) {
      if ('children' in child) walk(child as {children: ReadonlyArray<{type: string}>})
      else if ('value' in child) {
        const leaf = child as {value: string; position?: {start: Point}}
        if (leaf.position) leaves.push({value: leaf.value, start: leaf.position.start})
      }
    }
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
