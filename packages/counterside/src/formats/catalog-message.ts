/** One catalog string (already decoded) to units mapped onto the catalog file. */
import {align, type AlignOptions} from '../align.js'
import {InputError} from '../input-error.js'
import {throughUnit, type TextUnit} from '../units.js'
import {IcuSyntaxError, messageUnits} from './icu.js'

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
  let units: TextUnit[]
  try {
    units = messageUnits(message.text, message.key, {strict: true})
  } catch (error) {
    if (!(error instanceof IcuSyntaxError)) throw error
    const where = message.key === undefined ? '' : ` in ${JSON.stringify(message.key)}`
    throw new InputError(`malformed ICU message${where}: ${error.message}`, {offset: message.starts[error.offset] ?? message.starts.at(-1) ?? 0}, 'balance the braces: `{count, plural, one {# item} other {# items}}`')
  }

  return units.map((unit) => throughUnit(unit, message))
}
