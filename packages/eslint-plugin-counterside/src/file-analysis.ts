/**
 * The per-file cache every counterside rule shares: which nodes hold copy,
 * their text units, surfaces and engine findings. The first rule created
 * for a file collects (it alone listens to the nodes that can hold copy);
 * the others read the collected units on `Program:exit`. Ten rules thus
 * cost one set of node listeners, and each string is linted once per
 * engine config.
 */
import {AST_NODE_TYPES, type TSESLint, type TSESTree} from '@typescript-eslint/utils'
import {lintText, type Config, type Finding} from '@counterside/core'
import path from 'node:path'
import {isConcatenation, isJsxChildString, isStringLeaf, jsxRuns, stringUnit} from './build-units.js'
import type {Detection, Surface} from './detection.js'
import {inlineRole, isPartOfParentText, type InlineRole} from './inline-elements.js'
import {hasLiteralContextualType} from './literal-type-context.js'
import {looksLikeCode} from './looks-like-code.js'
import {isMarked, markedStarts} from './marker-comments.js'
import {positionOf, verbatimElements, elementName} from './position.js'
import {surfaceOf} from './surface-of.js'
import type {TextUnit} from './text-unit.js'

export interface CopyUnit {
  readonly unit: TextUnit
  readonly surface: Surface
  /** Findings per engine config (normally one). */
  readonly findings: Map<Config, readonly Finding[]>
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>

const analyses = new WeakMap<object, Map<Detection, FileAnalysis>>()

export function fileAnalysis(context: Context, detection: Detection): FileAnalysis {
  const {sourceCode} = context
  let forFile = analyses.get(sourceCode)
  if (!forFile) analyses.set(sourceCode, (forFile = new Map()))
  let analysis = forFile.get(detection)
  if (!analysis) forFile.set(detection, (analysis = new FileAnalysis(context, detection)))
  return analysis
}

const none: readonly CopyUnit[] = []

export class FileAnalysis {
  /** Every copy unit found so far, in traversal order. */
  readonly copies: CopyUnit[] = []
  private readonly sourceCode: Readonly<TSESLint.SourceCode>
  private readonly fileSurface: Surface | undefined
  private marked: ReadonlySet<number> | undefined
  private collector = false

  constructor(context: Context, private readonly detection: Detection) {
    this.sourceCode = context.sourceCode
    this.fileSurface = detection.surfaceOfFile && detection.surfaceOfFile(path.relative(context.cwd, context.filename).split(path.sep).join('/'))
  }

  /**
   * True for the first rule that asks: that rule visits the nodes and calls
   * `unitsAt`; the others read `copies` once the traversal is done.
   */
  claimCollection(): boolean {
    if (this.collector) return false
    this.collector = true
    return true
  }

  /** The copy units rooted at `node` (none for most nodes), added to `copies`. Call once per node. */
  unitsAt(node: TSESTree.Node): readonly CopyUnit[] {
    const units = this.collect(node)
    for (const unit of units) this.copies.push(unit)
    return units
  }

  findings(copy: CopyUnit, config: Config): readonly Finding[] {
    let findings = copy.findings.get(config)
    if (!findings) {
      // A string in code is a message before it is rendered: its i18n placeholders are values.
      findings = lintText(copy.unit.text, config, {placeholders: 'values'})
      copy.findings.set(config, findings)
    }

    return findings
  }

  private collect(node: TSESTree.Node): readonly CopyUnit[] {
    if (node.type === AST_NODE_TYPES.JSXElement || node.type === AST_NODE_TYPES.JSXFragment) {
      // An inline element's text is read with its parent's (`<p>Please wait for <b>manager</b> approval</p>`): once, from the parent.
      if (node.children.length === 0 || verbatimElements.has(elementName(node) ?? '') || isPartOfParentText(node, this.detection)) return none
      return jsxRuns(node, this.sourceCode, this.roleOf).map((unit) => this.copyUnit(unit, node))
    }

    if (!this.isUnitRoot(node)) return none
    const root = node as Parameters<typeof stringUnit>[0]
    const position = positionOf(root, this.detection)
    if (position === 'code') return none
    if (position === 'other' && !this.detection.checkAllStrings && !isMarked(root, (this.marked ??= markedStarts(this.sourceCode)))) {
      return none
    }

    const unit = stringUnit(root, this.sourceCode)
    if (looksLikeCode(unit.text)) return none
    if (root.type !== AST_NODE_TYPES.BinaryExpression && hasLiteralContextualType(root, this.sourceCode.parserServices)) return none
    return [this.copyUnit(unit, root)]
  }

  private readonly roleOf = (element: TSESTree.JSXElement | TSESTree.JSXFragment): InlineRole | undefined => inlineRole(element, this.detection)

  private isUnitRoot(node: TSESTree.Node): boolean {
    const parent = node.parent
    const insideConcatenation = parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && isConcatenation(parent)
    if (isStringLeaf(node)) return !insideConcatenation && !isJsxChildString(node)
    // A concatenation in JSX children is a placeholder in the text run, so it is a unit of its own.
    return isConcatenation(node) && !insideConcatenation
  }

  private copyUnit(unit: TextUnit, node: TSESTree.Node): CopyUnit {
    return {unit, surface: surfaceOf(node, this.detection, this.fileSurface), findings: new Map()}
  }
}
