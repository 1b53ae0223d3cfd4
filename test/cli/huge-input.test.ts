/**
 * Huge inputs finish, and their findings land on the right lines and
 * columns. The sizes are chosen so that a quadratic regression (micromark
 * on many lists and quotes, parse-latin on one long block) would take many
 * minutes and fail on the test timeout; speed itself is measured in
 * scripts/bench/huge-input.js.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brief, runJson} from './run-cli.js'

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'counterside-huge-'))
afterAll(() => fs.rmSync(directory, {recursive: true, force: true}))

describe('huge input', () => {
  it('lints 300 KB of Markdown with lists and quotes between paragraphs, findings in place', () => {
    const section = 'Thanks for your order.\n\n- an item\n\n> a quote\n\n'
    const repeats = 6_000
    const trigger = 'Upsell: warranty.\n'
    fs.writeFileSync(path.join(directory, 'page.md'), `${trigger}\n${section.repeat(repeats)}\`\`\`\n${trigger}\n\`\`\`\n\n${trigger}`)
    const {code, results} = runJson(['page.md'], {cwd: directory})
    expect(code).toBe(1)
    // Lines: the trigger and a blank, six per section, the fence (four lines) and a blank; the one in the fence is code.
    const last = 2 + 6 * repeats + 5 + 1
    expect(brief(results[0])).toEqual(['sales-jargon@1:1-1:7', `sales-jargon@${last}:1-${last}:7`])
  })

  it('lints a 1 MB line of hyphenated words, findings at their columns', () => {
    const filler = 'thanks for the check-in, '.repeat(40_000)
    fs.writeFileSync(path.join(directory, 'line.txt'), `Upsell ${filler}upsell`)
    const {code, results} = runJson(['line.txt'], {cwd: directory})
    expect(code).toBe(1)
    expect(brief(results[0])).toEqual(['sales-jargon@1:1-1:7', `sales-jargon@1:${8 + filler.length}-1:${14 + filler.length}`])
  })
})
