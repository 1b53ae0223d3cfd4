/**
 * `lintText` parses only the blocks the pre-filter suspects, and hands the
 * plugin the learned layer's score of each block it parses. Neither may
 * change a finding: on corpus texts, the same findings as parsing every
 * block and letting the plugin work everything out itself.
 */
import {readCorpus} from '@counterside/lab'
import retextCounterside, {createLearnedScorer, setKnownBlock} from 'retext-counterside'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'
import {findingFromMessage} from '../src/findings.js'

const processor = unified().use(retextEnglish).use(retextCounterside, {}).freeze()
const noShift = {line: 0, offset: 0, column: 0}

/** Every block parsed, the plugin on its own: no pre-filter skip, no score handed in. */
function parsedWhole(text: string, file = new VFile(text)): string {
  processor.runSync(processor.parse(file), file)
  return JSON.stringify(file.messages.map((message) => findingFromMessage(message, text, noShift)))
}

// One block each (no blank line), every 12th text: all writers, in a few seconds.
const texts = readCorpus()
  .map((item) => item.text)
  .filter((text, index) => index % 12 === 0 && !/\n[ \t]*\n/.test(text))

describe('parse skipping', () => {
  it('finds in every corpus text what parsing every block finds', () => {
    const differ = texts.filter((text) => JSON.stringify(lintText(text)) !== parsedWhole(text))
    expect(differ).toEqual([])
    // Both paths are exercised: some texts the pre-filter skips have learned findings.
    expect(texts.some((text) => lintText(text).some((finding) => finding.message.includes('(read from')))).toBe(true)
  })

  it('reuses a score handed in only for a block of exactly that text', () => {
    const learned = createLearnedScorer({})
    const text = 'Great news: Dana just hit her monthly target thanks to your order, so the whole team gets a bonus this week.'
    const other = 'Thanks for your order.'
    const handedIn = (known: string, scoredText: string) => {
      const file = new VFile(text)
      setKnownBlock(file, {text: known, suspect: true, scored: learned(scoredText)})
      return parsedWhole(text, file)
    }

    expect(handedIn(text, text)).toBe(parsedWhole(text))
    expect(handedIn(other, other)).toBe(parsedWhole(text))
    // Handed in for this text, the score is what the plugin reports from.
    expect(handedIn(text, other)).not.toBe(parsedWhole(text))
  })
})
