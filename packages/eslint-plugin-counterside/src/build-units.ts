/**
 * Turn AST nodes into text units: a string literal, a template literal, a
 * `+` concatenation, or a run of JSX children (text, `{expressions}` and
 * inline elements such as `<b>`, between block elements). Each unit is
 * linted as one piece of copy.
 */
import {AST_NODE_TYPES, type TSESLint, type TSESTree} from '@typescript-eslint/utils'
import {cookJsString} from './cook-js-string.js'
import {cookJsxText} from './cook-jsx-text.js'
import type {InlineRole} from './inline-elements.js'
import {TextUnitBuilder, type TextUnit} from './text-unit.js'

export type StringLeaf = TSESTree.StringLiteral | TSESTree.TemplateLiteral

export function isStringLeaf(node: TSESTree.Node): node is StringLeaf {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral
}

/** `a + b` where some operand, however nested, is a string: text being built. */
export function isConcatenation(node: TSESTree.Node): node is TSESTree.BinaryExpression {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') return false
  return hasStringOperand(node.left) || hasStringOperand(node.right)
}

function hasStringOperand(node: TSESTree.Node): boolean {
  return isStringLeaf(node) || isConcatenation(node)
}

/** A JSX child `{'…'}` or `{`…`}`: part of its element's text run, not a unit of its own. */
export function isJsxChildString(node: TSESTree.Node): boolean {
  const container = node.parent
  return (
    container?.type === AST_NODE_TYPES.JSXExpressionContainer &&
    (container.parent.type === AST_NODE_TYPES.JSXElement || container.parent.type === AST_NODE_TYPES.JSXFragment)
  )
}

export function stringUnit(node: StringLeaf | TSESTree.BinaryExpression, sourceCode: Readonly<TSESLint.SourceCode>): TextUnit {
  const builder = new TextUnitBuilder()
  addExpression(node, builder, sourceCode.text)
  return builder.build()
}

function addExpression(node: TSESTree.Node, builder: TextUnitBuilder, text: string): void {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    addStringLiteral(node as TSESTree.StringLiteral, builder, text)
  } else if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    addTemplate(node, builder, text)
  } else if (isConcatenation(node)) {
    addExpression(node.left, builder, text)
    addExpression(node.right, builder, text)
  } else {
    builder.placeholder(node.range[0], node.range[1])
  }
}

function addStringLiteral(node: TSESTree.StringLiteral, builder: TextUnitBuilder, text: string): void {
  const [start, end] = node.range
  const quote = text[start] === "'" ? "'" : '"'
  const body = text.slice(start + 1, end - 1)
  // JSX attribute strings know no backslash escapes, only HTML entities.
  if (node.parent.type === AST_NODE_TYPES.JSXAttribute) {
    builder.segment({type: 'jsx-attribute', quote})
    cookJsxText(body, start + 1, builder, {collapseLines: false})
  } else {
    builder.segment({type: 'string', quote})
    cookJsString(body, start + 1, builder)
  }
}

/**
 * Template elements' ranges include their delimiters (`` `…${ ``, `}…${`,
 * `` }…` ``) in both espree and typescript-eslint; expressions in between
 * become placeholders covering `${…}`.
 */
function addTemplate(node: TSESTree.TemplateLiteral, builder: TextUnitBuilder, text: string): void {
  node.quasis.forEach((quasi, index) => {
    const start = quasi.range[0] + 1
    const end = quasi.range[1] - (quasi.tail ? 1 : 2)
    builder.segment({type: 'template'})
    cookJsString(text.slice(start, end), start, builder)
    const next = node.quasis[index + 1]
    if (next) builder.placeholder(end, next.range[0] + 1)
  })
}

/**
 * The text runs among an element's children. Block elements and components
 * end a run; inline elements (`inlineRole`) continue it, their children read
 * as part of it, however deeply nested. `{expressions}` inside a run become
 * placeholders, `{'strings'}` are read. Each JSX text child is a segment of
 * its own, so a finding across an element boundary gets no suggestion.
 */
export function jsxRuns(
  element: TSESTree.JSXElement | TSESTree.JSXFragment,
  sourceCode: Readonly<TSESLint.SourceCode>,
  roleOf: (element: TSESTree.JSXElement | TSESTree.JSXFragment) => InlineRole | undefined
): TextUnit[] {
  const units: TextUnit[] = []
  let builder: TextUnitBuilder | undefined
  let hasWords = false
  const open = (): TextUnitBuilder => (builder ??= new TextUnitBuilder(true))
  const read = (add: (builder: TextUnitBuilder) => void): void => {
    const target = open()
    const before = target.length
    add(target)
    if (!hasWords && /\p{L}/u.test(target.textFrom(before))) hasWords = true
  }

  const flush = (): void => {
    if (builder && hasWords) units.push(builder.build())
    builder = undefined
    hasWords = false
  }

  const addChildren = (children: readonly TSESTree.JSXChild[]): void => {
    for (const child of children) {
      if (child.type === AST_NODE_TYPES.JSXText) {
        read((target) => {
          target.segment({type: 'jsx-text'})
          cookJsxText(sourceCode.text.slice(child.range[0], child.range[1]), child.range[0], target, {collapseLines: true})
        })
      } else if (child.type === AST_NODE_TYPES.JSXExpressionContainer) {
        if (child.expression.type === AST_NODE_TYPES.JSXEmptyExpression) continue
        const expression = child.expression
        if (isStringLeaf(expression)) read((target) => addExpression(expression, target, sourceCode.text))
        else open().placeholder(child.range[0], child.range[1])
      } else if (child.type === AST_NODE_TYPES.JSXSpreadChild) {
        open().placeholder(child.range[0], child.range[1])
      } else {
        switch (roleOf(child)) {
          case 'inline':
            if (child.children.length > 0) addChildren(child.children)
            else open().placeholder(child.range[0], child.range[1])
            break
          case 'placeholder':
            open().placeholder(child.range[0], child.range[1])
            break
          case 'space': {
            const target = open()
            target.segment({type: 'placeholder'})
            target.push(' ', child.range[0], child.range[1])
            break
          }
          case 'nothing':
            break
          case undefined:
            flush()
        }
      }
    }
  }

  addChildren(element.children)
  flush()
  return units
}
