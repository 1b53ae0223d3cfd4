/**
 * The Wrong and Right examples of each rule's doc page (`docs/rules/<id>.md`):
 * the project's own statement of what a rule means. A test lints them, and
 * training reads them as cases of writer `docs` (a wrong one is labelled
 * with its rule only, so other rules are unknown there).
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ruleIds, type RuleId} from 'retext-counterside'
import type {CorpusCase} from './corpus.js'

const docsDirectory = fileURLToPath(new URL('../../../docs/rules/', import.meta.url))

/** Lines of the fenced block under `### <heading>` in a rule page. */
export function docExamples(page: string, heading: 'Wrong' | 'Right'): string[] {
  const section = page.split(`### ${heading}\n`)[1] ?? ''
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block.split('\n').filter((line) => line.trim() !== '')
}

export function readDocCases(): CorpusCase[] {
  const cases: CorpusCase[] = []
  for (const rule of ruleIds) {
    const path = `${docsDirectory}${rule}.md`
    if (!existsSync(path)) continue
    const page = readFileSync(path, 'utf8')
    const add = (text: string, index: number, expect: RuleId[], kind: string): void => {
      cases.push({id: `docs-${rule}-${kind}-${index + 1}`, text, expect, writer: 'docs', batch: 'docs', setting: 'unknown', note: `docs/rules/${rule}.md ${kind} example`, partial: expect.length > 0, frozen: false})
    }

    docExamples(page, 'Wrong').forEach((text, index) => add(text, index, [rule], 'wrong'))
    // Right examples are written as customer-centred copy: no rule may fire.
    docExamples(page, 'Right').forEach((text, index) => add(text, index, [], 'right'))
  }

  return cases
}
