/**
 * Sets a rule's colours (`@counterside/core`'s, shared with the HTML report)
 * as the custom properties the stylesheet reads on a mark, a swatch or a
 * list item.
 */
import {ruleColour} from '@counterside/core'

export function colourStyle(element: HTMLElement, ruleId: string | null): void {
  const colour = ruleColour(ruleId)
  element.style.setProperty('--rule-line', colour.line)
  element.style.setProperty('--rule-tint', colour.tint)
}
