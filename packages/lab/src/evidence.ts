/**
 * `pnpm evidence`: what each phrase-table pattern matches in the labelled
 * corpus and the real catalogs, so patterns that memorise one sentence (or
 * match nothing) are seen and retired. The frozen split is never read.
 *
 * A pattern's evidence is the corpus lines it matches: *hits* where the line
 * is labelled with the pattern's rule, *misfires* where it is not. Lines from
 * writers the tables were tuned to count apart from the independent writers,
 * whose hits are what leave-one-writer-out can credit.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {builtinTables, tableMatches} from 'retext-counterside/phrase-data'
import type {CorpusCase} from './corpus.js'
import {loadSources, tunedWriters} from './model/pipeline.js'

export interface PatternEvidence {
  readonly ruleId: string
  readonly table: string
  readonly pattern: string
  /** Labelled lines matched, by writer group. */
  readonly tunedHits: number
  readonly untunedHits: number
  /** Lines matched that are not labelled with the rule (partial lines excepted). */
  readonly misfires: number
  /** Real catalog strings matched, and of those reviewed as breaking the rule. */
  readonly catalogMatches: number
  readonly catalogHits: number
}

// Tables that cancel or pair: their matches alone report nothing, so a
// "misfire" there is expected; the report lists them apart.
const helperTable = /\b(?:not|resources|cheers|seller side|sidelined|gates|timed promises)\b/

export function collectEvidence(): PatternEvidence[] {
  const {cases, catalog} = loadSources()
  const evidence = new Map<string, {ruleId: string; table: string; pattern: string; tunedHits: number; untunedHits: number; misfires: number; catalogMatches: number; catalogHits: number}>()
  for (const {ruleId, table} of builtinTables) {
    for (const entry of table.entries) {
      for (const pattern of entry.phrases) {
        evidence.set(keyOf(table.name, pattern), {ruleId, table: table.name, pattern, tunedHits: 0, untunedHits: 0, misfires: 0, catalogMatches: 0, catalogHits: 0})
      }
    }
  }

  const processor = unified().use(retextEnglish)
  const patternsIn = (text: string) => new Set(tableMatches(processor.parse(text)).map((match) => keyOf(match.table.name, match.pattern)))
  for (const item of cases.filter((item: CorpusCase) => !item.frozen)) {
    for (const key of patternsIn(item.text)) {
      const record = evidence.get(key)!
      const labelled = (item.expect as readonly string[]).includes(record.ruleId)
      if (labelled && tunedWriters.has(item.writer)) record.tunedHits++
      else if (labelled) record.untunedHits++
      else if (!item.partial) record.misfires++
    }
  }

  for (const string of catalog) {
    for (const key of patternsIn(string.text)) {
      const record = evidence.get(key)!
      record.catalogMatches++
      if ((string.expect as readonly string[]).includes(record.ruleId)) record.catalogHits++
    }
  }

  return [...evidence.values()]
}

/** A pattern that shows nothing general: one labelled line at most, none from an independent writer. */
export function isUnsupported(record: PatternEvidence): boolean {
  return record.untunedHits === 0 && record.catalogHits === 0 && record.tunedHits <= 1
}

export function isHelperTable(table: string): boolean {
  return helperTable.test(table)
}

function keyOf(table: string, pattern: string): string {
  return `${table}\u0000${pattern}`
}

function main(): void {
  const list = process.argv.includes('--list')
  const records = collectEvidence()
  const reporting = records.filter((record) => !isHelperTable(record.table))
  console.log(`phrase evidence — ${reporting.length} reporting patterns (+${records.length - reporting.length} in pairing and cancelling tables); frozen split not read`)
  const columns = ['patterns', 'none', 'one-line', 'unsupported', 'indep.hits', 'misfire-only', 'catalog-misfires']
  console.log(['rule'.padEnd(20), ...columns].join('  '))
  const rules = [...new Set(reporting.map((record) => record.ruleId))]
  for (const ruleId of rules) {
    const mine = reporting.filter((record) => record.ruleId === ruleId)
    const none = mine.filter((record) => record.tunedHits + record.untunedHits === 0)
    const one = mine.filter((record) => record.tunedHits + record.untunedHits === 1)
    const unsupported = mine.filter(isUnsupported)
    const independent = mine.filter((record) => record.untunedHits > 0)
    const misfireOnly = mine.filter((record) => record.misfires > 0 && record.tunedHits + record.untunedHits === 0)
    const catalogMisfires = mine.reduce((sum, record) => sum + record.catalogMatches - record.catalogHits, 0)
    const counts = [mine.length, none.length, one.length, unsupported.length, independent.length, misfireOnly.length, catalogMisfires]
    console.log([ruleId.padEnd(20), ...counts.map((count, index) => String(count).padStart(columns[index]!.length))].join('  '))
  }

  if (!list) {
    console.log('\n(--list prints every unsupported pattern)')
    return
  }

  for (const record of reporting.filter(isUnsupported)) {
    console.log(`${record.table}\t${record.pattern}\thits ${record.tunedHits}\tmisfires ${record.misfires}\tcatalog ${record.catalogMatches}`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
