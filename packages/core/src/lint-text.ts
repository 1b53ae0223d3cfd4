/**
 * `lintText`: synchronous, no IO. Text is split into blank-line separated
 * blocks (retext's paragraphs). The learned scorer reads every block from a
 * cheap tokenisation; only a block the phrase tables' pre-filter suspects is
 * parsed, which is what keeps ordinary copy cheap.
 */
import retextEnglish from 'retext-english'
import retextCounterside, {createLearnedScorer, createPrefilter, maskPlaceholders, type LearnedBlock} from 'retext-counterside'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {validateConfig, type Config} from './config.js'
import {findingFromLearned, findingFromMessage, type Finding} from './findings.js'

interface Linter {
  readonly processor: ReturnType<typeof createProcessor>
  readonly mayFind: (text: string) => boolean
  readonly learned: (text: string) => LearnedBlock
}

function createProcessor(options: Config) {
  return unified().use(retextEnglish).use(retextCounterside, options).freeze()
}

// Built once per config object: phrase tables and processors are costly to
// make and free to reuse.
const linters = new WeakMap<Config, Linter>()
let defaultLinter: Linter | undefined

function linterFor(config: Config | undefined): Linter {
  if (!config) return (defaultLinter ??= createLinter({}))
  let linter = linters.get(config)
  if (!linter) {
    linter = createLinter(validateConfig(config))
    linters.set(config, linter)
  }

  return linter
}

function createLinter(config: Config): Linter {
  const {language: _language, ...options} = config
  return {
    processor: createProcessor(options),
    mayFind: createPrefilter(options),
    learned: createLearnedScorer(options)
  }
}

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
  const linter = linterFor(config)
  // Masked with spaces of the same length: offsets still point into `original`.
  const text = options.placeholders === 'values' ? maskPlaceholders(original) : original
  const findings: Finding[] = []
  let start = 0
  let line = 0
  const lint = (end: number): void => {
    const block = text.slice(start, end)
    if (linter.mayFind(block)) {
      // Parsed: the plugin runs both layers and merges them.
      const file = new VFile(block)
      linter.processor.runSync(linter.processor.parse(file), file)
      for (const message of file.messages) findings.push(findingFromMessage(message, {line, offset: start}))
    } else {
      // Nothing for the phrase tables: only the learned layer, on the raw text, unparsed.
      for (const finding of linter.learned(block).findings) findings.push(findingFromLearned(finding, block, {line, offset: start}))
    }
  }

  for (const match of text.matchAll(blockBreak)) {
    const end = match.index
    lint(end)
    const next = end + match[0].length
    line += countLines(text, start, next)
    start = next
  }

  lint(text.length)
  return text === original ? findings : findings.map((finding) => ({...finding, actual: original.slice(finding.offset, finding.endOffset)}))
}

function countLines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) count++
  return count
}
