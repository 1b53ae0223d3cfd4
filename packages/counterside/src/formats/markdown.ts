/**
 * Markdown and MDX: the prose of paragraphs, headings, table cells and
 * image alt text, plus `title`/`description`/`summary` in front matter.
 * Front matter `lang` declares the page's language. Code, inline code,
 * HTML, URLs and MDX expressions are not prose. Each
 * block becomes a blank-line separated part of one unit, so the core lints
 * a whole file in one call and skips blocks no rule can fire on. A long
 * Markdown document is parsed part by part (see `markdown-chunks.ts`), each
 * part's tree dropped once its prose is taken; `streamMarkdown` also hands
 * the unit out part by part, so the CLI lints and drops each in turn.
 * MDX is parsed in `mdx.ts` (remark-mdx and acorn load only for MDX files)
 * and read into units here, by `streamTrees`.
 */
import type {Nodes, Parents, PhrasingContent, Root, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {isMap, isScalar, parseDocument} from 'yaml'
import {align} from '../align.js'
import {parseDirective, type Directive} from '../directives.js'
import {UnitBuilder, type TextUnit} from '../units.js'
import {collectExtraction, type Extraction, type StreamedExtraction} from './extraction.js'
import {chunkLength, definitionLabels, definitionsFor, markdownChunks} from './markdown-chunks.js'
import {blankUrls} from './prose.js'

// Front matter support costs about a quarter of parse time, so it is only
// switched on for files that start with a `---` fence.
const parsers = {
  markdown: unified().use(remarkParse).freeze(),
  markdownWithFrontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
}
const frontMatterKeys = new Set(['title', 'description', 'summary'])
const blockBreak = '\n\n'

export function extractMarkdown(text: string): Extraction {
  return extractMarkdownInParts(text, chunkLength)
}

/** `extractMarkdown`'s one unit in pieces, one per part where the unit can be cut, each made when it is taken. */
export function streamMarkdown(text: string): StreamedExtraction {
  return streamMarkdownInParts(text, chunkLength)
}

/** `extractMarkdown` with the least part length as a parameter, for tests. */
export function extractMarkdownInParts(text: string, partLength: number): Extraction {
  return collectExtraction(markdownTrees(text, partLength, false))
}

/** `streamMarkdown` with the least part length as a parameter, for tests. */
export function streamMarkdownInParts(text: string, partLength: number): StreamedExtraction {
  return markdownTrees(text, partLength, true)
}

function markdownTrees(text: string, partLength: number, inPieces: boolean): StreamedExtraction {
  const frontMatter = /^---\r?\n/.test(text)
  const chunks = markdownChunks(text, frontMatter, partLength)
  if (chunks.length === 1) return streamTrees([parsers[frontMatter ? 'markdownWithFrontMatter' : 'markdown'].parse(text)], text, inPieces)
  const labels = definitionLabels(text)
  // Parts are parsed in order, so lines before each are counted once in all.
  let lines = 0
  let counted = 0
  return streamTrees(chunks.map(([start, end], index) => () => {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) lines++
    counted = start
    return parseChunk(text, start, end, lines, index === 0 && frontMatter, labels)
  }), text, inPieces)
}

/**
 * One part of a long document, with positions as in the whole: its tree
 * holds only the part's own blocks, shifted to the part's offset and line.
 */
function parseChunk(text: string, start: number, end: number, linesBefore: number, frontMatter: boolean, labels: ReadonlySet<string>): Root {
  const part = text.slice(start, end)
  const definitions = definitionsFor(part, labels)
  const tree = parsers[frontMatter ? 'markdownWithFrontMatter' : 'markdown'].parse(definitions ? `${part}\n\n${definitions}\n` : part)
  // The appended definitions resolve references; they are not the part's blocks.
  tree.children = tree.children.filter((node) => (node.position?.start.offset ?? 0) < part.length)
  shiftPositions(tree, start, linesBefore)
  return tree
}

function shiftPositions(node: Nodes, offset: number, lines: number): void {
  const position = node.position
  if (position) {
    position.start = {line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset}
    position.end = {line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset}
  }

  if ('children' in node) for (const child of (node as Parents).children) shiftPositions(child as Nodes, offset, lines)
}

/**
 * Prose, directives and language of a document's trees, in order; a tree
 * given as a function is parsed when its turn comes and dropped after. The
 * prose is one unit; `inPieces` hands it out in pieces, one after each tree
 * whose prose ends at a block break (see `endsAtBlockBreak`).
 */
export function streamTrees(trees: ReadonlyArray<Root | (() => Root)>, text: string, inPieces: boolean): StreamedExtraction {
  const directives: Directive[] = []
  const extraction: {units: Iterable<TextUnit>; directives: Directive[]; language: string | undefined} = {units: [], directives, language: undefined}
  let builder = new UnitBuilder()
  // Prose in the pieces already handed out: a block break goes between blocks of the whole unit, not at the start of a piece.
  let handedOut = 0
  const endBlock = (at: number): void => {
    if (handedOut + builder.length > 0) builder.pushFiller(blockBreak, at)
  }

  const phrasing = (node: PhrasingContent | Nodes): void => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    switch (node.type) {
      case 'text': {
        const value = blankUrls(node.value)
        const {starts, ends} = align(node.value, text.slice(start, end), start, {entities: true})
        builder.pushMapped(value, starts, ends)
        return
      }

      case 'image': {
        if (!node.alt) return
        endBlock(start)
        const {starts, ends} = align(node.alt, text.slice(start, end), start, {entities: true})
        builder.pushMapped(node.alt, starts, ends)
        endBlock(end)
        return
      }

      case 'break': {
        builder.pushFiller('\n', start)
        return
      }

      case 'html':
      case 'mdxTextExpression': {
        collectDirective(node.type === 'html' ? node.value : `{${node.value}}`, node)
        builder.pushFiller(' ', start)
        return
      }

      default: {
        // Emphasis, links, JSX text elements: their children are prose.
        if ('children' in node) for (const child of node.children) phrasing(child as PhrasingContent)
        // Inline code, math, references: a value filled in, not words.
        else builder.pushFiller(' ', start)
      }
    }
  }

  const block = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        for (const child of node.children) phrasing(child)
        endBlock(node.position?.end.offset ?? 0)
        return
      }

      case 'yaml': {
        extraction.language = frontMatter(node, text, builder)
        return
      }

      case 'html':
      case 'mdxFlowExpression': {
        collectDirective(node.type === 'html' ? node.value : `{${node.value}}`, node)
        return
      }

      case 'code':
      case 'definition':
      case 'thematicBreak':
      case 'mdxjsEsm': {
        return
      }

      default: {
        if ('children' in node) for (const child of (node as Parents).children) block(child as Nodes)
      }
    }
  }

  const collectDirective = (source: string, node: Nodes): void => {
    const comment = /^<!--([\s\S]*?)-->\s*$|^\{\s*\/\*([\s\S]*?)\*\/\s*\}$/.exec(source.trim())
    const body = comment?.[1] ?? comment?.[2]
    if (body === undefined || !node.position) return
    const {start, end} = node.position
    const directive = parseDirective(body, {line: start.line, column: start.column, endLine: end.line, endColumn: end.column})
    if (directive) directives.push(directive)
  }

  const piece = (): TextUnit => {
    const unit = builder.build()
    const continued = handedOut > 0
    handedOut += builder.length
    builder = new UnitBuilder()
    return continued ? {...unit, continuesPrevious: true} : unit
  }

  extraction.units = (function* () {
    for (const tree of trees) {
      block(typeof tree === 'function' ? tree() : tree)
      if (inPieces && endsAtBlockBreak(builder.text)) yield piece()
    }

    if (builder.length > 0) yield piece()
  })()
  return extraction
}

/**
 * Whether a unit's text may be cut after its end, linted in two calls with
 * the same findings as in one: `lintText` lints each blank-line separated
 * block on its own (`/\n[ \t]*\n/` in core), and a text ending in a block's
 * last character and one `\n\n` ends with exactly one such break, so the
 * blocks either side are the same. (A longer run of white space could be
 * matched differently across the cut.) Both lines end a sentence too, so
 * the perspective's sentences are the same.
 */
function endsAtBlockBreak(text: string): boolean {
  return /[^\n \t]\n\n$/.test(text.slice(-3))
}

/** Lints the customer-visible front matter fields of a page; returns its `lang`, if set. */
function frontMatter(node: Yaml, text: string, builder: UnitBuilder): string | undefined {
  const nodeStart = node.position?.start.offset ?? 0
  const valueStart = text.indexOf('\n', nodeStart) + 1
  const document = parseDocument(node.value)
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  let language: string | undefined
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue
    const value = pair.value
    if (pair.key.value === 'lang' && isScalar(value) && typeof value.value === 'string') language = value.value
    if (!frontMatterKeys.has(String(pair.key.value))) continue
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue
    const [start, end] = value.range
    const {starts, ends} = align(value.value, node.value.slice(start, end), valueStart + start, {backslash: node.value[start] === '"'})
    builder.pushMapped(value.value, starts, ends)
    builder.pushFiller(blockBreak, valueStart + end)
  }

  return language
}
