/**
 * MDX: Markdown with JSX and expressions, read into prose as Markdown is
 * (`streamTrees` in `markdown.ts`). Its own module, so remark-mdx and acorn
 * are loaded only when an MDX file is read.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {InputError} from '../input-error.js'
import {collectExtraction, type Extraction} from './extraction.js'
import {streamTrees} from './markdown.js'

const parsers = {
  mdx: unified().use(remarkParse).use(remarkMdx).freeze(),
  mdxWithFrontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze()
}

export function extractMdx(text: string): Extraction {
  const frontMatter = /^---\r?\n/.test(text)
  return collectExtraction(streamTrees([parseMdx(text, frontMatter)], text, false))
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
