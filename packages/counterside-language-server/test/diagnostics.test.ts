/** A diagnostic carries each suggestion with its own range, so a sentence rewrite replaces the sentence, not the flagged words. */
import type {LintMessage} from 'counterside'
import {describe, expect, it} from 'vitest'
import {toDiagnostic} from '../src/diagnostics.js'

describe('toDiagnostic', () => {
  it('gives each suggestion its own LSP range', () => {
    // “Invalid PIN” flagged in “Invalid PIN. Sorry.” on line 3; the rewrite covers “Invalid PIN.” (columns 1–13).
    const message: LintMessage = {
      ruleId: 'customer-blame', severity: 2, message: 'blames', line: 3, column: 1, endLine: 3, endColumn: 12,
      suggestions: [{desc: 'Rewrite', fix: {range: [20, 32], text: 'Check the PIN and try again.'}, scope: 'sentence', line: 3, column: 1, endLine: 3, endColumn: 13}]
    }
    const diagnostic = toDiagnostic(message)
    expect(diagnostic.range).toEqual({start: {line: 2, character: 0}, end: {line: 2, character: 11}})
    expect(diagnostic.data).toEqual({suggestions: [{desc: 'Rewrite', text: 'Check the PIN and try again.', range: {start: {line: 2, character: 0}, end: {line: 2, character: 12}}}]})
  })
})
