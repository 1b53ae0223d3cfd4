/**
 * retext-counterside: find customer-facing copy that centres the seller.
 *
 * ```js
 * unified().use(retextEnglish).use(retextCounterside, {rules: {shouting: 'off'}})
 * ```
 */
import type {Paragraph, Root, WhiteSpace} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {} from 'vfile-message'
import {normalizePhrase} from './normalize.js'
import {Lexicon} from './lexicon.js'
import {PhraseTable, type PhraseEntry} from './phrase-table.js'
import {Prefilter} from './prefilter.js'
import {
  defaultMinConfidence,
  settingOptions,
  settingSeverity,
  type Options,
  type RuleSeverity,
  type TermEntry
} from './options.js'
import {docsUrl, ruleList} from './registry.js'
import type {Finding, Rule, RuleContext} from './rule.js'
import {spanBetween, viewBlock} from './views.js'

export type {Options, RuleOptions, RuleSetting, RuleSeverity, TermEntry} from './options.js'
export {defaultMinConfidence} from './options.js'
export type {PhraseEntry} from './phrase-table.js'
export {PhraseDataError} from './phrase-table.js'
export {patternProblem} from './pattern.js'
export type {RuleMeta, Severity} from './rule.js'
export {ruleList, ruleIds, docsUrl, type RuleId} from './registry.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** How sure the rule is that the matched words are a problem, 0–1. */
    confidence?: number | undefined
    /** `expected` can replace `actual` as it stands. */
    replace?: boolean | undefined
  }
}

interface ActiveRule {
  readonly rule: Rule
  readonly severity: Exclude<RuleSeverity, 'off'>
  readonly minConfidence: number
  readonly allow: readonly string[]
  readonly terms: PhraseTable | undefined
}

const source = 'retext-counterside'

export default function retextCounterside(options: Options = {}) {
  const active = activate(options)
  const prefilter = prefilterOf(active)

  return function (tree: Root, file: VFile): undefined {
    for (const block of blocksOf(tree)) {
      const text = block.map((node) => toString(node)).join('')
      if (prefilter.test(text)) checkBlock(block, text, file)
    }
  }

  function checkBlock(nodes: Block, text: string, file: VFile): void {
    const paragraph = viewBlock(nodes, text)
    for (const {rule, severity, minConfidence, allow, terms} of active) {
      const report = (finding: Finding): void => {
        if (finding.entry.confidence < minConfidence) return
        if (isAllowed(finding.span.value, allow)) return
        const {entry, span} = finding
        const expected = entry.expected ?? []
        const message = file.message(reason(rule, span.value, entry), {
          place: {start: span.start, end: span.end},
          ruleId: rule.meta.id,
          source
        })
        message.actual = span.value
        message.expected = [...expected]
        message.note = entry.note
        message.url = docsUrl(rule.meta.id)
        message.fatal = severity === 'error'
        message.confidence = entry.confidence
        message.replace = entry.replace === true
      }

      const context: RuleContext = {
        paragraph,
        report,
        reportMatch(sentence, match) {
          report({span: spanBetween(sentence, match.first, match.last), entry: match.entry})
        }
      }
      rule.check(context)
      if (terms) {
        for (const sentence of paragraph.sentences) {
          for (const match of terms.find(sentence)) context.reportMatch(sentence, match)
        }
      }
    }
  }
}

/**
 * A test of raw text: `false` means no rule enabled by `options` can find
 * anything in it, so callers may skip parsing it at all.
 */
export function createPrefilter(options: Options = {}): (text: string) => boolean {
  const prefilter = prefilterOf(activate(options))
  return (text) => prefilter.test(text)
}

function prefilterOf(active: readonly ActiveRule[]): Prefilter {
  const prefilter = new Prefilter()
  for (const {rule, terms} of active) {
    prefilter.add(rule.triggers)
    if (terms) prefilter.add({phrases: terms.triggers()})
  }

  return prefilter
}

type Block = Array<Paragraph | WhiteSpace>

/** Paragraphs grouped into blocks: siblings separated by a single line break stay together. */
function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = []
  visit(tree, 'ParagraphNode', (node: Paragraph, index, parent) => {
    const previous = blocks.at(-1)
    const between = parent && index !== undefined ? parent.children[index - 1] : undefined
    const joins =
      previous !== undefined &&
      between?.type === 'WhiteSpaceNode' &&
      !/\n[^\S\n]*\n/.test(between.value) &&
      parent?.children[index! - 2] === previous.at(-1)
    if (joins) previous.push(between, node)
    else blocks.push([node])
    return SKIP
  })
  return blocks
}

function activate(options: Options): ActiveRule[] {
  const settings = options.rules ?? {}
  for (const id of Object.keys(settings)) {
    if (!ruleList.some((rule) => rule.meta.id === id)) {
      throw new Error(`Unknown counterside rule \`${id}\`; expected one of: ${ruleList.map((rule) => rule.meta.id).join(', ')}`)
    }
  }

  const globalAllow = (options.allow ?? []).map(normalizePhrase)
  const active: ActiveRule[] = []
  for (const rule of ruleList) {
    const setting = settings[rule.meta.id]
    const severity = setting === undefined ? rule.meta.defaultSeverity : settingSeverity(setting)
    if (severity === 'off') continue
    const ruleOptions = settingOptions(setting)
    active.push({
      rule,
      severity,
      minConfidence: ruleOptions.minConfidence ?? options.minConfidence ?? defaultMinConfidence,
      allow: [...globalAllow, ...(ruleOptions.allow ?? []).map(normalizePhrase)],
      terms: ruleOptions.terms?.length ? termTable(rule, ruleOptions.terms) : undefined
    })
  }

  return active
}

function termTable(rule: Rule, terms: ReadonlyArray<string | TermEntry>): PhraseTable {
  const entries: PhraseEntry[] = terms.map((term) => {
    const entry = typeof term === 'string' ? {phrase: term} : term
    return {
      phrases: [entry.phrase],
      expected: entry.expected ?? [],
      note: entry.note ?? 'your team listed this phrase as one customers should not see',
      confidence: entry.confidence ?? 1
    }
  })
  return new PhraseTable(`${rule.meta.id} terms`, entries, {}, new Lexicon())
}

function reason(rule: Rule, actual: string, entry: PhraseEntry): string {
  const [first, second] = entry.expected ?? []
  const last = second ?? first ?? ''
  // No full stop after a quote that already ends a sentence (“…for help.”).
  const stop = /[.!?…]$/.test(last) ? '' : '.'
  const instead = first ? `Write something like “${first}”${second ? ` or “${second}”` : ''}${stop}` : `${rule.meta.advice}.`
  return `${rule.meta.concern(actual)}: ${entry.note}. ${instead}`
}

/** Whether the matched words are, or contain, an allowed word or phrase. */
function isAllowed(actual: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return false
  const words = ` ${normalizePhrase(actual)} `
  return allow.some((phrase) => phrase !== '' && words.includes(` ${phrase} `))
}
