/**
 * Where a string sits decides whether a customer reads it. `copy`: a place
 * customers read (a listed JSX attribute, an argument of `toast`, a
 * `defaultMessage`). `code`: a place they never do (an import, an object
 * key, a `className`, `console.log`, a comparison). `other`: anything else,
 * linted only with `checkAllStrings` or a customer-facing comment.
 */
import {AST_NODE_TYPES, type TSESTree} from '@typescript-eslint/utils'
import {calleeName} from './callee-name.js'
import type {Detection} from './detection.js'

export type Position = 'copy' | 'code' | 'other'

// Attributes that hold ids, URLs, styles or enum-like values, never words.
const codeAttributes = new Set([
  'className',
  'class',
  'style',
  'key',
  'id',
  'href',
  'src',
  'srcSet',
  'to',
  'ref',
  'type',
  'name',
  'role',
  'rel',
  'target',
  'htmlFor',
  'for',
  'lang',
  'dir',
  'method',
  'action',
  'encType',
  'autoComplete',
  'inputMode',
  'pattern',
  'form',
  'as',
  'slot',
  'xmlns',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'testId',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns'
])

// `new Error('…')`, `new URL('…')`: developer-facing by construction.
const codeConstructor = /(?:Error|Exception|^URL|^RegExp|^Date|^Intl\..+)$/

// Elements whose text is code or verbatim content, not copy.
export const verbatimElements = new Set(['style', 'script', 'code', 'pre', 'kbd', 'samp', 'var', 'template'])

export function positionOf(node: TSESTree.Node, detection: Detection): Position {
  let child: TSESTree.Node = node
  let parent = node.parent
  while (parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        if (child === parent.test) return 'code'
        break
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.JSXExpressionContainer:
      case AST_NODE_TYPES.ChainExpression:
        break
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        if (isConstAssertion(parent.typeAnnotation)) return 'code'
        break
      case AST_NODE_TYPES.BinaryExpression:
        // `+` builds text; every other operator compares or tests values.
        if (parent.operator !== '+') return 'code'
        break
      case AST_NODE_TYPES.JSXAttribute:
        return attributePosition(parent, detection)
      case AST_NODE_TYPES.JSXElement:
      case AST_NODE_TYPES.JSXFragment:
        return verbatimElements.has(elementName(parent) ?? '') ? 'code' : 'copy'
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (child === parent.callee) return 'other'
        return callPosition(parent, detection)
      case AST_NODE_TYPES.TaggedTemplateExpression: {
        // css``, gql``, styled.div`` hold code; a listed callee (t``) holds copy.
        const name = calleeName(parent.tag)
        return name !== undefined && detection.isCallee(name) ? 'copy' : 'code'
      }

      case AST_NODE_TYPES.Property:
        if (child === parent.key) return 'code'
        return propertyPosition(parent, detection)
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.MethodDefinition:
      case AST_NODE_TYPES.TSPropertySignature:
      case AST_NODE_TYPES.TSAbstractPropertyDefinition:
        return child === parent.key ? 'code' : 'other'
      case AST_NODE_TYPES.MemberExpression:
        return child === parent.property ? 'code' : 'other'
      case AST_NODE_TYPES.ExpressionStatement:
        // Directives: 'use client', 'use strict'.
        return parent.directive === undefined ? 'other' : 'code'
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ImportExpression:
      case AST_NODE_TYPES.ImportAttribute:
      case AST_NODE_TYPES.ExportAllDeclaration:
      case AST_NODE_TYPES.ExportNamedDeclaration:
      case AST_NODE_TYPES.TSExternalModuleReference:
      case AST_NODE_TYPES.TSImportType:
      case AST_NODE_TYPES.TSLiteralType:
      case AST_NODE_TYPES.TSModuleDeclaration:
      case AST_NODE_TYPES.TSEnumMember:
      case AST_NODE_TYPES.SwitchCase:
      case AST_NODE_TYPES.ImportSpecifier:
      case AST_NODE_TYPES.ExportSpecifier:
        return 'code'
      default:
        return 'other'
    }

    child = parent
    parent = parent.parent
  }

  return 'other'
}

function attributePosition(attribute: TSESTree.JSXAttribute, detection: Detection): Position {
  const name = attributeName(attribute)
  // formatjs: <FormattedMessage defaultMessage="…" description="note for translators" />
  if (name === 'defaultMessage') return 'copy'
  if (name === 'description' && hasAttribute(attribute.parent, 'defaultMessage')) return 'code'
  if (detection.attributes.has(name)) return 'copy'
  if (codeAttributes.has(name) || name.startsWith('data-') || /^on[A-Z]/.test(name)) return 'code'
  return 'other'
}

function callPosition(call: TSESTree.CallExpression | TSESTree.NewExpression, detection: Detection): Position {
  const name = calleeName(call.callee)
  if (name === undefined) return 'other'
  if (detection.isInternalCallee(name)) return 'code'
  if (call.type === AST_NODE_TYPES.NewExpression && codeConstructor.test(name)) return 'code'
  return detection.isCallee(name) ? 'copy' : 'other'
}

function propertyPosition(property: TSESTree.Property, detection: Detection): Position {
  const key = propertyKey(property)
  if (key === undefined) return 'other'
  const object = property.parent
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return 'other'
  // formatjs descriptors: defineMessages, defineMessage, formatMessage({defaultMessage}).
  if (key === 'defaultMessage') return 'copy'
  if (key === 'description' && object.properties.some((other) => other.type === AST_NODE_TYPES.Property && propertyKey(other) === 'defaultMessage')) {
    return 'code'
  }

  if (!detection.messageProperties.has(key)) return 'other'
  const call = object.parent
  if ((call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(object)) {
    const name = calleeName(call.callee)
    if (name !== undefined && detection.isCallee(name)) return 'copy'
  }

  return 'other'
}

export function propertyKey(property: TSESTree.Property): string | undefined {
  if (property.key.type === AST_NODE_TYPES.Identifier && !property.computed) return property.key.name
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') return property.key.value
  return undefined
}

function attributeName(attribute: TSESTree.JSXAttribute): string {
  return attribute.name.type === AST_NODE_TYPES.JSXNamespacedName
    ? `${attribute.name.namespace.name}:${attribute.name.name.name}`
    : attribute.name.name
}

function hasAttribute(element: TSESTree.JSXOpeningElement, name: string): boolean {
  return element.attributes.some((attribute) => attribute.type === AST_NODE_TYPES.JSXAttribute && attributeName(attribute) === name)
}

function isConstAssertion(type: TSESTree.TypeNode): boolean {
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'const'
}

/** `Receipt`, `Receipt.Line`, `div`; fragments have no name. */
export function elementName(element: TSESTree.JSXElement | TSESTree.JSXFragment): string | undefined {
  if (element.type === AST_NODE_TYPES.JSXFragment) return undefined
  return jsxName(element.openingElement.name)
}

function jsxName(name: TSESTree.JSXTagNameExpression): string {
  switch (name.type) {
    case AST_NODE_TYPES.JSXIdentifier:
      return name.name
    case AST_NODE_TYPES.JSXMemberExpression:
      return `${jsxName(name.object)}.${name.property.name}`
    case AST_NODE_TYPES.JSXNamespacedName:
      return `${name.namespace.name}:${name.name.name}`
  }
}
