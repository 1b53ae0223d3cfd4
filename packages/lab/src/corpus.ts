/**
 * The labelled corpus: JSON Lines under `packages/retext-counterside/corpus/`,
 * one file per writer (`frozen/` holds the writers nothing is ever trained,
 * tuned or written against). Read and checked here, once, for every test and
 * script that needs it.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ruleIds, type RuleId} from 'retext-counterside'

export const corpusDirectory = fileURLToPath(new URL('../../retext-counterside/corpus/', import.meta.url))

export interface CorpusCase {
  readonly id: string
  readonly text: string
  /** Rules that must fire; `[]` for copy no rule may flag. */
  readonly expect: readonly RuleId[]
  readonly writer: string
  readonly batch: string
  readonly setting: string
  readonly note: string
  /** Only `expect` is labelled: other rules are unknown, not absent (old single-rule fixtures). */
  readonly partial?: boolean
  /** From the frozen split: scored, never trained, tuned or written against. */
  readonly frozen: boolean
}

export class CorpusError extends Error {
  override name = 'CorpusError'
}

const required = ['id', 'text', 'expect', 'writer', 'batch', 'setting', 'note'] as const
const known = new Set<string>(ruleIds)

export function readCorpus(directory = corpusDirectory): CorpusCase[] {
  const cases: CorpusCase[] = []
  const files = [
    ...jsonlFiles(directory).map((file) => ({path: join(directory, file), frozen: false})),
    ...jsonlFiles(join(directory, 'frozen')).map((file) => ({path: join(directory, 'frozen', file), frozen: true}))
  ]
  const seen = new Set<string>()
  for (const {path, frozen} of files) {
    const lines = readFileSync(path, 'utf8').split('\n')
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      const where = `${path}:${index + 1}`
      const item = parseCase(line, where)
      if (seen.has(item.id)) throw new CorpusError(`${where}: duplicate id \`${item.id}\``)
      seen.add(item.id)
      cases.push({...item, frozen})
    })
  }

  return cases
}

function jsonlFiles(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

function parseCase(line: string, where: string): Omit<CorpusCase, 'frozen'> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new CorpusError(`${where}: not JSON (${(error as Error).message})`)
  }

  if (typeof value !== 'object' || value === null) throw new CorpusError(`${where}: expected an object`)
  const record = value as Record<string, unknown>
  for (const key of required) {
    if (!(key in record)) throw new CorpusError(`${where}: missing \`${key}\``)
  }

  for (const key of ['id', 'text', 'writer', 'batch', 'setting', 'note'] as const) {
    if (typeof record[key] !== 'string') throw new CorpusError(`${where}: \`${key}\` must be a string`)
  }

  const expect = record['expect']
  if (!Array.isArray(expect)) throw new CorpusError(`${where}: \`expect\` must be an array of rule ids`)
  for (const rule of expect) {
    if (typeof rule !== 'string' || !known.has(rule)) throw new CorpusError(`${where}: unknown rule \`${String(rule)}\` in \`expect\``)
  }

  if (new Set(expect).size !== expect.length) throw new CorpusError(`${where}: a rule is listed twice in \`expect\``)
  return record as unknown as Omit<CorpusCase, 'frozen'>
}
