/**
 * One colour per rule, in registry order. Each pair is a dark line colour
 * (underline, swatch: at least 3:1 on white, for graphics) and a light tint
 * behind the words (the text on it stays at 12:1 or better).
 */
import {rules} from '@counterside/core'

export interface RuleColour {
  readonly line: string
  readonly tint: string
}

const palette: readonly RuleColour[] = [
  {line: '#9a3412', tint: '#ffedd5'},
  {line: '#854d0e', tint: '#fef3c7'},
  {line: '#b91c1c', tint: '#fee2e2'},
  {line: '#3730a3', tint: '#e0e7ff'},
  {line: '#9d174d', tint: '#fce7f3'},
  {line: '#115e59', tint: '#ccfbf1'},
  {line: '#5b21b6', tint: '#ede9fe'},
  {line: '#166534', tint: '#dcfce7'},
  {line: '#1e40af', tint: '#dbeafe'},
  {line: '#86198f', tint: '#fae8ff'}
]

const unknown: RuleColour = {line: '#374151', tint: '#f3f4f6'}
const byRule = new Map(rules.map((rule, index) => [rule.id as string, palette[index % palette.length]!]))

export function colourOf(ruleId: string | null): RuleColour {
  return (ruleId && byRule.get(ruleId)) || unknown
}

/** The custom properties the stylesheet reads on a mark, a swatch or a list item. */
export function colourStyle(element: HTMLElement, ruleId: string | null): void {
  const colour = colourOf(ruleId)
  element.style.setProperty('--rule-line', colour.line)
  element.style.setProperty('--rule-tint', colour.tint)
}
