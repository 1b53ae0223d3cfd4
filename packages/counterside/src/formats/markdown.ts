/**
 * Markdown and MDX: the prose of paragraphs, headings, table cells and
 * image alt text, plus `title`/`description`/`summary` in front matter.
 * Front matter `lang` declares the page's language. Code, inline code,
 * HTML, URLs and MDX expressions are not prose. Each
 * block becomes a blank-line separated part of one unit, so the core lints
 * a whole file in one call and skips blocks no rule can fire on.
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
  return extract(text, false)
}

export function extractMdx(text: string): Extraction {
  return extract(text, true)
}

function extract(text: string, mdx: boolean): Extraction {
  let tree: Root
  try {
    const frontMatter = /^---\r?\n/.test(text)
    const parser = mdx ? (frontMatter ? parsers.mdxWithFrontMatter : parsers.mdx) : frontMatter ? parsers.markdownWithFrontMatter : parsers.markdown
    tree = parser.parse(text)
  } catch (error) {
    const place = (error as {place?: {line?: number; column?: number; start?: {line: number; column: number}}}).place
    const start = place && 'start' in place ? place.start : place
    throw new InputError(`malformed MDX: ${(error as Error).message}`, {line: start?.line, column: start?.column}, 'fix the MDX syntax (an unclosed JSX tag or a bare `{` or `<` is the usual cause; escape it as `\\{` or `&lt;`)')
  }

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

  block(tree)
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
