/**
 * The rules an options object turns on, with the severity, threshold and
 * allow list each runs with. Both layers (phrase tables and the learned
 * scorer) report through this, so options mean the same to both.
 */
import {Lexicon} from './lexicon.js'
import {normalizePhrase} from './normalize.js'
import {defaultMinConfidence, settingOptions, settingSeverity, type Options, type RuleSeverity, type TermEntry} from './options.js'
import {PhraseTable, type PhraseEntry} from './phrase-table.js'
import {ruleList} from './registry.js'
import type {Rule} from './rule.js'

export interface ActiveRule {
  readonly rule: Rule
  readonly severity: Exclude<RuleSeverity, 'off'>
  readonly minConfidence: number
  readonly allow: readonly string[]
  readonly terms: PhraseTable | undefined
}

export function activate(options: Options): ActiveRule[] {
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

/** Whether the flagged words are, or contain, an allowed word or phrase. */
export function isAllowed(actual: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return false
  const words = ` ${normalizePhrase(actual)} `
  return allow.some((phrase) => phrase !== '' && words.includes(` ${phrase} `))
}
