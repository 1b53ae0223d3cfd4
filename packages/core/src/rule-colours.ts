/**
 * One colour per rule, for every surface that draws findings (the HTML
 * report, the playground): a line colour for text, bars, underlines and
 * swatches, at least 4.5:1 on white so the rule's name can be written in it;
 * and a light tint behind highlighted words, on which dark text stays
 * readable. Neighbours differ in hue. Typed by rule id, so a new rule cannot
 * go without one.
 */
import type {RuleId} from './registry.js'

export interface RuleColour {
  readonly line: string
  readonly tint: string
}

export const ruleColours: Readonly<Record<RuleId, RuleColour>> = {
  'customer-blame': {line: '#b3261e', tint: '#fee2e2'},
  'dead-end-error': {line: '#7a4a1e', tint: '#fef3c7'},
  'exposed-internals': {line: '#4a6572', tint: '#e8eef4'},
  'permission-gate': {line: '#00695c', tint: '#ccfbf1'},
  'pressure-selling': {line: '#ad1457', tint: '#fce7f3'},
  'sales-jargon': {line: '#1a5aa0', tint: '#dbeafe'},
  'seller-celebration': {line: '#a14d00', tint: '#ffedd5'},
  shouting: {line: '#424242', tint: '#ebebeb'},
  'stepping-away': {line: '#2e7031', tint: '#dcfce7'},
  'we-centered': {line: '#6a1b9a', tint: '#f3e8ff'}
}

/** Notices that are no rule's (a file not checked, a directive problem). */
export const noticeColour: RuleColour = {line: '#5f5f5f', tint: '#f3f4f6'}

export function ruleColour(ruleId: string | null): RuleColour {
  return (ruleId !== null && (ruleColours as Readonly<Record<string, RuleColour>>)[ruleId]) || noticeColour
}
