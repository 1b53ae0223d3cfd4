/** One catalog string (already decoded) to units mapped onto the catalog file. */
import {align, type AlignOptions} from '../align.js'
import {throughUnit, type TextUnit} from '../units.js'
import {messageUnits} from './icu.js'

/**
 * `raw` is the string as written in the file (between its quotes), starting
 * at file offset `start`; `value` is what it decodes to.
 */
export function catalogMessageUnits(value: string, raw: string, start: number, key: string, options: AlignOptions): TextUnit[] {
  const {starts, ends} = align(value, raw, start, options)
  return catalogUnitsOf({text: value, starts, ends, key})
}

/** Units of a decoded message whose characters are already mapped onto the file. */
export function catalogUnitsOf(message: TextUnit): TextUnit[] {
  if (message.text.trim() === '') return []
  return messageUnits(message.text, message.key).map((unit) => throughUnit(unit, message))
}
