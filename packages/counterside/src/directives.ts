/**
 * Inline directives for the CLI's report model. Parsing and applying them is
 * `@counterside/core`'s (shared with any other front end); this adapter
 * turns the outcome into report messages: suppressed findings keep the
 * reason (JSON and SARIF show it), and directive problems become messages.
 */
import {applyDirectives as apply, type Directive} from '@counterside/core'
import type {LintMessage} from './messages.js'

export {parseDirective, type Directive, type DirectiveKind} from '@counterside/core'

export interface DirectiveOutcome {
  readonly messages: LintMessage[]
  readonly suppressed: LintMessage[]
}

/** Split findings into kept and suppressed; unknown rules are errors, unused directives are reported at `unusedSeverity` (0: not at all). */
export function applyDirectives(findings: readonly LintMessage[], directives: readonly Directive[], unusedSeverity: 0 | 1 | 2): DirectiveOutcome {
  const outcome = apply(findings, directives, unusedSeverity > 0)
  const messages: LintMessage[] = [...outcome.kept]
  for (const {directive, kind, message} of outcome.problems) {
    messages.push({
      ruleId: null,
      severity: kind === 'unknown-rule' ? 2 : (unusedSeverity as 1 | 2),
      message,
      line: directive.line,
      column: directive.column,
      endLine: directive.endLine,
      endColumn: directive.endColumn,
      suggestions: []
    })
  }

  const suppressed = outcome.suppressed.map(({finding, directive}) => ({...finding, suppressions: [{kind: 'directive' as const, justification: directive.reason ?? ''}]}))
  return {messages, suppressed}
}
