/**
 * Which surface a string is on: the innermost enclosing JSX element or
 * component definition named in `settings.counterside.surfaces`, else the
 * file's glob, else customer (the safe default: every rule applies).
 */
import {AST_NODE_TYPES, type TSESTree} from '@typescript-eslint/utils'
import type {Detection, Surface} from './detection.js'
import {elementName} from './position.js'

export function surfaceOf(node: TSESTree.Node, detection: Detection, fileSurface: Surface | undefined): Surface {
  if (detection.surfaceComponents.size > 0) {
    for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
      const name = componentName(current)
      const surface = name === undefined ? undefined : (detection.surfaceComponents.get(name) ?? detection.surfaceComponents.get(lastSegment(name)))
      if (surface) return surface
    }
  }

  return fileSurface ?? 'customer'
}

function componentName(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.JSXElement:
      return elementName(node)
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
      return node.id?.name
    case AST_NODE_TYPES.VariableDeclarator:
      // const CashierPanel = () => …, = memo(function …), = forwardRef(…)
      return node.id.type === AST_NODE_TYPES.Identifier ? node.id.name : undefined
    default:
      return undefined
  }
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
