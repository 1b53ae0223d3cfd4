/**
 * Report one engine finding at the offending words inside the literal, with
 * its direct replacements as suggestions (never autofixes: copy changes
 * deserve a human look). Each suggestion replaces its own range (the
 * finding's words, or the whole sentence for a `sentence` rewrite), mapped
 * through the copy unit like the finding.
 */
import type {TSESLint} from '@typescript-eslint/utils'
import type {Finding} from '@counterside/core'
import {sourceEdit, sourceRange} from './source-edit.js'
import type {TextUnit} from './text-unit.js'

export type MessageIds = 'finding' | 'replace'

/** `suggests`: the rule has `hasSuggestions` (ESLint throws on a suggestion from a rule without it). */
export function reportFinding(context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>, unit: TextUnit, finding: Finding, suggests: boolean): void {
  const range = sourceRange(unit, finding.offset, finding.endOffset)
  const {sourceCode} = context
  const suggest: Array<TSESLint.SuggestionReportDescriptor<MessageIds>> = []
  for (const suggestion of suggests ? finding.suggestions : []) {
    const edit = sourceEdit(unit, suggestion)
    if (edit) suggest.push({messageId: 'replace', data: {desc: suggestion.desc}, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text)})
  }

  context.report({
    messageId: 'finding',
    data: {message: finding.message},
    loc: {start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1])},
    suggest
  })
}
