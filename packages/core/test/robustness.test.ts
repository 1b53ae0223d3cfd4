import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'

// Odd input must give findings or none, never an exception, and every
// finding must point inside the text.
function checkFindings(text: string): void {
  for (const finding of lintText(text)) {
    expect(finding.offset).toBeGreaterThanOrEqual(0)
    expect(finding.endOffset).toBeLessThanOrEqual(text.length)
    expect(finding.offset).toBeLessThan(finding.endOffset)
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.column).toBeGreaterThanOrEqual(1)
  }
}

const copyWords = ['upsell', 'manager', 'approval', 'Error', '4012', 'we', 'our', 'policy', 'WAIT', 'NOW', 'failed', '!!', '{{name}}', 'null', 'you', 'wrong', 'PIN', '—', '“', '”', '\n', '\n\n', 'Congratulations', 'another', 'sold', '💰']

describe('robustness', () => {
  it('never throws on arbitrary strings, including lone surrogates', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), checkFindings), {numRuns: 300})
  })

  it('never throws on arbitrary mixes of trigger words and punctuation', () => {
    const text = fc.array(fc.constantFrom(...copyWords), {maxLength: 60}).map((words) => words.join(' '))
    fc.assert(fc.property(text, checkFindings), {numRuns: 300})
  })

  it.each([
    ['empty', ''],
    ['only emoji', '🛒💳🧾🎉💰'.repeat(50)],
    ['right-to-left text', 'شكرا لتسوقك معنا. תודה על הקנייה!'],
    ['lone surrogates', '\uD800 upsell \uDC00 manager approval \uD83D'],
    ['NUL and control characters', 'Error\u0000 4012\u0007 failed\u001B'],
    ['100,000 exclamation marks', '!'.repeat(100_000)],
    ['a 1 MB paragraph of trigger words', 'Please wait for manager approval and DO NOT LEAVE!! '.repeat(20_000)],
    // One sentence with tens of thousands of matches: quadratic pairing or
    // span building would not finish within the test timeout.
    ['one huge sentence of pairs', 'manager approval account manager must '.repeat(25_000)],
    ['one huge block of leaked values', 'null Error 4012 NaN {{x}} '.repeat(25_000)],
    ['one huge sentence of capitals', 'WAIT HERE NOW '.repeat(50_000)]
  ])('handles %s', (_name, text) => {
    checkFindings(text)
  })

  it('finds the same in a long text as in its parts (no state leaks between blocks)', () => {
    const part = 'Upsell: warranty.\n\nThanks!'
    const one = lintText(part).length
    expect(lintText(Array.from({length: 200}, () => part).join('\n\n'))).toHaveLength(one * 200)
  })
})
