/**
 * Markdown and MDX: the prose of paragraphs, headings, table cells and
 * image alt text, plus `title`/`description`/`summary` in front matter.
 * Front matter `lang` declares the page's language. Code, inline code,
 * HTML, URLs and MDX expressions are not prose. Each
 * block becomes a blank-line separated part of one unit, so the core lints
 * a whole file in one call and skips blocks no rule can fire on. A long
 * Markdown document is parsed part by part (see `markdown-chunks.ts`), each
 * part's tree dropped once its prose is taken.
 */
import type {Nodes, Parents, PhrasingContent, Root, Yaml} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {isMap, isScalar, parseDocument} from 'yaml'
import {align} from '../align.js'
import {parseDirective, type Directive} from '../directives.js'
import {InputError} from '../input-error.js'
import {UnitBuilder} from '../units.js'
import type {Extraction} from './extraction.js'
import {chunkLength, definitionLabels, definitionsFor, markdownChunks} from './markdown-chunks.js'
import {blankUrls} from './prose.js'

// Front matter support costs about a quarter of parse time, so it is only
// switched on for files that start with a `---` fence.
const parsers = {
  markdown: unified().use(remarkParse).freeze(),
  markdownWithFrontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze(),
  mdx: unified().use(remarkParse).use(remarkMdx).freeze(),
  mdxWithFrontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze()
}
const frontMatterKeys = new Set(['title', 'description', 'summary'])
const blockBreak = '\n\n'

export function extractMarkdown(text: string): Extraction {
  return extractMarkdownInParts(text, chunkLength)
}

export function extractMdx(text: string): Extraction {
  const frontMatter = /^---\r?\n/.test(text)
  return extractTrees([parseMdx(text, frontMatter)], text)
}

/** `extractMarkdown` with the least part length as a parameter, for tests. */
export function extractMarkdownInParts(text: string, partLength: number): Extraction {
  const frontMatter = /^---\r?\n/.test(text)
  const chunks = markdownChunks(text, frontMatter, partLength)
  if (chunks.length === 1) return extractTrees([parsers[frontMatter ? 'markdownWithFrontMatter' : 'markdown'].parse(text)], text)
  const labels = definitionLabels(text)
  // Parts are parsed in order, so lines before each are counted once in all.
  let lines = 0
  let counted = 0
  return extractTrees(chunks.map(([start, end], index) => () => {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) lines++
    counted = start
    return parseChunk(text, start, end, lines, index === 0 && frontMatter, labels)
  }), text)
}

function parseMdx(text: string, frontMatter: boolean): Root {
  try {
    return (frontMatter ? parsers.mdxWithFrontMatter : parsers.mdx).parse(text)
  } catch (error) {
    const place = (error as {place?: {line?: number; column?: number; start?: {line: number; column: number}}}).place
    const start = place && 'start' in place ? place.start : place
    throw new InputError(`malformed MDX: ${(error as Error).message}`, {line: start?.line, column: start?.column}, 'fix the MDX syntax (an unclosed JSX tag or a bare `{` or `<` is the usual cause; escape it as `\\{` or `&lt;`)')
  }
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

/** Prose, directives and language of a document's trees, in order; a tree given as a function is parsed when its turn comes and dropped after. */
function extractTrees(trees: ReadonlyArray<Root | (() => Root)>, text: string): Extraction {
  const builder = new UnitBuilder()
  const directives: Directive[] = []
  let language: string | undefined
  const endBlock = (at: number): void => {
    if (builder.length > 0) builder.pushFiller(blockBreak, at)
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
        language = frontMatter(node, text, builder)
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

  for (const tree of trees) block(typeof tree === 'function' ? tree() : tree)
  return {units: builder.length > 0 ? [builder.build()] : [], directives, language}
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
