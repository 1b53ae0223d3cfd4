/**
 * `lintText`: synchronous, no IO. Text is split into blank-line separated
 * blocks (retext's paragraphs); a block no enabled rule can fire on is never
 * parsed, which is what makes ordinary copy cheap.
 */
import retextEnglish from 'retext-english'
import retextCounterside, {createPrefilter} from 'retext-counterside'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {validateConfig, type Config} from './config.js'
import {findingFromMessage, type Finding} from './findings.js'

interface Linter {
  readonly processor: ReturnType<typeof createProcessor>
  readonly mayFind: (text: string) => boolean
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
    mayFind: createPrefilter(options)
  }
}

const blockBreak = /\n[ \t]*\n/g

/** Lint one string of customer-facing copy. Never throws on odd input. */
export function lintText(text: string, config?: Config): Finding[] {
  const linter = linterFor(config)
  const findings: Finding[] = []
  let start = 0
  let line = 0
  const lint = (end: number): void => {
    const block = text.slice(start, end)
    if (linter.mayFind(block)) {
      const file = new VFile(block)
      linter.processor.runSync(linter.processor.parse(file), file)
      for (const message of file.messages) findings.push(findingFromMessage(message, {line, offset: start}))
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
  return findings
}

function countLines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) count++
  return count
}
