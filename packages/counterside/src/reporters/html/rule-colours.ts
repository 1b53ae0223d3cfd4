/**
 * The report's stylesheet side of the rule colours (`@counterside/core`
 * holds them, so the report and the playground draw a rule alike).
 */
import {ruleColours} from '@counterside/core'

/** `[data-rule="…"]` rules setting `--rule` for every rule. */
export function ruleColourCss(): string {
  return Object.entries(ruleColours)
    .map(([id, colour]) => `[data-rule="${id}"]{--rule:${colour.line}}`)
    .join('\n')
}
