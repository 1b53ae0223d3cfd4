/**
 * `lintText`: synchronous, no IO. Text is split into blank-line separated
 * blocks (retext's paragraphs). The learned scorer reads every block from a
 * cheap tokenisation; only a block the phrase tables' pre-filter suspects is
 * parsed, which is what keeps ordinary copy cheap. A block too long to
 * parse in linear time is linted in pieces (see `long-blocks.ts`).
 */
import {maskPlaceholders, setKnownBlock} from 'retext-counterside'
import {VFile} from 'vfile'
import type {Config} from './config.js'
import {linterFor} from './linters.js'
import {findingFromLearned, findingFromMessage, type Finding} from './findings.js'
import {maxBlockLength, pieces} from './long-blocks.js'
import {withPlaceholdersKept} from './placeholder-suggestions.js'

const blockBreak = /\n[ \t]*\n/g

export interface LintOptions {
  /**
   * `values` when the text is a catalog message or a code string: i18n
   * placeholders (`{name}`, `%s`, ICU plural syntax…) are filled in before a
   * customer reads it. `text` (the default) for rendered copy, where an
   * unfilled `{{first_name}}` is what the customer sees.
   */
  readonly placeholders?: 'text' | 'values'
}

/** Lint one string of customer-facing copy. Never throws on odd input. */
export function lintText(original: string, config?: Config, options: LintOptions = {}): Finding[] {
  return lintBlocks(original, config, options, maxBlockLength)
}

/** `lintText` with the longest piece parsed at once as a parameter, for tests. */
export function lintBlocks(original: string, config: Config | undefined, options: LintOptions, maxPiece: number): Finding[] {
  const linter = linterFor(config)
  // Masked with spaces of the same length: offsets still point into `original`.
  const text = options.placeholders === 'values' ? maskPlaceholders(original) : original
  const findings: Finding[] = []
  // `line` is the 0-based line `position` is on, which starts at `lineStart`;
  // pieces come in order, so counting is linear.
  let line = 0
  let lineStart = 0
  let position = 0
  const lintPiece = (start: number, end: number): void => {
    for (let index = position; index < start; index++) {
      if (text.charCodeAt(index) !== 10) continue
      line++
      lineStart = index + 1
    }

    position = start
    const block = text.slice(start, end)
    const shift = {line, offset: start, column: start - lineStart}
    const scored = linter.learned(block)
    if (linter.mayFind(block)) {
      // Parsed: the plugin runs the phrase tables and merges the learned findings in, reusing this score.
      const file = new VFile(block)
      setKnownBlock(file, {text: block, suspect: true, scored})
      linter.run(file)
      for (const message of file.messages) findings.push(findingFromMessage(message, block, shift))
    } else {
      // Nothing for the phrase tables: only the learned layer, on the raw text, unparsed.
      for (const finding of scored.findings) findings.push(findingFromLearned(finding, block, shift))
    }
  }

  const lint = (start: number, end: number): void => {
    for (const [from, to] of pieces(text, start, end, maxPiece)) lintPiece(from, to)
  }

  let start = 0
  for (const match of text.matchAll(blockBreak)) {
    lint(start, match.index)
    start = match.index + match[0].length
  }

  lint(start, text.length)
  // Suggestions were made from the masked text: their placeholders are put back, or the suggestion dropped.
  return text === original ? findings : findings.map((finding) => withPlaceholdersKept({...finding, actual: original.slice(finding.offset, finding.endOffset)}, original, text))
}
