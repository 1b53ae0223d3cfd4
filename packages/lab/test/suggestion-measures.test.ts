import type {Finding, Suggestion} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import {formatSuggestionMeasures, measureSuggestions, type Lint} from '../src/suggestion-measures.js'

/** A finding on the first “SHOUT” or “PIN” of a text, suggesting what `suggest` gives for it. */
function fakeLint(suggest: (word: string) => string[]): Lint {
  return (text) => {
    const match = /SHOUT|PIN/.exec(text)
    if (!match) return []
    const offset = match.index
    const endOffset = offset + match[0].length
    const suggestions: Suggestion[] = suggest(match[0]).map((replacement) => ({desc: '', text: replacement, offset, endOffset, scope: 'match'}))
    return [{ruleId: match[0] === 'PIN' ? 'customer-blame' : 'shouting', offset, endOffset, suggestions} as unknown as Finding]
  }
}

describe('measureSuggestions', () => {
  it('counts findings with a suggestion, suggestions that lint clean, and the most repeated text', () => {
    // “PIN” is “fixed” by a text that still has PIN in it: not clean. SHOUT gets “shout” (clean) and nothing for the second text.
    const lint = fakeLint((word) => (word === 'PIN' ? ['the PIN', 'code'] : ['shout']))
    const measures = measureSuggestions(['a SHOUT here', 'wrong PIN', 'no finding', 'SHOUT'], lint)
    expect(measures).toMatchObject({findings: 3, withSuggestion: 3, suggestions: 4, clean: 3, mostRepeated: {text: 'shout', count: 2}})
    expect(measures.pairs[0]).toEqual({ruleId: 'shouting', scope: 'match', before: 'SHOUT', after: 'shout'})
  })

  it('does not hold a finding beside the written words against the suggestion', () => {
    // “SHOUTPIN”: fixing SHOUT leaves PIN right after it, a finding of its own; both suggestions are clean.
    const lint: Lint = (text) => [...text.matchAll(/SHOUT|PIN/g)].map((match) => ({ruleId: 'shouting', offset: match.index, endOffset: match.index + match[0].length, suggestions: [{desc: '', text: match[0] === 'PIN' ? 'pin' : 'x', offset: match.index, endOffset: match.index + match[0].length, scope: 'match'}]}) as unknown as Finding)
    expect(measureSuggestions(['SHOUTPIN'], lint)).toMatchObject({findings: 2, suggestions: 2, clean: 2})
  })

  it('counts a finding without suggestions in the share only', () => {
    const measures = measureSuggestions(['SHOUT', 'PIN'], fakeLint((word) => (word === 'PIN' ? [] : ['shout'])))
    expect(measures).toMatchObject({findings: 2, withSuggestion: 1, suggestions: 1, clean: 1})
  })

  it('prints the shares against their targets and a seeded sample', () => {
    const measures = measureSuggestions(['SHOUT', 'PIN', 'x SHOUT'], fakeLint((word) => [word.toLowerCase()]))
    const text = formatSuggestionMeasures(measures, 2, 1)
    expect(text).toContain('findings with a direct suggestion: 3 of 3 (100.0%; target ≥ 70%)')
    expect(text).toContain('suggestions that lint clean for their rule when applied: 3 of 3 (100.0%; target ≥ 95%)')
    expect(text).toContain('most repeated suggestion: 2 of 3 (66.7%; target ≤ 5%): “shout”')
    expect(text.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(2)
    expect(formatSuggestionMeasures(measures, 2, 1)).toBe(text)
  })
})
