/**
 * Inline disable directives, shared by every front end that reads comments
 * in content (Markdown, MDX, HTML): `counterside-disable rule-a, rule-b`,
 * `counterside-enable`, `counterside-disable-next-line rule`,
 * `counterside-disable-line`, each with an optional reason after `--`
 * (`counterside-disable-next-line sales-jargon -- staff-only page`), or
 * after a lone `-` where the format forbids `--` in comments (XML).
 * Finding the comments is the front end's job; this module parses their
 * text and applies them to findings.
 */
import {getRule, rules} from './registry.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line'

/** Where a directive's comment sits, 1-based like findings. */
export interface DirectivePlace {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

export interface Directive extends DirectivePlace {
  readonly kind: DirectiveKind
  /** Empty means every rule. */
  readonly rules: readonly string[]
  readonly reason?: string | undefined
  /**
   * The lines a `disable-next-line` covers when they are not simply the next
   * one: a comment in a message catalog covers the whole message it comes
   * before, which may be lines further on (PO references, an XLIFF
   * `<trans-unit>` tag) and span several.
   */
  readonly appliesTo?: {readonly line: number; readonly endLine: number} | undefined
}

/** What `applyDirectives` needs of a finding. */
export interface Located {
  readonly ruleId: string | null
  readonly line: number
  readonly column: number
}

export interface DirectiveProblem {
  readonly directive: Directive
  /** `unknown-rule` is always a problem; `unused` only when asked for. */
  readonly kind: 'unknown-rule' | 'unused'
  readonly message: string
}

export interface DirectiveOutcome<T extends Located> {
  readonly kept: T[]
  readonly suppressed: Array<{readonly finding: T; readonly directive: Directive}>
  readonly problems: DirectiveProblem[]
}

const pattern = /^\s*counterside-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** Parse a comment's text (without its delimiters); `undefined` when it is no directive. */
export function parseDirective(body: string, place: DirectivePlace): Directive | undefined {
  const match = pattern.exec(body)
  if (!match) return undefined
  const rest = match[2]!
  // The reason follows `--`, as in ESLint; XML forbids `--` inside a comment, so a lone `-` does too.
  const separator = /(?:^|\s)(?:--|-(?=\s|$))/.exec(rest)
  const list = separator ? rest.slice(0, separator.index) : rest
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : ''
  return {kind: match[1] as DirectiveKind, rules: list.split(/[\s,]+/).filter(Boolean), reason: reason || undefined, ...place}
}

/**
 * Split findings into kept and suppressed (with the directive, for its
 * reason), and report directives naming unknown rules and, when
 * `reportUnused`, directives that suppressed nothing.
 */
export function applyDirectives<T extends Located>(findings: readonly T[], directives: readonly Directive[], reportUnused = false): DirectiveOutcome<T> {
  const kept: T[] = []
  const suppressed: Array<{finding: T; directive: Directive}> = []
  const used = new Set<Directive>()
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column)
  for (const finding of findings) {
    const directive = finding.ruleId ? suppressor(finding, finding.ruleId, ordered) : undefined
    if (directive) {
      used.add(directive)
      suppressed.push({finding, directive})
    } else {
      kept.push(finding)
    }
  }

  const problems: DirectiveProblem[] = []
  for (const directive of ordered) {
    const unknown = directive.rules.filter((id) => !getRule(id))
    if (unknown.length > 0) {
      problems.push({
        directive,
        kind: 'unknown-rule',
        message: `Unknown rule ${unknown.map((id) => `\`${id}\``).join(', ')} in a counterside-${directive.kind} directive; expected one of: ${rules.map((rule) => rule.id).join(', ')}`
      })
    } else if (reportUnused && directive.kind !== 'enable' && !used.has(directive)) {
      const scope = directive.rules.length > 0 ? ` (no problems were reported from ${directive.rules.map((id) => `\`${id}\``).join(', ')})` : ' (no problems were reported)'
      problems.push({
        directive,
        kind: 'unused',
        message: `Unused counterside-${directive.kind} directive${scope}${directive.reason ? `; reason given: “${directive.reason}”` : ''}`
      })
    }
  }

  return {kept, suppressed, problems}
}

function suppressor(finding: Located, ruleId: string, ordered: readonly Directive[]): Directive | undefined {
  const covers = (directive: Directive): boolean => directive.rules.length === 0 || directive.rules.includes(ruleId)
  let block: Directive | undefined
  for (const directive of ordered) {
    if (directive.kind === 'disable-next-line' && covers(directive)) {
      const next = directive.appliesTo ?? {line: directive.endLine + 1, endLine: directive.endLine + 1}
      if (next.line <= finding.line && finding.line <= next.endLine) return directive
    }

    if (directive.kind === 'disable-line' && directive.line <= finding.line && finding.line <= directive.endLine && covers(directive)) return directive
    const before = directive.line < finding.line || (directive.line === finding.line && directive.column <= finding.column)
    if (!before) continue
    if (directive.kind === 'disable' && covers(directive)) block = directive
    if (directive.kind === 'enable' && block && covers(directive)) block = undefined
  }

  return block
}
