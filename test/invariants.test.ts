/**
 * What ties the pieces together: every rule in the registry has its rule
 * file, its test file and its doc page; the page's description is the
 * registry's, its wrong examples fire the rule and its right ones don't;
 * the README's rule table is the generated one.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {lintText, rules} from '@counterside/core'
import {docExamples} from '@counterside/lab'
import {describe, expect, it} from 'vitest'
import {renderRuleTable, withRuleTable} from '../scripts/readme-rules.js'

const root = new URL('../', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')
const ids = rules.map((rule) => rule.id as string)
const baseNames = (path: string, suffix: string): string[] =>
  readdirSync(new URL(path, root))
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort()


describe('rule invariants', () => {
  it('has exactly one rule file, test file and doc page per registry rule', () => {
    const sorted = [...ids].sort()
    expect(baseNames('packages/retext-counterside/src/rules/', '.ts')).toEqual(sorted)
    expect(baseNames('packages/retext-counterside/test/rules/', '.test.ts')).toEqual(sorted)
    expect(baseNames('docs/rules/', '.md').filter((name) => name !== 'README')).toEqual(sorted)
  })

  describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const page = existsSync(new URL(`docs/rules/${id}.md`, root)) ? read(`docs/rules/${id}.md`) : ''

    it('has a doc page titled by its id, whose description is the registry’s', () => {
      const [title, , description] = page.split('\n')
      expect(title).toBe(`# ${id}`)
      expect(description).toBe(rule.description)
    })

    it('links to its doc page', () => {
      expect(rule.url.endsWith(`/docs/rules/${id}.md`)).toBe(true)
    })

    it('fires on every wrong example of its page', () => {
      const wrong = docExamples(page, 'Wrong')
      expect(wrong.length).toBeGreaterThanOrEqual(3)
      const missed = wrong.filter((line) => !lintText(line).some((finding) => finding.ruleId === id))
      expect(missed).toEqual([])
    })

    it('stays silent on every right example of its page', () => {
      const right = docExamples(page, 'Right')
      expect(right.length).toBeGreaterThanOrEqual(3)
      const flagged = right.filter((line) => lintText(line).some((finding) => finding.ruleId === id))
      expect(flagged).toEqual([])
    })
  })

  it('keeps the README rule table generated from the registry (run `pnpm generate`)', () => {
    const readme = read('README.md')
    expect(withRuleTable(readme, renderRuleTable(rules))).toBe(readme)
  })
})
