/**
 * Clauses that put a dead end down to the customer (“… due to customer
 * error”, “… because you typed it incorrectly”). A rewrite that only added
 * a next step would keep the blame: a clause that names what didn't match
 * is told neutrally (the customer-blame template: “because that card number
 * didn't match”), one that names nothing is dropped.
 */
import {faultyInput} from './faulty-input.js'
import type {WayForward} from './types.js'

const cause = String.raw`(?:due to|because of|caused by|as a result of|owing to)`
const blamedParty = String.raw`${cause}\s+(?:an?\s+|the\s+)?(?:(?:customer|user|client|operator|human|input|cashier|keying|typing)\s+|your\s+(?:own\s+)?)(?:error|mistake|fault)s?`
// “because you typed it incorrectly”, “as you entered the wrong code”: the customer's act, with a verdict on it.
const youDidWrong = String.raw`(?:because|as|since)\s+you(?:['’]ve|\s+have)?\s+[^,;:.!?]*?\b(?:incorrect(?:ly)?|wrong(?:ly)?|invalid|mistake|error|badly)\b[^,;:.!?]*`
const clause = String.raw`(?:${blamedParty}|${youDidWrong})`
const trailing = new RegExp(String.raw`,?\s+${clause}(?=[,;:.!?]|\s*$)`, 'giu')
const leading = new RegExp(String.raw`^${clause}\s*,\s*`, 'iu')
const any = new RegExp(clause, 'iu')

/** `sentence` without blame for the customer; unchanged when it carries none. */
export function withoutBlame(sentence: string, way: WayForward): string {
  if (!any.test(sentence)) return sentence
  const [neutral] = faultyInput.rewrite({ruleId: faultyInput.ruleId, text: sentence, start: 0, end: sentence.length, way})
  if (neutral && neutral.offset === 0 && neutral.endOffset === sentence.length && !any.test(neutral.text)) return neutral.text
  const opened = sentence.replace(leading, '')
  const rest = opened === sentence ? sentence : opened.charAt(0).toUpperCase() + opened.slice(1)
  return rest.replace(trailing, '')
}
