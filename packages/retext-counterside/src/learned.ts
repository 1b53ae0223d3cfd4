/**
 * The learned layer beside the phrase tables: the scorer's findings for the
 * active rules, with each rule's threshold, `minConfidence` and allow list,
 * and a message that names the concern and the words that carried it.
 */
import {isAllowed, type ActiveRule} from './active-rules.js'
import type {FailureKind} from './features/failure-kind.js'
import {learnedHasEvidence} from './learned-evidence.js'
import {sharedScorer} from './model/shared-scorer.js'
import type {Rewrite, WayForward} from './rewrites/index.js'
import {concernWithKind, suggestionsOf, writeInstead, type FindingSuggestions} from './suggestions.js'

export interface LayerFinding {
  readonly active: ActiveRule
  /** Offsets into the scored text, end exclusive. */
  readonly start: number
  readonly end: number
  readonly actual: string
  readonly reason: string
  readonly note: string
  readonly confidence: number
  /** Direct replacements made from the text's words, offsets into the scored text, best first. */
  readonly suggestions: readonly Rewrite[]
  /** dead-end-error: the kind of failure the text reports. */
  readonly kind?: FailureKind
}

export interface LearnedBlock {
  readonly findings: readonly LayerFinding[]
  /**
   * Whether a phrase-table finding of `ruleId` at `offset` stands: the
   * scorer drops one only where its sentence scores below the rule's phrase
   * floor, chosen where the tables' findings were mostly wrong.
   */
  keepsPhrase(ruleId: string, offset: number): boolean
}

/**
 * A finding of the learned layer. Its suggestions (and the reason, which
 * names the best one, and the kind) are made when first read: a parsed
 * block's finding of a rule the tables already reported there is never
 * read, and rewriting it cost as much as scoring the block.
 */
class LearnedFinding implements LayerFinding {
  readonly actual: string
  readonly note: string
  readonly confidence: number
  #made: FindingSuggestions | undefined

  constructor(
    readonly active: ActiveRule,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    probability: number,
    readonly cues: string,
    readonly way: WayForward
  ) {
    this.actual = text.slice(start, end)
    this.note = `copy labelled by many writers reads this way to customers${cues ? `; the words that weighed most: ${cues}` : ''}`
    this.confidence = Math.round(probability * 100) / 100
  }

  get suggestions(): readonly Rewrite[] {
    return this.#suggestions().suggestions
  }

  get kind(): FailureKind | undefined {
    return this.#suggestions().kind
  }

  get reason(): string {
    const {meta} = this.active.rule
    const {suggestions, kind} = this.#suggestions()
    const instead = writeInstead(suggestions[0]?.text) ?? `${meta.advice}.`
    return `${concernWithKind(meta.concern(this.actual), kind)}${this.cues ? ` (read from ${this.cues})` : ''}. ${instead}`
  }

  #suggestions(): FindingSuggestions {
    return (this.#made ??= suggestionsOf({ruleId: this.active.rule.meta.id, text: this.text, start: this.start, end: this.end, way: this.way}))
  }
}

/** What a block gets when the learned layer is off or no rule is active. */
export const nothing: LearnedBlock = {findings: [], keepsPhrase: () => true}

export function createLearnedLayer(active: readonly ActiveRule[], way: WayForward = {}): (text: string) => LearnedBlock {
  const byId = new Map(active.map((rule) => [rule.rule.meta.id, rule]))
  const ids = new Set(byId.keys())
  const lowest = Math.min(...active.map((rule) => rule.minConfidence))
  return (text) => {
    if (ids.size === 0) return nothing
    const shared = sharedScorer()
    const scored = shared.score(text, ids, lowest)
    const findings: LayerFinding[] = []
    for (const found of scored.findings) {
      const rule = byId.get(found.ruleId)!
      const actual = text.slice(found.start, found.end)
      if (found.probability < rule.minConfidence || isAllowed(actual, rule.allow)) continue
      // Evidence may sit outside the cue words the finding points at, so its sentence is read too, and its block.
      const sentence = scored.sentences.find((item) => item.start <= found.start && found.start < item.end)
      if (!learnedHasEvidence(found.ruleId, sentence ? text.slice(sentence.start, sentence.end) : actual, actual, text)) continue
      findings.push(new LearnedFinding(rule, text, found.start, found.end, found.probability, found.cues.map((cue) => `‘${cue}’`).join(', '), way))
    }

    return {
      findings,
      keepsPhrase(ruleId, offset) {
        const sentence = scored.sentences.find((item) => item.start <= offset && offset < item.end)
        const probability = sentence?.probabilities.get(ruleId)
        return probability === undefined || probability >= shared.phraseFloor(ruleId)
      }
    }
  }
}
