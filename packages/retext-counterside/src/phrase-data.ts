/**
 * The built-in phrase data, and every table's matches in a parsed text: for
 * tools that review the data (the evidence report, the data tests). Linting
 * does not need this module.
 */
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {blocksOf} from './blocks.js'
import type {PhraseEntry, PhraseTable} from './phrase-table.js'
import {ruleList} from './registry.js'
import {spanBetween, viewBlock} from './views.js'

export interface RuleTable {
  readonly ruleId: string
  readonly table: PhraseTable
}

export interface TableMatch extends RuleTable {
  readonly entry: PhraseEntry
  /** The pattern as written in the data. */
  readonly pattern: string
  /** The matched words. */
  readonly actual: string
}

/** Every rule's tables, in rule order. */
export const builtinTables: readonly RuleTable[] = ruleList.flatMap((rule) => rule.tables.map((table) => ({ruleId: rule.meta.id, table})))

/**
 * What each table matches in `tree`, sentence by sentence, before any rule
 * logic (pairing, cancelling, the learned layer) decides what is reported.
 */
export function tableMatches(tree: Root): TableMatch[] {
  const found: TableMatch[] = []
  for (const block of blocksOf(tree)) {
    const text = block.map((node) => toString(node)).join('')
    for (const sentence of viewBlock(block, text).sentences) {
      for (const {ruleId, table} of builtinTables) {
        for (const match of table.find(sentence)) {
          found.push({ruleId, table, entry: match.entry, pattern: match.pattern, actual: spanBetween(sentence, match.first, match.last).value})
        }
      }
    }
  }

  return found
}
