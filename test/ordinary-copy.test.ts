import {readFileSync} from 'node:fs'
import {lintText} from '@counterside/core'
import {describe, expect, it} from 'vitest'

// Hundreds of everyday shop, POS, kiosk, banking and app strings, many with
// trigger words (manager, approved, invalid, only, our, failed, congrats).
// A finding on any of them is a false positive a real user would see.
const lines = readFileSync(new URL('fixtures/ordinary-copy.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))

describe('ordinary customer-facing copy', () => {
  it('has a few hundred strings to check', () => {
    expect(lines.length).toBeGreaterThan(200)
  })

  it('produces no findings on any of it', () => {
    const flagged = lines.flatMap((line) => lintText(line).map((finding) => `${finding.ruleId}: “${finding.actual}” in “${line}”`))
    expect(flagged).toEqual([])
  })
})
