/**
 * A real React + TypeScript code base from the npm registry
 * (ra-ui-materialui, which ships its .tsx sources), checkAllStrings off:
 * no crash, every finding printed for review, and every finding lands in a
 * customer-facing context, told apart here independently of the plugin by
 * walking the parsed AST around the reported words.
 */
import {parse} from '@typescript-eslint/parser'
import type {TSESTree} from '@typescript-eslint/utils'
import {ESLint, type Linter} from 'eslint'
import {readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import plugin from '../src/index.js'
import {defaultAttributes, defaultCallees, defaultMessageProperties} from '../src/options.js'

// Installed as a devDependency, so the test reads it offline.
const root = realpathSync(new URL('../node_modules/ra-ui-materialui', import.meta.url))

it('lints ra-ui-materialui without crashing and only flags copy', async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    allowInlineConfig: false,
    overrideConfig: [
      {files: ['**/*.tsx'], languageOptions: {parser: await import('@typescript-eslint/parser'), parserOptions: {ecmaFeatures: {jsx: true}}}},
      {...(plugin.configs.recommended as Linter.Config), files: ['**/*.tsx']}
    ]
  })
  const results = await eslint.lintFiles(['src/**/*.tsx'])
  expect(results.length).toBeGreaterThan(400)

  const contexts: string[] = []
  for (const result of results) {
    const text = readFileSync(result.filePath, 'utf8')
    const ast = parse(text, {range: true, loc: true, jsx: true}) as TSESTree.Program
    for (const message of result.messages) {
      expect(message.fatal, `${result.filePath}: ${message.message}`).not.toBe(true)
      const offset = offsetOf(text, message.line, message.column)
      const context = contextOf(innermost(ast, offset))
      const where = `${path.relative(root, result.filePath)}:${message.line}:${message.column}`
      console.log(`${where} ${message.ruleId} [${context}] ${text.split('\n')[message.line - 1]!.trim().slice(0, 120)}`)
      contexts.push(context)
    }
  }

  expect(contexts.length).toBeGreaterThan(0)
  for (const context of contexts) expect(context).toMatch(/^(?:jsx-text|attribute |call |property )/)
  // Over 400 files through typescript-eslint's parser: on two busy cores this outgrows the default.
}, 300_000)

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

function innermost(node: TSESTree.Node, offset: number): TSESTree.Node {
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && 'type' in child && 'range' in child && child !== node.parent) {
        const [start, end] = (child as TSESTree.Node).range
        if (start <= offset && offset < end) {
          ;(child as {parent?: TSESTree.Node}).parent = node
          return innermost(child as TSESTree.Node, offset)
        }
      }
    }
  }

  return node
}

/** The customer-facing context around a string, or `code …` when it is none of them. */
function contextOf(node: TSESTree.Node): string {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const parent: TSESTree.Node | undefined = current.parent
    if (current.type === 'JSXText') return 'jsx-text'
    if (parent?.type === 'JSXExpressionContainer' && (parent.parent?.type === 'JSXElement' || parent.parent?.type === 'JSXFragment')) return 'jsx-text expression'
    if (parent?.type === 'JSXAttribute' || (parent?.type === 'JSXExpressionContainer' && parent.parent?.type === 'JSXAttribute')) {
      const attribute = (parent.type === 'JSXAttribute' ? parent : parent.parent) as TSESTree.JSXAttribute
      const name = String(attribute.name.name)
      return defaultAttributes.includes(name) ? `attribute ${name}` : `code attribute ${name}`
    }

    if (parent?.type === 'CallExpression' && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      const callee = parent.callee.type === 'Identifier' ? parent.callee.name : parent.callee.type === 'MemberExpression' && parent.callee.property.type === 'Identifier' ? `*.${parent.callee.property.name}` : '?'
      return defaultCallees.some((pattern) => pattern === callee || pattern.endsWith(callee.slice(1))) ? `call ${callee}` : `code call ${callee}`
    }

    if (parent?.type === 'Property' && parent.value === current && parent.key.type === 'Identifier') {
      return defaultMessageProperties.includes(parent.key.name) || parent.key.name === 'defaultMessage' ? `property ${parent.key.name}` : `code property ${parent.key.name}`
    }
  }

  return 'code'
}
