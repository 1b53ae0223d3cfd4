/**
 * The few real catalog strings that do break a rule. A reviewer, briefed
 * with the rule descriptions only, labelled every string that the phrase
 * tables or an out-of-fold model flagged; unlisted strings count as
 * customer-centred. Kept in the corpus as `catalogs/labels.jsonl`.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ruleIds, type RuleId} from 'retext-counterside'
import {CorpusError} from './corpus.js'

export const catalogLabelsPath = fileURLToPath(new URL('../../retext-counterside/corpus/catalogs/labels.jsonl', import.meta.url))

/** Rules by `labelKey(package, text)`. */
export type CatalogLabels = ReadonlyMap<string, readonly RuleId[]>

export function labelKey(name: string, text: string): string {
  return `${name}\u0000${text}`
}

const known = new Set<string>(ruleIds)

export function readCatalogLabels(path = catalogLabelsPath): CatalogLabels {
  const labels = new Map<string, RuleId[]>()
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return
      const where = `${path}:${index + 1}`
      let value: {package?: unknown; text?: unknown; expect?: unknown}
      try {
        value = JSON.parse(line) as typeof value
      } catch (error) {
        throw new CorpusError(`${where}: not JSON (${(error as Error).message})`)
      }

      const {package: name, text, expect} = value
      if (typeof name !== 'string' || typeof text !== 'string') throw new CorpusError(`${where}: \`package\` and \`text\` must be strings`)
      if (!Array.isArray(expect) || !expect.every((rule) => typeof rule === 'string' && known.has(rule))) {
        throw new CorpusError(`${where}: \`expect\` must be an array of rule ids`)
      }

      labels.set(labelKey(name, text), expect as RuleId[])
    })
  return labels
}
