/**
 * Inline directives: `<!-- counterside-disable rule-a, rule-b -- reason -->`,
 * `counterside-enable`, `counterside-disable-next-line`,
 * `counterside-disable-line`. Suppressed findings keep the reason, which the
 * JSON and SARIF reports show; unused directives can be reported.
 */
import {getRule, rules} from '@counterside/core'
import type {LintMessage} from './messages.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line'

export interface Directive {
  readonly kind: DirectiveKind
  /** Empty means every rule. */
  readonly rules: readonly string[]
  readonly reason?: string | undefined
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

const pattern = /^\s*counterside-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** `body` is the comment's text without its delimiters. */
export function parseDirective(body: string, place: Omit<Directive, 'kind' | 'rules' | 'reason'>): Directive | undefined {
  const match = pattern.exec(body)
  if (!match) return undefined
  const [list = '', ...reasonParts] = match[2]!.split(/\s--\s?|^--\s?/)
  const reason = reasonParts.join(' -- ').trim()
  return {
    kind: match[1] as DirectiveKind,
    rules: list.split(/[\s,]+/).filter(Boolean),
    reason: reason || undefined,
    ...place
  }
}

export interface DirectiveOutcome {
  readonly messages: LintMessage[]
  readonly suppressed: LintMessage[]
}

/**
 * Split findings into kept and suppressed. Problems with the directives
 * themselves (an unknown rule, an unused directive) are added as messages.
 */
export function applyDirectives(findings: readonly LintMessage[], directives: readonly Directive[], unusedSeverity: 0 | 1 | 2): DirectiveOutcome {
  const messages: LintMessage[] = []
  const suppressed: LintMessage[] = []
  const used = new Set<Directive>()
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column)
  for (const finding of findings) {
    const cause = finding.ruleId ? suppressor(finding, finding.ruleId, ordered) : undefined
    if (!cause) {
      messages.push(finding)
      continue
    }

    used.add(cause)
    suppressed.push({...finding, suppressions: [{kind: 'directive', justification: cause.reason ?? ''}]})
  }

  for (const directive of ordered) {
    const unknown = directive.rules.filter((id) => !getRule(id))
    if (unknown.length > 0) {
      messages.push(directiveMessage(directive, 2, `Unknown rule ${unknown.map((id) => `\`${id}\``).join(', ')} in a counterside-${directive.kind} directive; expected one of: ${rules.map((rule) => rule.id).join(', ')}`))
    } else if (unusedSeverity > 0 && directive.kind !== 'enable' && !used.has(directive)) {
      const scope = directive.rules.length > 0 ? ` (no problems were reported from ${directive.rules.map((id) => `\`${id}\``).join(', ')})` : ' (no problems were reported)'
      messages.push(directiveMessage(directive, unusedSeverity as 1 | 2, `Unused counterside-${directive.kind} directive${scope}${directive.reason ? `; reason given: “${directive.reason}”` : ''}`))
    }
  }

  return {messages, suppressed}
}

function suppressor(finding: LintMessage, ruleId: string, ordered: readonly Directive[]): Directive | undefined {
  const covers = (directive: Directive): boolean => directive.rules.length === 0 || directive.rules.includes(ruleId)
  let block: Directive | undefined
  for (const directive of ordered) {
    if (directive.kind === 'disable-next-line' && directive.endLine + 1 === finding.line && covers(directive)) return directive
    if (directive.kind === 'disable-line' && directive.line <= finding.line && finding.line <= directive.endLine && covers(directive)) return directive
    const before = directive.line < finding.line || (directive.line === finding.line && directive.column <= finding.column)
    if (!before) continue
    if (directive.kind === 'disable' && covers(directive)) block = directive
    if (directive.kind === 'enable' && block && (directive.rules.length === 0 || directive.rules.includes(ruleId))) block = undefined
  }

  return block
}

function directiveMessage(directive: Directive, severity: 1 | 2, message: string): LintMessage {
  return {
    ruleId: null,
    severity,
    message,
    line: directive.line,
    column: directive.column,
    endLine: directive.endLine,
    endColumn: directive.endColumn,
    suggestions: []
  }
}
