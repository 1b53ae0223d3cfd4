/** Plain text: the whole file is copy. */
import {verbatimUnit} from '../units.js'
import type {Extraction} from './extraction.js'

export function extractPlainText(text: string): Extraction {
  return {units: [verbatimUnit(text, 0)], directives: []}
}
