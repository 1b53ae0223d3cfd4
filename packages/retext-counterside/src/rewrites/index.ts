/**
 * Rewrites made from the text's own words: the template families, keyed by
 * rule, over a block of text and one finding's offsets. Callers: the phrase
 * layer and the learned layer (`../index.ts`, `../learned.ts`), through them
 * `@counterside/core`.
 */
import {deadEnd} from './dead-end.js'
import {customerBlame} from './customer-blame.js'
import {exposedInternals} from './exposed-internals.js'
import {permission} from './permission.js'
import {pressureSelling} from './pressure-selling.js'
import {sellerCelebration} from './seller-celebration.js'
import {salesJargon} from './sales-jargon.js'
import {shouting} from './shouting.js'
import {steppingAway} from './stepping-away.js'
import type {Rewrite, RewriteInput, TemplateFamily} from './types.js'
import {weCentered} from './we-centered.js'

export type {Channel, Rewrite, RewriteInput, TemplateFamily, WayForward} from './types.js'
export {oneMark, sentenceCase} from './shouting.js'

/** Every family, in rule order; the docs' shape tables and `suggestingRules` read this list. */
export const templateFamilies: readonly TemplateFamily[] = [
  customerBlame,
  permission,
  deadEnd,
  shouting,
  pressureSelling,
  sellerCelebration,
  weCentered,
  steppingAway,
  salesJargon,
  exposedInternals
]

const byRule = new Map(templateFamilies.map((family) => [family.ruleId, family]))

/** At most this many suggestions per finding (the contract's limit). */
export const maximumSuggestions = 3

/** The template rewrites for one finding, best first; none when no shape fits. Never throws on odd input. */
export function rewritesFor(input: RewriteInput): Rewrite[] {
  const family = byRule.get(input.ruleId)
  if (!family || input.start >= input.end) return []
  const original = (rewrite: Rewrite): string => input.text.slice(rewrite.offset, rewrite.endOffset)
  return family.rewrite(input)
    .filter((rewrite) => rewrite.text !== original(rewrite) && keepsBlanks(original(rewrite), rewrite.text))
    .slice(0, maximumSuggestions)
}

// A run after a line break is indentation, not a placeholder.
const blank = /(?<!\s)[ \t]{2,}/g

/**
 * Whether `rewrite` keeps every run of spaces `original` has, as long: in a
 * catalog message they are its placeholders, blanked (“Unable to update
 * {a} out of {b}.” is read as “Unable to update   out of   .”), and a
 * rewrite that drops or shortens one would delete the placeholder.
 */
function keepsBlanks(original: string, rewrite: string): boolean {
  const runs = (text: string): string[] => [...text.matchAll(blank)].map((run) => run[0])
  const kept = runs(rewrite)
  let at = 0
  return runs(original).every((run) => {
    while (at < kept.length && kept[at] !== run) at++
    return at++ < kept.length
  })
}
