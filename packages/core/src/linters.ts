/**
 * One linter per config: building the processor, the phrase tables'
 * pre-filter and the learned scorer takes tens of milliseconds, linting a
 * short string a fraction of one. A config is found by identity first, then
 * by content, so a caller that writes `lintText(text, {minConfidence: 0.8})`
 * in a loop still builds the linter once.
 */
import retextEnglish from 'retext-english'
import retextCounterside, {createLearnedScorer, createPrefilter, type LearnedBlock} from 'retext-counterside'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {validateConfig, type Config} from './config.js'

export interface Linter {
  /** Parse `file` and run the phrase tables on it; findings land in `file.messages`. */
  readonly run: (file: VFile) => void
  readonly mayFind: (text: string) => boolean
  readonly learned: (text: string) => LearnedBlock
}

function createProcessor(options: Config) {
  return unified().use(retextEnglish).use(retextCounterside, options).freeze()
}

const byIdentity = new WeakMap<Config, Linter>()
const byContent = new Map<string, Linter>()
// Enough for every config of a CLI run or an ESLint config; more would keep linters nobody asks for again.
const maxByContent = 64
let defaultLinter: Linter | undefined

export function linterFor(config: Config | undefined): Linter {
  if (!config) return (defaultLinter ??= createLinter({}))
  let linter = byIdentity.get(config)
  if (linter) return linter
  const key = contentKey(config)
  linter = byContent.get(key)
  if (!linter) {
    linter = createLinter(validateConfig(config))
    if (byContent.size >= maxByContent) byContent.delete(byContent.keys().next().value!)
    byContent.set(key, linter)
  }

  byIdentity.set(config, linter)
  return linter
}

function createLinter(config: Config): Linter {
  const {language: _language, ...options} = config
  const processor = createProcessor(options)
  return {
    run(file) {
      processor.runSync(processor.parse(file), file)
    },
    mayFind: createPrefilter(options),
    learned: createLearnedScorer(options)
  }
}

/** JSON with object keys sorted: equal configs give equal keys whatever order their keys were written in. */
function contentKey(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field) ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : field
  )
}
