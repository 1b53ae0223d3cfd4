/**
 * Every phrase entry carries its own examples and counter-examples, and they
 * behave: an example is matched by the entry and fires the rule; a
 * counter-example (the same words, customer-centred) fires nothing of the
 * rule (hedged entries are linted at their own confidence). Entries of cancelling tables (“not blame”, “resources”, …) carry
 * counter-examples only: copy where the cancel keeps the rule silent.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {defaultMinConfidence} from '../src/options.js'
import {builtinTables, tableMatches} from '../src/phrase-data.js'
import {messages} from './support/lint.js'

const cancelling = /\b(?:not|resources|timed promises)\b/
const parse = (text: string) => unified().use(retextEnglish).parse(text)
// Hedged entries (below the default minConfidence) are linted with the cut-off lowered to theirs.
const fires = (text: string, ruleId: string, confidence: number) =>
  messages(text, {minConfidence: Math.min(defaultMinConfidence, confidence)}).some((message) => message.ruleId === ruleId)

for (const {ruleId, table} of builtinTables) {
  describe(table.name, () => {
    for (const [index, entry] of table.entries.entries()) {
      const name = `entry ${index + 1} (${entry.phrases[0]})`
      const cancels = cancelling.test(table.name)
      it(`${name}: has ${cancels ? 'counter-examples' : 'examples and counter-examples'}`, () => {
        if (!cancels) expect(entry.examples?.length ?? 0).toBeGreaterThan(0)
        expect(entry.counterExamples?.length ?? 0).toBeGreaterThan(0)
      })

      for (const example of entry.examples ?? []) {
        it(`${name} flags: ${example}`, () => {
          expect(tableMatches(parse(example)).some((match) => match.table === table && match.entry === entry)).toBe(true)
          expect(fires(example, ruleId, entry.confidence)).toBe(true)
        })
      }

      for (const counter of entry.counterExamples ?? []) {
        it(`${name} leaves alone: ${counter}`, () => {
          expect(fires(counter, ruleId, entry.confidence)).toBe(false)
        })
      }
    }
  })
}
