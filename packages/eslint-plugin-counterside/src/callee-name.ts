/**
 * The dotted name of a callee (`toast.error`, `i18n.t`), the form callee
 * patterns are written in. `this.` is dropped; computed or call-result
 * callees have no name.
 */
import {AST_NODE_TYPES, type TSESTree} from '@typescript-eslint/utils'

export function calleeName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name
    case AST_NODE_TYPES.ThisExpression:
      return 'this'
    case AST_NODE_TYPES.Super:
      return 'super'
    case AST_NODE_TYPES.MemberExpression: {
      const property = node.computed
        ? node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : undefined
        : node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined
      if (property === undefined) return undefined
      const object = calleeName(node.object)
      if (object === undefined) return undefined
      return object === 'this' ? property : `${object}.${property}`
    }

    case AST_NODE_TYPES.ChainExpression:
      return calleeName(node.expression)
    case AST_NODE_TYPES.TSNonNullExpression:
      return calleeName(node.expression)
    default:
      return undefined
  }
}
