/**
 * `/* counterside: customer-facing *\/` before a string, an object, a
 * statement or a component marks everything in it as copy. Found once per
 * file as the start offsets of the code right after each marker.
 */
import type {TSESLint, TSESTree} from '@typescript-eslint/utils'

const marker = /^\s*\*?\s*counterside:\s*customer-facing\s*$/

export function markedStarts(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<number> {
  const starts = new Set<number>()
  // Cheap test first: almost no file has a marker.
  if (!sourceCode.text.includes('counterside:')) return starts
  for (const comment of sourceCode.getAllComments()) {
    if (!marker.test(comment.value)) continue
    const next = sourceCode.getTokenAfter(comment, {includeComments: false})
    if (next) starts.add(next.range[0])
  }

  return starts
}

/** Whether the node or any node around it begins right after a marker. */
export function isMarked(node: TSESTree.Node, starts: ReadonlySet<number>): boolean {
  if (starts.size === 0) return false
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (starts.has(current.range[0])) return true
  }

  return false
}
