/**
 * Each phrase entry is one concept (“manager approval”, “not found”, “we're
 * proud of”) with its own note and its own way forward: alternatives that fit
 * every text the concept matches, or advice when none would. These tests keep
 * entries from growing back into buckets that share one canned rewrite.
 */
import {describe, expect, it} from 'vitest'
import {defaultMinConfidence} from '../src/options.js'
import {builtinTables, type RuleTable} from '../src/phrase-data.js'
import {PhraseDataError, PhraseTable, type PhraseEntry} from '../src/phrase-table.js'
import {messages} from './support/lint.js'

// Tables whose entries never reach a message: cancels (“account manager”,
// “may be unavailable”) and the partners of a pairing, whose match only
// confirms the primary's (the primary's entry speaks). They are word lists,
// not concepts, so the concept rules below do not apply to them.
const silentTables = new Set([
  'customer-blame not blame',
  'dead-end-error not failures',
  'permission-gate gates',
  'permission-gate pronoun gates',
  'permission-gate resources',
  'permission-gate timed promises',
  'pressure-selling not pressure',
  'seller-celebration cheers',
  'seller-celebration seller side',
  'stepping-away not leaving',
  'stepping-away sidelined'
])

// The largest concepts after the split hold 21 patterns (“a qualified lead”,
// “a manager or supervisor”): many spellings of one idea. The buckets they
// came from held 55 to 190 patterns of unrelated ideas; an entry past this
// bound has stopped being one concept and should be split, not grown.
const maxPatternsPerConcept = 24

// An alternative fits one concept; two entries may share one (“A team member
// will finish this for you” fits the manager fetched and the manager-only
// rule), a third means the text is canned again.
const maxEntriesPerAlternative = 2

const speaking: Array<RuleTable & {entry: PhraseEntry; name: string}> = builtinTables.flatMap(({ruleId, table}) =>
  silentTables.has(table.name) ? [] : table.entries.map((entry, index) => ({ruleId, table, entry, name: `${table.name} entry ${index + 1} (${entry.phrases[0]})`}))
)

describe('phrase concepts', () => {
  it('names only tables that exist as silent', () => {
    const names = new Set(builtinTables.map(({table}) => table.name))
    expect([...silentTables].filter((name) => !names.has(name))).toEqual([])
  })

  it(`keeps every concept to at most ${maxPatternsPerConcept} patterns`, () => {
    expect(speaking.length).toBeGreaterThan(100)
    const large = speaking.filter(({entry}) => entry.phrases.length > maxPatternsPerConcept).map(({name, entry}) => `${name}: ${entry.phrases.length}`)
    expect(large).toEqual([])
  })

  it('gives every concept alternatives or advice of its own', () => {
    expect(speaking.filter(({entry}) => !entry.expected?.length && !entry.advice).map(({name}) => name)).toEqual([])
  })

  it(`shares no alternative among more than ${maxEntriesPerAlternative} entries`, () => {
    const owners = new Map<string, string[]>()
    for (const {table} of builtinTables) {
      for (const [index, entry] of table.entries.entries()) {
        for (const text of entry.expected ?? []) owners.set(text, [...(owners.get(text) ?? []), `${table.name} entry ${index + 1}`])
      }
    }

    expect([...owners].filter(([, entries]) => entries.length > maxEntriesPerAlternative)).toEqual([])
  })

  // An alternative the rule would flag again is no way forward.
  for (const {ruleId, entry, name} of speaking) {
    for (const text of entry.expected ?? []) {
      it(`${name}: “${text}” lints clean for ${ruleId}`, () => {
        const found = messages(text, {minConfidence: Math.min(defaultMinConfidence, entry.confidence)}).filter((message) => message.ruleId === ruleId)
        expect(found.map((message) => message.actual)).toEqual([])
      })
    }
  }
})

describe('advice', () => {
  const entry = (advice: string): PhraseEntry => ({phrases: ['widget'], note: 'a note', confidence: 1, advice})

  it('is accepted as one finished sentence', () => {
    expect(() => new PhraseTable('advice ok', [entry('Say what works instead.')])).not.toThrow()
  })

  it.each(['say what works instead.', 'Say what works instead', 'Say what works instead. ', ' Say what works instead.'])('is rejected when not a sentence: %j', (advice) => {
    expect(() => new PhraseTable('advice bad', [entry(advice)])).toThrow(PhraseDataError)
  })

  const entryWith = (ruleId: string, pattern: string): PhraseEntry => {
    const found = builtinTables.filter((table) => table.ruleId === ruleId).flatMap(({table}) => table.entries).find((candidate) => candidate.phrases.includes(pattern))
    if (!found) throw new Error(`no ${ruleId} entry holds ${pattern}`)
    return found
  }

  // Rules with rewrite templates (dead ends, blame, permission, shouting) quote a rewrite fitted to the text instead; these two do not.
  it('is what the message says when the concept has no alternative', () => {
    const record = entryWith('seller-celebration', 'record-breaking')
    expect(record.expected).toBeUndefined()
    const [message] = messages('A record-breaking day for our store!').filter((found) => found.ruleId === 'seller-celebration')
    expect(message?.reason).toBe(`“record-breaking” celebrates the seller’s win: ${record.note}. ${record.advice}`)
  })

  it('gives way to the concept’s own alternative', () => {
    const pipeline = entryWith('sales-jargon', 'sales pipeline')
    const [message] = messages('You’re now in our sales pipeline.').filter((found) => found.ruleId === 'sales-jargon')
    expect(message?.reason).toContain(`${pipeline.note}. Write something like “${pipeline.expected![0]}”`)
    expect(message?.expected).toEqual(pipeline.expected)
  })
})
