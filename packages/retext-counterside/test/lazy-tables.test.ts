/**
 * Built-in phrase tables are compiled on first use, not on import: a front
 * end that imports the engine and lints nothing (`--list-rules`, a config
 * check) does not pay for the lexicon and the first-word indexes.
 */
import {describe, expect, it} from 'vitest'
import {builtinLexicon, compileBuiltinTables} from '../src/lexicon.js'
import {ruleList} from '../src/registry.js'
import {reported} from './support/lint.js'

describe('built-in phrase tables', () => {
  it('are made on import, their words in the shared lexicon only once compiled', () => {
    // Triggers come from the parsed patterns, without compiling anything.
    expect(ruleList.find((rule) => rule.meta.id === 'sales-jargon')!.triggers.phrases.some((slots) => slots[0]?.has('upsell'))).toBe(true)
    expect(builtinLexicon.lemma('upselling')).toBe('upselling')
    compileBuiltinTables()
    expect(builtinLexicon.lemma('upselling')).toBe('upsell')
  })

  it('find the inflections of their words on first use', () => {
    expect(reported('Our agents keep upselling warranties.', 'sales-jargon').map((finding) => finding.actual)).toEqual(['upselling'])
  })
})
