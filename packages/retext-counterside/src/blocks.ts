/** A parsed tree's text in blocks: the unit both layers score and report on. */
import type {Paragraph, Root, WhiteSpace} from 'nlcst'
import {SKIP, visit} from 'unist-util-visit'

export type Block = Array<Paragraph | WhiteSpace>

/** Paragraphs grouped into blocks: siblings separated by a single line break stay together. */
export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = []
  visit(tree, 'ParagraphNode', (node: Paragraph, index, parent) => {
    const previous = blocks.at(-1)
    const between = parent && index !== undefined ? parent.children[index - 1] : undefined
    const joins =
      previous !== undefined &&
      between?.type === 'WhiteSpaceNode' &&
      !/\n[^\S\n]*\n/.test(between.value) &&
      parent?.children[index! - 2] === previous.at(-1)
    if (joins) previous.push(between, node)
    else blocks.push([node])
    return SKIP
  })
  return blocks
}
