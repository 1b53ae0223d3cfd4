/**
 * The rules that can produce a suggestion (a direct replacement), derived
 * from what produces them so it cannot drift: ESLint sets `hasSuggestions`
 * from this set, and ESLint refuses a suggestion from a rule without it.
 */
import {ruleList} from './registry.js'
import {rule as shouting} from './rules/shouting.js'

/** Rules whose check builds its own suggestions, not from a table entry (sentence case, one mark). */
const buildsOwnSuggestions: readonly string[] = [shouting.meta.id]

/** A rule whose phrase data has an entry whose alternatives can replace the matched words as they stand. */
const hasDirectAlternatives = ruleList
  .filter((rule) => rule.tables.some((table) => table.entries.some((entry) => entry.replace === true && (entry.expected?.length ?? 0) > 0)))
  .map((rule) => rule.meta.id)

export const suggestingRules: ReadonlySet<string> = new Set([...hasDirectAlternatives, ...buildsOwnSuggestions])
