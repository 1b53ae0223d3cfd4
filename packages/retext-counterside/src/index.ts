/**
 * retext-counterside: find customer-facing copy that centres the seller.
 *
 * ```js
 * unified().use(retextEnglish).use(retextCounterside, {rules: {shouting: 'off'}})
 * ```
 */
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {activate, isAllowed, type ActiveRule} from './active-rules.js'
import {blocksOf} from './blocks.js'
import type {PhraseEntry} from './phrase-table.js'
import {Prefilter} from './prefilter.js'
import type {Options} from './options.js'
import {docsUrl} from './registry.js'
import type {Finding, Rule, RuleContext} from './rule.js'
import {createLearnedLayer, nothing, type LayerFinding, type LearnedBlock} from './learned.js'
import type {FailureKind} from './features/failure-kind.js'
import type {WayForward} from './rewrites/index.js'
import {concernWithKind, suggestionsOf, withBlanksAround, writeInstead} from './suggestions.js'
import {spanBetween, spanOfText, textOffsetOf, viewBlock, type ParagraphView} from './views.js'

export type {Options, RuleOptions, RuleSetting, RuleSeverity, TermEntry} from './options.js'
export {defaultMinConfidence} from './options.js'
export type {PhraseEntry} from './phrase-table.js'
export {PhraseDataError} from './phrase-table.js'
export {patternProblem} from './pattern.js'
export type {RuleMeta, Severity} from './rule.js'
export {ruleList, ruleIds, docsUrl, type RuleId} from './registry.js'
export {suggestingRules} from './suggesting-rules.js'
export {failureKinds, type FailureKind} from './features/failure-kind.js'
export {rewritesFor, templateFamilies, type Channel, type Rewrite, type RewriteInput, type TemplateFamily, type WayForward} from './rewrites/index.js'

/**
 * What a front end has already worked out for a block it hands to the
 * parser, with `createPrefilter` and `createLearnedScorer` under the same
 * options: the plugin reuses both for a block of exactly this text.
 */
export interface KnownBlock {
  readonly text: string
  readonly suspect: boolean
  readonly scored: LearnedBlock
}

// A key of `file.data`, not a typed augmentation of it: two builds of this package in one program would declare it twice.
const knownBlockKey = 'countersideKnownBlock'

export function setKnownBlock(file: VFile, known: KnownBlock): void {
  file.data[knownBlockKey] = known
}

function knownBlockOf(file: VFile): KnownBlock | undefined {
  return file.data[knownBlockKey] as KnownBlock | undefined
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** How sure the rule is that the matched words are a problem, 0–1. */
    confidence?: number | undefined
    /** `expected` can replace `actual` as it stands. */
    replace?: boolean | undefined
    /** Direct replacements, best first: offsets into the linted text, end exclusive. */
    suggestions?: MessageSuggestion[] | undefined
    /** dead-end-error: what kind of failure the text reports. */
    kind?: FailureKind | undefined
  }
}

export interface MessageSuggestion {
  text: string
  offset: number
  endOffset: number
  scope: 'match' | 'sentence'
}


const source = 'retext-counterside'

/** Phrase entries at least this sure are never dropped by the learned scorer. */
export const sureConfidence = 0.85

export default function retextCounterside(options: Options = {}) {
  const active = activate(options)
  const prefilter = prefilterOf(active)
  const way = wayOf(options)
  const learned = options.learned === false ? undefined : createLearnedLayer(active, way)

  return function (tree: Root, file: VFile): undefined {
    const known = knownBlockOf(file)
    for (const block of blocksOf(tree)) {
      const text = block.map((node) => toString(node)).join('')
      // What the caller already worked out for exactly this text is not worked out again.
      const reuse = known?.text === text
      const suspect = reuse ? known.suspect : prefilter.test(text)
      const scored = learned && (reuse ? known.scored : learned(text))
      if (!suspect && !scored?.findings.length) continue
      const paragraph = viewBlock(block, text)
      const phraseRules = suspect ? checkBlock(paragraph, file, scored) : new Set<string>()
      for (const finding of scored?.findings ?? []) reportLearned(paragraph, finding, phraseRules, file)
    }
  }

  /** The phrase layer over one block; returns the rules it reported, for the learned layer to skip. */
  function checkBlock(paragraph: ParagraphView, file: VFile, scored: LearnedBlock | undefined): Set<string> {
    const reported = new Set<string>()
    for (const {rule, severity, minConfidence, allow, terms} of active) {
      const report = (finding: Finding, fromTerms = false): void => {
        if (finding.entry.confidence < minConfidence) return
        if (isAllowed(finding.span.value, allow)) return
        // A team's own terms and the tables' surest entries always stand; hedged entries answer to the scorer.
        const hedged = !fromTerms && finding.entry.confidence < sureConfidence
        if (hedged && scored && !scored.keepsPhrase(rule.meta.id, textOffsetOf(paragraph, finding.span.start))) return
        const {entry, span} = finding
        const expected = entry.expected ?? []
        // Templates read the block's text, with the white space around it on its line (where a catalog's
        // placeholders were blanked: a rewrite must keep them); their offsets come back into the file's.
        const {text, lead} = withBlanksAround(String(file.value), paragraph.text, (span.start.offset ?? 0) - textOffsetOf(paragraph, span.start))
        const start = textOffsetOf(paragraph, span.start) + lead
        const shift = (span.start.offset ?? 0) - start
        const {suggestions, kind} = suggestionsOf({
          ruleId: rule.meta.id,
          text,
          start,
          end: (span.end.offset ?? 0) - shift,
          way,
          direct: entry.replace === true ? expected : []
        })
        const message = messageOn(file, reason(rule, span.value, entry, suggestions[0]?.text, kind), {
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
        message.suggestions = suggestions.map((item) => ({...item, offset: item.offset + shift, endOffset: item.endOffset + shift}))
        if (kind) message.kind = kind
        reported.add(rule.meta.id)
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
          for (const match of terms.find(sentence)) report({span: spanBetween(sentence, match.first, match.last), entry: match.entry}, true)
        }
      }
    }

    return reported
  }
}

/**
 * `file.message` without the stack trace: a message is an `Error`, whose
 * constructor captures one, and `VFileMessage` then sets `stack` to `''`
 * for a message given as text. Capturing it cost more than the rest of the
 * message; the message is the same without it.
 */
function messageOn(file: VFile, reason: string, options: {place: {start: Point; end: Point}; ruleId: string; source: string}): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return file.message(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}

function reportLearned(paragraph: ParagraphView, finding: LayerFinding, phraseRules: ReadonlySet<string>, file: VFile): void {
  const span = spanOfText(paragraph, finding.start, finding.end)
  if (!span) return
  const id = finding.active.rule.meta.id
  // One finding per rule per block, whichever layer found it: the tables' spans are exact.
  if (phraseRules.has(id)) return
  const message = messageOn(file, finding.reason, {place: {start: span.start, end: span.end}, ruleId: id, source})
  message.actual = span.value
  message.expected = []
  message.note = finding.note
  message.url = docsUrl(id)
  message.fatal = finding.active.severity === 'error'
  message.confidence = finding.confidence
  message.replace = false
  const shift = (span.start.offset ?? 0) - finding.start
  message.suggestions = finding.suggestions.map((item) => ({...item, offset: item.offset + shift, endOffset: item.endOffset + shift}))
  if (finding.kind) message.kind = finding.kind
}

/**
 * The learned layer alone, for front ends that parse only what a layer
 * suspects (`@counterside/core`): findings in raw text, offsets into it.
 */
export function createLearnedScorer(options: Options = {}): (text: string) => LearnedBlock {
  return options.learned === false ? () => nothing : createLearnedLayer(activate(options), wayOf(options))
}

/** The product's own way forward, from `contact` and `channel`. */
function wayOf(options: Options): WayForward {
  return {contact: options.contact, channel: options.channel}
}

export type {LayerFinding, LearnedBlock} from './learned.js'
export {maskNonIcuPlaceholders, maskPlaceholders} from './placeholders.js'

/**
 * A test of raw text: `false` means no rule enabled by `options` can find
 * anything in it, so callers may skip parsing it at all.
 */
export function createPrefilter(options: Options = {}): (text: string) => boolean {
  const prefilter = prefilterOf(activate(options))
  return (text) => prefilter.test(text)
}

function prefilterOf(active: readonly ActiveRule[]): Prefilter {
  const prefilter = new Prefilter({exact: true})
  for (const {rule, terms} of active) {
    prefilter.add(rule.triggers)
    if (terms) prefilter.add({phrases: terms.triggers()})
  }

  return prefilter
}

/** The concern, the note, then what to write: the rewrite fitted to this text, else the entry's alternatives, else advice. */
function reason(rule: Rule, actual: string, entry: PhraseEntry, fitted: string | undefined, kind: FailureKind | undefined): string {
  const [first, second] = entry.expected ?? []
  // No alternative fits every text of this concept: say what to do instead.
  const instead = (fitted === undefined ? writeInstead(first, second) : writeInstead(fitted)) ?? entry.advice ?? `${rule.meta.advice}.`
  return `${concernWithKind(rule.meta.concern(actual), kind)}: ${entry.note}. ${instead}`
}

