/**
 * One colour per rule, for the bars, the highlights' underline and the
 * legend. Each has at least 4.5:1 contrast on white (so the rule's name can
 * be written in it, and a bar is visible), and neighbours differ in hue.
 * Typed by rule id, so a new rule cannot go without one.
 */
import type {RuleId} from '@counterside/core'

const colours: Readonly<Record<RuleId, string>> = {
  'customer-blame': '#b3261e',
  'dead-end-error': '#7a4a1e',
  'exposed-internals': '#4a6572',
  'permission-gate': '#00695c',
  'pressure-selling': '#ad1457',
  'sales-jargon': '#1a5aa0',
  'seller-celebration': '#a14d00',
  shouting: '#424242',
  'stepping-away': '#2e7031',
  'we-centered': '#6a1b9a'
}

/** Notices that are no rule's (a file not checked, a directive problem). */
export const noticeColour = '#5f5f5f'

export function ruleColour(ruleId: string | null): string {
  return (ruleId !== null && (colours as Record<string, string>)[ruleId]) || noticeColour
}

/** `[data-rule="…"]` rules setting `--rule` for every rule, for the stylesheet. */
export function ruleColourCss(): string {
  return Object.entries(colours)
    .map(([id, colour]) => `[data-rule="${id}"]{--rule:${colour}}`)
    .join('\n')
}
