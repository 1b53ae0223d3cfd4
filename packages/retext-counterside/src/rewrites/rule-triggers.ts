/**
 * Whether text holds any of a rule's trigger words (its pre-filter: its
 * phrases' words and its shapes). A clause with none of them cannot carry
 * the rule's phrases: a cheap, conservative test on the string, built once
 * per rule on first use.
 */
import {Prefilter} from '../prefilter.js'
import {ruleList} from '../registry.js'

const prefilters = new Map<string, Prefilter>()

export function hasRuleTriggers(ruleId: string, text: string): boolean {
  let prefilter = prefilters.get(ruleId)
  if (!prefilter) {
    prefilter = new Prefilter()
    for (const rule of ruleList) if (rule.meta.id === ruleId) prefilter.add(rule.triggers)
    prefilters.set(ruleId, prefilter)
  }

  return prefilter.test(text)
}
