/**
 * `perspective` per file in the JSON report (docs/perspective.md, docs/cli.md
 * "Output formats"): over the copy as linted (a catalog's messages, not its
 * keys), without findings a directive suppressed, null for a file not
 * linted, and kept through the cache, --quiet, baselines and merge-reports.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {byFile, runCli, runJson, type JsonResult} from './run-cli.js'

type WithPerspective = JsonResult & {perspective: {score: number | null; customer: number; seller: number; neutral: number; sentences: number} | null}

function folderWith(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-perspective-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), text)
  }

  return folder
}

const perspectiveOf = (results: JsonResult[], suffix: string) => (byFile(results, suffix) as WithPerspective | undefined)?.perspective

const seller = "We are proud to be the region's largest retailer. Our policy requires a receipt for every return. Keep yours safe.\n"

describe('perspective in the JSON report', () => {
  const folder = folderWith({
    'copy.txt': seller,
    'kind.md': '# Your order\n\nYour order is on its way. Track it any time from your account.\n',
    // The keys name the seller; only the messages count.
    'locales/en.json': JSON.stringify({our_team_we_us: 'Your order is on its way.', proud: 'We are proud to be the best store in town.'}),
    'suppressed.md': '<!-- counterside-disable we-centered -- quoted in a style guide -->\nWe are proud to be the best store in town. You can ask us anything.\n',
    'blank.txt': 'Payment successful.\n',
    'locales/broken.json': '{"a": ',
    'locales/fr/checkout.json': JSON.stringify({title: 'Votre commande est en route. Merci de votre confiance, nous vous remercions.'})
  })
  const {results} = runJson(['.'], {cwd: folder})

  it('scores each linted file, as perspectiveOf does on its text and findings', () => {
    expect(perspectiveOf(results, 'copy.txt')).toEqual({score: 20, customer: 1, seller: 2, neutral: 0, sentences: 3})
    expect(perspectiveOf(results, 'kind.md')).toEqual({score: 100, customer: 3, seller: 0, neutral: 0, sentences: 3})
    expect(perspectiveOf(results, 'blank.txt')).toEqual({score: null, customer: 0, seller: 0, neutral: 1, sentences: 1})
  })

  it('scores a catalog over its messages, one after another, not its keys', () => {
    // "Your order…" is the customer's (1); the we-centered message the seller's (1 + 1 finding).
    expect(perspectiveOf(results, 'locales/en.json')).toEqual({score: 33, customer: 1, seller: 1, neutral: 0, sentences: 2})
  })

  it('does not weigh a finding a directive suppressed', () => {
    const report = byFile(results, 'suppressed.md')!
    expect(report.suppressedMessages.map((message) => message.ruleId)).toEqual(['we-centered'])
    // “We are proud…” weighs 1 on its words, not 2; “You can ask us…” is the customer's.
    expect(perspectiveOf(results, 'suppressed.md')).toEqual({score: 50, customer: 1, seller: 1, neutral: 0, sentences: 2})
  })

  it('is null for a file that was not linted', () => {
    expect(perspectiveOf(results, 'locales/broken.json')).toBeNull()
    expect(perspectiveOf(results, 'locales/fr/checkout.json')).toBeNull()
    expect(results.every((result) => 'perspective' in result)).toBe(true)
  })

  it('keeps the perspective through the cache, --quiet and a baseline', () => {
    const cwd = folderWith({'copy.txt': seller})
    const expected = {score: 20, customer: 1, seller: 2, neutral: 0, sentences: 3}
    for (let run = 0; run < 2; run++) expect(perspectiveOf(runJson(['copy.txt', '--cache'], {cwd}).results, 'copy.txt'), `cache run ${run + 1}`).toEqual(expected)
    expect(perspectiveOf(runJson(['copy.txt', '--quiet'], {cwd}).results, 'copy.txt')).toEqual(expected)
    expect(runCli(['copy.txt', '--update-baseline'], {cwd}).code).toBe(0)
    const baselined = runJson(['copy.txt', '--baseline', '.counterside-baseline.json'], {cwd})
    expect(baselined.results[0]!.messages).toEqual([])
    expect(perspectiveOf(baselined.results, 'copy.txt')).toEqual(expected)
  })

  it('keeps it through merge-reports, and refuses a malformed one', () => {
    const cwd = folderWith({'copy.txt': seller})
    expect(runCli(['copy.txt', '--format', 'json', '-o', 'shard.json'], {cwd}).code).toBe(0)
    expect(perspectiveOf(runJson(['merge-reports', 'shard.json'], {cwd}).results, 'copy.txt')).toEqual({score: 20, customer: 1, seller: 2, neutral: 0, sentences: 3})
    const shard = JSON.parse(fs.readFileSync(path.join(cwd, 'shard.json'), 'utf8')) as WithPerspective[]
    fs.writeFileSync(path.join(cwd, 'bad.json'), JSON.stringify([{...shard[0], perspective: {score: 'high'}}]))
    const bad = runCli(['merge-reports', 'bad.json'], {cwd})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('bad.json')
    expect(bad.stderr).toContain('perspective')
  })
})
