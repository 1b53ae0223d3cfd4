/**
 * `suggestingRules` (ESLint's `hasSuggestions`) holds every rule that
 * produces a suggestion: ESLint throws on a suggestion from a rule without
 * it. Every entry's examples, linted, may only suggest from rules in the set.
 */
import {builtinTables} from 'retext-counterside/phrase-data'
import {describe, expect, it} from 'vitest'
import {lintText, suggestingRules} from '../src/index.js'

describe('suggestingRules', () => {
  it('covers every rule that suggests on the phrase data\'s examples and on shouting', () => {
    const examples = builtinTables.flatMap(({table}) => table.entries.flatMap((entry) => entry.examples ?? []))
    const suggesting = new Set<string>()
    for (const text of [...examples, 'INSERT TICKET AND WAIT', 'Thank you!!!']) {
      for (const finding of lintText(text)) if (finding.suggestions.length > 0) suggesting.add(finding.ruleId)
    }

    expect(suggesting.has('shouting')).toBe(true)
    expect([...suggesting].filter((id) => !suggestingRules.has(id))).toEqual([])
  })
})
