/**
 * Turn AST nodes into text units: a string literal, a template literal, a
 * `+` concatenation, or a run of JSX children (text and `{expressions}`
 * between elements). Each unit is linted as one piece of copy.
 */
import {AST_NODE_TYPES, type TSESLint, type TSESTree} from '@typescript-eslint/utils'
import {cookJsString} from './cook-js-string.js'
import {cookJsxText} from './cook-jsx-text.js'
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
 * The text runs among an element's children. Child elements end a run;
 * `{expressions}` inside a run become placeholders, `{'strings'}` are read.
 */
export function jsxRuns(element: TSESTree.JSXElement | TSESTree.JSXFragment, sourceCode: Readonly<TSESLint.SourceCode>): TextUnit[] {
  const units: TextUnit[] = []
  let builder: TextUnitBuilder | undefined
  let hasWords = false
  const flush = (): void => {
    if (builder && hasWords) units.push(builder.build())
    builder = undefined
    hasWords = false
  }

  for (const child of element.children) {
    if (child.type === AST_NODE_TYPES.JSXText) {
      builder ??= new TextUnitBuilder(true)
      builder.segment({type: 'jsx-text'})
      const before = builder.length
      cookJsxText(sourceCode.text.slice(child.range[0], child.range[1]), child.range[0], builder, {collapseLines: true})
      if (!hasWords && /\p{L}/u.test(builder.build().text.slice(before))) hasWords = true
    } else if (child.type === AST_NODE_TYPES.JSXExpressionContainer) {
      if (child.expression.type === AST_NODE_TYPES.JSXEmptyExpression) continue
      builder ??= new TextUnitBuilder(true)
      if (isStringLeaf(child.expression)) {
        const before = builder.length
        addExpression(child.expression, builder, sourceCode.text)
        if (!hasWords && /\p{L}/u.test(builder.build().text.slice(before))) hasWords = true
      } else {
        builder.placeholder(child.range[0], child.range[1])
      }
    } else {
      flush()
    }
  }

  flush()
  return units
}
