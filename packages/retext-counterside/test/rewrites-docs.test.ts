import {readFileSync} from 'node:fs'
import {rules} from '@counterside/core'
import {describe, expect, it} from 'vitest'
import {renderRewriteTable, withRewriteTable} from '../../../scripts/rule-rewrites.js'
import {templateFamilies} from '../src/rewrites/index.js'

const page = (id: string): string => readFileSync(new URL(`../../../docs/rules/${id}.md`, import.meta.url), 'utf8')

describe('rule pages: the generated table of rewrite shapes', () => {
  it.each(rules.map((rule) => rule.id))('%s shows the current table (run `pnpm generate`)', (id) => {
    expect(withRewriteTable(page(id), renderRewriteTable(id))).toBe(page(id))
  })

  it('shows a suggestion for every shape’s example', () => {
    for (const family of templateFamilies) expect(renderRewriteTable(family.ruleId)).not.toContain('(none)')
  })
})
