import {readdirSync, readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {builtinTables, tableMatches} from '../src/phrase-data.js'

const phraseDirectory = new URL('../src/phrases/', import.meta.url)
const files = readdirSync(phraseDirectory).filter((name) => name.endsWith('.ts'))
const sources = files.map((name) => readFileSync(new URL(name, phraseDirectory), 'utf8'))
// Lines holding exactly one quoted pattern (and nothing else) in the data files.
const patternLines = new Set(sources.flatMap((source) => source.split('\n').flatMap((line) => /^\s*(['"])(.*)\1,?$/.exec(line)?.[2] ?? [])))

describe('phrase data', () => {
  it('lists every pattern on a line of its own, so a diff shows each one added or retired', () => {
    const patterns = builtinTables.flatMap(({table}) => table.entries.flatMap((entry) => entry.phrases))
    expect(patterns.length).toBeGreaterThan(100)
    expect(patterns.filter((pattern) => !patternLines.has(pattern))).toEqual([])
  })

  it('keeps lines short enough to read in a review', () => {
    const long = files.flatMap((name, index) => sources[index]!.split('\n').flatMap((line, number) => (line.length > 160 ? [`${name}:${number + 1}`] : [])))
    expect(long).toEqual([])
  })

  it('names the table and the pattern behind each match', () => {
    const matches = tableMatches(unified().use(retextEnglish).parse('Please wait for manager approval.'))
    expect(matches.map(({ruleId, table, actual}) => [ruleId, table.name, actual])).toEqual([
      ['permission-gate', 'permission-gate authorities', 'manager'],
      ['permission-gate', 'permission-gate gates', 'wait for'],
      ['permission-gate', 'permission-gate gates', 'approval']
    ])
    expect(matches.every(({table, entry, pattern}) => table.entries.includes(entry) && entry.phrases.includes(pattern))).toBe(true)
  })
})
