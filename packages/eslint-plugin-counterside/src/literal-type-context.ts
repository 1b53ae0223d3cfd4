/**
 * With type information, a string whose contextual type is a string literal
 * or a union of them (`variant: 'primary' | 'ghost'`, a key of a message
 * catalogue) is a value picked from a list, not copy.
 */
import type {ParserServices, TSESTree} from '@typescript-eslint/utils'

// ts.TypeFlags.Undefined | ts.TypeFlags.Null: optional props add these to the union.
const nullishFlags = 32768 | 65536

export function hasLiteralContextualType(node: TSESTree.Node, services: Partial<ParserServices> | undefined): boolean {
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return false
  const tsNode = services.esTreeNodeToTSNodeMap.get(node)
  const type = services.program.getTypeChecker().getContextualType(tsNode as never)
  if (!type) return false
  if (type.isStringLiteral()) return true
  if (!type.isUnion()) return false
  let literals = 0
  for (const member of type.types) {
    if (member.isStringLiteral()) literals++
    else if ((member.flags & nullishFlags) === 0) return false
  }

  return literals > 0
}
