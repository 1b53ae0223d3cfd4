/**
 * The rules that can produce a suggestion (ESLint's `hasSuggestions`):
 * derived from the rewrite templates' rule ids and from the phrase data's
 * entries whose alternatives replace the matched words (`replace: true`),
 * never kept by hand.
 */
import {ruleList} from './registry.js'
import {templateFamilies} from './rewrites/index.js'

export const suggestingRules: ReadonlySet<string> = new Set([
  ...templateFamilies.map((family) => family.ruleId),
  ...ruleList
    .filter((rule) => rule.tables.some((table) => table.entries.some((entry) => entry.replace === true && (entry.expected?.length ?? 0) > 0)))
    .map((rule) => rule.meta.id)
])
