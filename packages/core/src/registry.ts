/** The rule registry every front end reads instead of keeping its own list. */
import {docsUrl, ruleList, type RuleId} from 'retext-counterside'

export type {RuleId} from 'retext-counterside'

export type FindingSeverity = 'error' | 'warning'

export interface RuleInfo {
  readonly id: RuleId
  /** One line; docs pages repeat it verbatim. */
  readonly description: string
  readonly defaultSeverity: FindingSeverity
  /** Link to `docs/rules/<id>.md`. */
  readonly url: string
  /** Whether the rule takes `terms` (extra phrases to flag). */
  readonly acceptsTerms: boolean
}

export const rules: readonly RuleInfo[] = ruleList.map((rule) => ({
  id: rule.meta.id as RuleId,
  description: rule.meta.description,
  defaultSeverity: rule.meta.defaultSeverity === 'error' ? 'error' : 'warning',
  url: docsUrl(rule.meta.id),
  acceptsTerms: rule.meta.acceptsTerms
}))

const byId = new Map<string, RuleInfo>(rules.map((rule) => [rule.id, rule]))

export function getRule(id: string): RuleInfo | undefined {
  return byId.get(id)
}
