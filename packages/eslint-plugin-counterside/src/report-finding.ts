/**
 * Report one engine finding at the offending words inside the literal, with
 * its direct replacements as suggestions (never autofixes: copy changes
 * deserve a human look).
 */
import type {TSESLint} from '@typescript-eslint/utils'
import type {Finding} from '@counterside/core'
import {escapeForSource} from './escape-for-source.js'
import type {TextUnit} from './text-unit.js'

export type MessageIds = 'finding' | 'replace'

export function reportFinding(context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>, unit: TextUnit, finding: Finding): void {
  const first = Math.min(Math.max(finding.offset, 0), unit.text.length - 1)
  const last = Math.min(Math.max(finding.endOffset - 1, first), unit.text.length - 1)
  const range: [number, number] = [unit.starts[first]!, unit.ends[last]!]
  const {sourceCode} = context
  const suggest: Array<TSESLint.SuggestionReportDescriptor<MessageIds>> = []
  for (const suggestion of finding.suggestions) {
    // Each suggestion over its own range (a sentence rewrite reaches past the finding's words), within one literal.
    const from = Math.min(Math.max(suggestion.offset, 0), unit.text.length - 1)
    const to = Math.min(Math.max(suggestion.endOffset - 1, from), unit.text.length - 1)
    const kind = unit.segments[from] === unit.segments[to] ? unit.kinds[unit.segments[from]!] : undefined
    const text = kind && escapeForSource(suggestion.text, kind)
    if (text === undefined) continue
    const replaced: [number, number] = [unit.starts[from]!, unit.ends[to]!]
    suggest.push({messageId: 'replace', data: {desc: suggestion.desc}, fix: (fixer) => fixer.replaceTextRange(replaced, text)})
  }

  context.report({
    messageId: 'finding',
    data: {message: finding.message},
    loc: {start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1])},
    suggest
  })
}
