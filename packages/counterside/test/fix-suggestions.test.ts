/**
 * The fixer keeps a replacement only where the file, extracted again, reads
 * as the copy with it: a replacement the format would need escaped is left,
 * and the others in the same file are still made.
 */
import {describe, expect, it} from 'vitest'
import {fixSuggestions} from '../src/fix-suggestions.js'
import {extractJsonCatalog} from '../src/formats/json-catalog.js'
import {extractMarkdown} from '../src/formats/markdown.js'
import type {LintMessage} from '../src/messages.js'

/** A finding at `words` (its first occurrence from `from`) suggesting `text`. */
function finding(source: string, words: string, text: string, from = 0): LintMessage {
  const start = source.indexOf(words, from)
  const place = {line: 1, column: start + 1, endLine: 1, endColumn: start + words.length + 1}
  return {ruleId: 'customer-blame', severity: 2, message: 'm', ...place, suggestions: [{desc: 'd', fix: {range: [start, start + words.length], text}, scope: 'sentence', ...place}]}
}

const json = (text: string) => extractJsonCatalog(text, 'en.json')

describe('fixSuggestions', () => {
  it('leaves a replacement that JSON would need escaped and makes the others', () => {
    const source = '{"a": "Invalid PIN.", "b": "Wrong code.", "c": "Bad card."}'
    const outcome = fixSuggestions(source, [
      finding(source, 'Invalid PIN.', 'Check the PIN and try again.'),
      finding(source, 'Wrong code.', 'Enter the "code" again.'),
      finding(source, 'Bad card.', 'Try another card.')
    ], json)
    expect(outcome.text).toBe('{"a": "Check the PIN and try again.", "b": "Wrong code.", "c": "Try another card."}')
    expect(outcome.applied.map((change) => change.after)).toEqual(['Check the PIN and try again.', 'Try another card.'])
    expect(outcome.left).toEqual([{ruleId: 'customer-blame', line: 1, column: source.indexOf('Wrong') + 1, reason: 'the replacement would need escaping in this file, or would change how it reads; make it by hand'}])
  })

  it('leaves a replacement that would turn into Markdown markup', () => {
    const source = 'Invalid PIN. Wrong code.\n'
    const outcome = fixSuggestions(source, [finding(source, 'Invalid PIN.', 'Check the *PIN* again.'), finding(source, 'Wrong code.', 'Check the code.')], extractMarkdown)
    expect(outcome.text).toBe('Invalid PIN. Check the code.\n')
  })

  it('makes a sentence rewrite as the characters that differ, so an escape elsewhere in it does not stop it', () => {
    const source = '{"note": "Say \\"HI\\" now!!!"}'
    const outcome = fixSuggestions(source, [finding(source, 'Say \\"HI\\" now!!!', 'Say "HI" now!')], json)
    expect(outcome.text).toBe('{"note": "Say \\"HI\\" now!"}')
    expect(outcome.applied.map(({before, after}) => [before, after])).toEqual([['Say \\"HI\\" now!!!', 'Say "HI" now!']])
  })

  it('skips a fix that overlaps an earlier one and one whose range is not copy', () => {
    const source = '{"Invalid PIN.": "Invalid PIN. Wrong code."}'
    const value = source.indexOf('Invalid PIN.', 5)
    const outcome = fixSuggestions(source, [
      // Narrowed to what differs, these still share “PIN”.
      finding(source, 'Invalid PIN.', 'Check the card.', value),
      finding(source, 'PIN. Wrong code.', 'Card. Wrong code.', value),
      // The key: never copy, so never fixed.
      finding(source, 'Invalid PIN.', 'Check the PIN.')
    ], json)
    expect(outcome.text).toBe('{"Invalid PIN.": "Check the card. Wrong code."}')
    expect(outcome.left.map((left) => left.reason.split(';')[0])).toEqual(['the words are not written as they read there (an escape, entity or markup inside them)', 'it overlaps another fix'])
  })
})
